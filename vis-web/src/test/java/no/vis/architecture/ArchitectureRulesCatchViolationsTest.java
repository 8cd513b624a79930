package no.vis.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import no.vis.archfixture.FixtureEntity;
import no.vis.archfixture.FixtureEntityWriter;
import no.vis.web.archfixture.CycleA;
import no.vis.web.archfixture.PageCallingFregClient;
import no.vis.web.archfixture.PageReadingJson;
import no.vis.web.archfixturecycle.CycleB;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureTest} fails on a class that breaks it (the fixtures in the test
 * sources' {@code archfixture} packages, which {@code ArchitectureTest} does not import), naming
 * that class — so a rule that silently checks nothing would be noticed here.
 */
class ArchitectureRulesCatchViolationsTest {

    /** VIS's classes with the fixtures: the layers are defined by what is imported, so all of it. */
    private static JavaClasses everythingWithFixtures;

    private static String violations(ArchRule rule, Class<?>... classes) {
        return violations(rule, new ClassFileImporter().importClasses(classes));
    }

    private static String violationsInEverythingWithFixtures(ArchRule rule) {
        if (everythingWithFixtures == null) {
            everythingWithFixtures = new ClassFileImporter().importPackages("no.vis");
        }
        return violations(rule, everythingWithFixtures);
    }

    private static String violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertTrue(result.hasViolation(), () -> "expected a violation of: " + rule.getDescription());
        return result.getFailureReport().toString();
    }

    private static void assertMentions(String report, String... names) {
        for (String name : names) {
            assertTrue(report.contains(name), () -> "the report should name " + name + ":\n" + report);
        }
    }

    @Test
    void theDomainMayNotKnowPagesJobsOrRegisters() {
        String report = violationsInEverythingWithFixtures(ArchitectureTest.DATA_FLOWS_ONE_WAY);
        assertMentions(report, "DomainUsingPages", "no.vis.web.i18n.UserLocale", "DomainUsingBatch",
                "no.vis.batch.jobs.RunParameters", "DomainUsingRegisters", "no.vis.registers.MaskinportenTokens");
    }

    @Test
    void jobsMayNotKnowPages() {
        assertMentions(violationsInEverythingWithFixtures(ArchitectureTest.DATA_FLOWS_ONE_WAY),
                "JobUsingPages", "no.vis.web.i18n.UserLocale");
    }

    @Test
    void pagesMayNotCallRegisterClients() {
        assertMentions(violations(ArchitectureTest.PAGES_NEVER_CALL_REGISTER_CLIENTS, PageCallingFregClient.class),
                "PageCallingFregClient", "no.vis.registers.freg.FregClient");
    }

    @Test
    void onlyTheRegistersReadJson() {
        assertMentions(violations(ArchitectureTest.ONLY_REGISTERS_KNOW_THE_REGISTERS_JSON, PageReadingJson.class),
                "PageReadingJson", "jakarta.json");
    }

    @Test
    void packagesMayNotFormACycle() {
        assertMentions(violations(ArchitectureTest.NO_PACKAGE_CYCLES, CycleA.class, CycleB.class),
                "Cycle detected", "web.archfixture", "web.archfixturecycle");
    }

    @Test
    void entityStateIsWrittenOnlyByItsOwnClass() {
        String report = violations(ArchitectureTest.ENTITY_STATE_WRITTEN_ONLY_BY_ITS_OWN_CLASS,
                FixtureEntity.class, FixtureEntityWriter.class);
        assertMentions(report, "FixtureEntityWriter.overwrite", "FixtureEntity.note");
        // the entity's own methods and its nested class write `name`: not a violation
        assertFalse(report.contains("FixtureEntity.name"), report);
    }

    @Test
    void entitiesHaveNoPublicSetters() {
        assertMentions(violations(ArchitectureTest.ENTITIES_HAVE_NO_PUBLIC_SETTERS, FixtureEntity.class),
                "FixtureEntity.setName(java.lang.String)");
    }
}
