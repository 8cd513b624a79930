package no.vis.batch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import no.vis.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class JobParameterRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Map<String, String> errors(String job, String text, boolean laterDayAllowed) {
        try {
            JobParameterRules.check(job, JobParameterRules.parse(text), TODAY, laterDayAllowed, 30);
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    @Test
    void aDayAfterTheRealOneIsRefusedOutsideTestMode() {
        assertEquals(Map.of("today", "jobs.parameter.today.future"), errors("guardian-age-removal", "today=2100-01-01", false));
        assertEquals(Map.of("today", "jobs.parameter.today.future"), errors("retention-cleanup", "today=2026-12-02", false));
        assertEquals(Map.of(), errors("guardian-age-removal", "today=2026-12-01", false));
        assertEquals(Map.of(), errors("guardian-age-removal", "today=1985-01-01", false));
        assertEquals(Map.of(), errors("guardian-age-removal", "today=2100-01-01", true), "test mode, started by the system");
        assertEquals(Map.of("today", "jobs.parameter.date"), errors("guardian-age-removal", "today=1.1.2100", false));
    }

    @Test
    void theRegisterJobsTakeNoDayOutsideTestMode() {
        var p = JobParameterRules.parse("today=2026-11-30");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JobParameterRules.check("freg-import", p, TODAY, false, 30, false));
        assertEquals(Map.of("today", "jobs.parameter.unknown"), e.fieldErrors());
        JobParameterRules.check("freg-delta", p, TODAY, false, 30, true); // test mode
        JobParameterRules.check("guardian-age-removal", p, TODAY, false, 30, false); // an earlier day ends less, never more
    }

    @Test
    void graceDaysNeverUnderTheCountysMinimum() {
        assertEquals(Map.of("graceDays", "jobs.parameter.graceDays.min"), errors("retention-cleanup", "graceDays=0", true));
        assertEquals(Map.of("graceDays", "jobs.parameter.graceDays.min"), errors("retention-cleanup", "graceDays=29", true));
        assertEquals(Map.of("graceDays", "jobs.parameter.number"), errors("retention-cleanup", "graceDays=-5x", true));
        assertEquals(Map.of(), errors("retention-cleanup", "graceDays=30", false));
        assertEquals(Map.of(), errors("retention-cleanup", "graceDays=365, dryRun=true, chunk=100", false));
    }

    @Test
    void onlyTheJobsOwnParametersAreAccepted() {
        assertEquals(Map.of("graceDays", "jobs.parameter.unknown"), errors("guardian-age-removal", "graceDays=30", false));
        assertEquals(Map.of("dryRun", "jobs.parameter.unknown"), errors("freg-import", "dryRun=true", false));
        assertEquals(Map.of("dryRun", "jobs.parameter.boolean"), errors("retention-cleanup", "dryRun=yes", false));
        assertEquals(Map.of("chunk", "jobs.parameter.number"), errors("krr-import", "chunk=0", false));
        assertEquals(Map.of("partitions", "jobs.parameter.number"), errors("freg-import", "partitions=64", false));
        assertEquals(Map.of(), errors("grep-sync", "chunk=200", false));
        assertEquals(Map.of("chunk", "jobs.parameter.number"), errors("grep-sync", "chunk=0", false));
        assertEquals(Map.of("today", "jobs.parameter.unknown"), errors("grep-sync", "today=2026-01-01", false));
        Map<String, String> two = errors("retention-cleanup", "graceDays=1; everything=yes", false);
        assertEquals(2, two.size(), two.toString());
    }

    @Test
    void textThatIsNotNameValueIsAFieldError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JobParameterRules.parse("today"));
        assertEquals(Map.of("parameters", "jobs.parameters.invalid"), e.fieldErrors());
        Properties p = JobParameterRules.parse(" today = 2026-01-01 ,\n dryRun=true ");
        assertEquals("2026-01-01", p.getProperty("today"));
        assertTrue(JobParameterRules.dryRun(p));
    }

    @Test
    void anImportFileIsAPlainNameUnderTheImportDirectory() {
        assertEquals(Map.of(), errors("enrolment-import", "file=vigo/2026-vg1.csv", false));
        assertEquals(Map.of(), errors("enrolment-import", "file=opptak.csv, chunk=500", false));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> JobParameterRules.checkRequired("enrolment-import", JobParameterRules.parse("chunk=500")));
        assertEquals(Map.of("file", "jobs.parameter.file.required"), missing.fieldErrors());
        Properties restart = new Properties();
        restart.setProperty("jberet.jobXmlName", "enrolment-import"); // what a restart from the WildFly CLI carries
        JobParameterRules.check("enrolment-import", restart, TODAY, false, 30);
        for (String bad : new String[] {"../etc/passwd", "/etc/passwd", "vigo/../../x.csv", ".hidden", "a//b", "a\\b", "C:x"}) {
            assertEquals(Map.of("file", "jobs.parameter.file"), errors("enrolment-import", "file=" + bad, false), bad);
        }
        assertEquals(Map.of("file", "jobs.parameter.unknown"), errors("freg-import", "file=x.csv", false));
    }

    @Test
    void anImportFileResolvesOnlyUnderTheDirectory() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("vis-import");
        java.nio.file.Path outside = java.nio.file.Files.createTempFile("vis-outside", ".csv");
        java.nio.file.Files.writeString(dir.resolve("ok.csv"), "x");
        java.nio.file.Files.createSymbolicLink(dir.resolve("link.csv"), outside);
        assertTrue(ImportFiles.resolve(dir, "ok.csv").isPresent());
        assertTrue(ImportFiles.resolve(dir, "missing.csv").isEmpty());
        assertTrue(ImportFiles.resolve(dir, "link.csv").isEmpty(), "a link out of the directory is not followed");
        assertTrue(ImportFiles.resolve(dir, "../" + outside.getFileName()).isEmpty());
    }
}
