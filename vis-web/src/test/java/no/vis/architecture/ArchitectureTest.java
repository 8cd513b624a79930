package no.vis.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

/**
 * The architecture of VIS as rules that fail the build (STYLE.md, "How VIS looks"): the classes of
 * vis-ejb, vis-batch and vis-web — this module's tests see all three — without test classes.
 * One rule per idea, each saying why. {@link ArchitectureRulesCatchViolationsTest} proves that every
 * rule fails on a class that breaks it (the fixtures in this module's test sources, which the import
 * here leaves out).
 *
 * <p>Alone: {@code mvn -pl vis-ejb,vis-batch,vis-web test -Dtest='Architecture*' -Dsurefire.failIfNoSpecifiedTests=false}
 * (the three modules from the working tree; {@code -pl vis-web} alone would check the vis-ejb and
 * vis-batch last installed in the local repository).
 */
@AnalyzeClasses(packages = "no.vis", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

    static final String REGISTERS = "no.vis.registers..";
    static final String BATCH = "no.vis.batch..";
    static final String PAGES = "no.vis.web..";
    static final String DEVTOOLS = "no.vis.devtools..";

    /** vis-ejb without the registers: school, people, access, guardianship, privacy, operations, platform, common. */
    static final DescribedPredicate<JavaClass> DOMAIN = resideInAPackage("no.vis..")
            .and(not(resideInAnyPackage(REGISTERS, BATCH, PAGES, DEVTOOLS, "no.vis.jdbc..")))
            .as("the domain and its services (no.vis.* of vis-ejb but no.vis.registers)");

    /** What talks to a register: its clients and their HTTP and token plumbing. */
    static final DescribedPredicate<JavaClass> REGISTER_CLIENTS = resideInAPackage(REGISTERS)
            .and(simpleNameEndingWith("Client").or(simpleNameEndingWith("Clients")).or(simpleNameEndingWith("Tokens"))
                    .or(simpleNameEndingWith("Http")).or(usingJavaNetHttp()))
            .as("the register clients (no.vis.registers' *Client, *Clients, *Tokens, *Http, or anything using java.net.http)");

    static final DescribedPredicate<JavaClass> PERSISTENT = DescribedPredicate.describe("are entities or embeddables",
            c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class) || c.isAnnotatedWith(MappedSuperclass.class));

    @ArchTest
    static final ArchRule DATA_FLOWS_ONE_WAY = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain services").definedBy(DOMAIN)
            .layer("Registers").definedBy(REGISTERS)
            .layer("Batch jobs").definedBy(BATCH)
            .layer("Pages").definedBy(PAGES)
            .whereLayer("Pages").mayNotBeAccessedByAnyLayer()
            .whereLayer("Batch jobs").mayOnlyBeAccessedByLayers("Pages")
            .whereLayer("Registers").mayOnlyBeAccessedByLayers("Batch jobs", "Pages")
            .because("data flows one way — registers → batch jobs → domain services → pages: the domain knows"
                    + " neither the registers nor the jobs nor the pages, the register code no job or page, and"
                    + " jobs never render (IT operations' job screen may start and watch the jobs)");

    @ArchTest
    static final ArchRule PAGES_NEVER_CALL_REGISTER_CLIENTS = noClasses().that().resideInAPackage(PAGES)
            .should().dependOnClassesThat(REGISTER_CLIENTS)
            .because("pages show what VIS has; only jobs read the registers (Maskinporten-authenticated, logged"
                    + " per chunk), so a page can never start a register lookup for a user");

    @ArchTest
    static final ArchRule ONLY_REGISTERS_KNOW_THE_REGISTERS_JSON = noClasses()
            .that().resideOutsideOfPackages(REGISTERS, DEVTOOLS)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.json..", "javax.json..",
                    "com.fasterxml.jackson..", "tools.jackson..")
            .because("only no.vis.registers knows the registers' JSON: it parses it leniently into VIS's own"
                    + " types (FregPerson, KrrPerson), so a change of the register's format is one package's change");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().assignedFrom(new FeatureSlices()).should().beFreeOfCycles()
            .because("each package is one feature that can be read, tested and changed on its own; a cycle"
                    + " makes two features one (the slices: no.vis.*, and no.vis.batch.*, no.vis.web.*)");

    @ArchTest
    static final ArchRule ENTITY_STATE_WRITTEN_ONLY_BY_ITS_OWN_CLASS = fields()
            .that().areDeclaredInClassesThat(PERSISTENT)
            .should(beWrittenOnlyByTheirOwnClass())
            .because("an entity guards its invariants (Guardianship.end, Consent.revoke): its state changes"
                    + " only through its own methods");

    @ArchTest
    static final ArchRule ENTITIES_HAVE_NO_PUBLIC_SETTERS = noMethods()
            .that().areDeclaredInClassesThat(PERSISTENT).and(areJavaBeanSetters())
            .should().bePublic()
            .because("state with rules changes through behaviour methods named for what happens"
                    + " (guardianship.end(...), guardian.rename(...)), not through setters that skip the rules")
            .allowEmptyShould(true); // none today; ArchitectureRulesCatchViolationsTest proves it still catches one

    /** The feature slices: {@code no.vis.X}, and one level deeper in the modules that group by feature inside. */
    static final class FeatureSlices implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("no.vis.")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring("no.vis.".length()).split("\\.");
            boolean grouped = parts[0].equals("batch") || parts[0].equals("web");
            return grouped && parts.length > 1 ? SliceIdentifier.of(parts[0] + "." + parts[1]) : SliceIdentifier.of(parts[0]);
        }

        @Override
        public String getDescription() {
            return "feature slices no.vis.*, no.vis.batch.*, no.vis.web.*";
        }
    }

    static DescribedPredicate<JavaClass> usingJavaNetHttp() {
        return DescribedPredicate.describe("using java.net.http", c -> c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("java.net.http")));
    }

    static DescribedPredicate<JavaMethod> areJavaBeanSetters() {
        return DescribedPredicate.describe("are JavaBean setters (setX with one parameter)",
                m -> m.getName().matches("set[A-Z].*") && m.getRawParameterTypes().size() == 1);
    }

    static ArchCondition<JavaField> beWrittenOnlyByTheirOwnClass() {
        return new ArchCondition<>("be written only by their own class") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                for (JavaFieldAccess access : field.getAccessesToSelf()) {
                    if (access.getAccessType() == JavaFieldAccess.AccessType.SET
                            && !outermost(access.getOriginOwner()).equals(outermost(field.getOwner()))) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    /** The top-level class: an entity's nested classes and lambdas are the entity's own code. */
    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
