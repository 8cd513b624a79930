package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** IT operations' job screen in Chromium: a schedule with bad and good input, run now, the run's result; nobody else gets in. */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class JobScreenIT {

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    @BeforeEach
    void setUp() throws Exception {
        try (TestDb db = new TestDb()) {
            long county = db.county("90", "Driftsfylket");
            long school = db.school(county, TestPeople.orgNumber(), "Drift vgs " + TestPeople.token());
            db.staffRole(PupilsPageIT.IT_USER, "Ivar IT", county, school, "IT_OPERATIONS");
            db.staffRole(PupilsPageIT.OFFICE_USER, "Kari Kontor", county, school, "OFFICE");
        }
        browser = Browser.start();
        wait = new EvidenceWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class); // refresh is disabled while one runs
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void logInAs(String user) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + user + "']"))).click();
    }

    private WebElement field(String job, String name) {
        return browser.findElement(By.cssSelector("#job-" + job + " input[id$=':" + name + "']"));
    }

    /** Starts a job from the screen and waits until that run (by its number) has finished; its row's text. */
    private String runAndWait(String job) {
        browser.findElement(By.cssSelector("#job-" + job + " button[id$=':run']")).click();
        wait.until(d -> messages().contains("Jobben " + job + " er startet"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("kjøring (\\d+)").matcher(messages());
        assertTrue(m.find(), messages());
        String execution = m.group(1);
        return wait.until(d -> {
            d.findElement(By.id("jobs:refresh")).click();
            for (WebElement row : d.findElements(By.cssSelector("#job-" + job + " .vis-runs tbody > tr"))) {
                String text = row.getText();
                if (text.startsWith(execution + " ") && text.contains("COMPLETED")) {
                    return text;
                }
            }
            return null;
        });
    }

    private String messages() {
        return browser.findElement(By.id("messages")).getText();
    }

    @Test
    void itOperationsScheduleAndRunJobsAndSeeTheResult() {
        browser.get(base + "staff/jobs.xhtml");
        logInAs(PupilsPageIT.IT_USER);
        wait.until(d -> !d.findElements(By.id("job-retention-cleanup")).isEmpty());
        assertFalse(browser.findElements(By.id("job-freg-import")).isEmpty());

        WebElement hour = field("retention-cleanup", "hour");
        hour.clear();
        hour.sendKeys("25");
        browser.findElement(By.cssSelector("#job-retention-cleanup button[id$=':save']")).click();
        wait.until(d -> d.findElement(By.cssSelector("#job-retention-cleanup [id$='hour-message']")).getText()
                .contains("utenfor gyldig område"));

        field("retention-cleanup", "hour").clear();
        field("retention-cleanup", "hour").sendKeys("3");
        field("retention-cleanup", "minute").clear();
        field("retention-cleanup", "minute").sendKeys("15");
        field("retention-cleanup", "dayOfWeek").clear();
        field("retention-cleanup", "dayOfWeek").sendKeys("Mon-Fri");
        WebElement enabled = browser.findElement(By.cssSelector("#job-retention-cleanup .ui-chkbox-box"));
        if (!enabled.getAttribute("class").contains("ui-state-active")) {
            enabled.click();
        }
        browser.findElement(By.cssSelector("#job-retention-cleanup button[id$=':save']")).click();
        wait.until(d -> messages().contains("Tidsplanen for retention-cleanup er lagret."));
        wait.until(d -> d.findElement(By.cssSelector("#job-retention-cleanup .vis-job-next")).getText().contains(":15"));

        field("guardian-age-removal", "parameters").sendKeys("today=1985-01-01");
        String run = runAndWait("guardian-age-removal");
        assertTrue(run.contains("guardianships ended 0"), "the run's result: " + run);
    }

    @Test
    void itOperationsAreToldWhenTheFeedPositionIsOlderThanTheRegisterKeeps() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("DELETE FROM register_feed_position");
            db.execute("INSERT INTO register_feed_position (feed_name, next_sequence, too_old_since, updated_at)"
                    + " VALUES ('folkeregisteret', 4242, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        try {
            browser.get(base + "staff/jobs.xhtml");
            logInAs(PupilsPageIT.IT_USER);
            wait.until(d -> !d.findElements(By.cssSelector("#job-freg-delta .vis-feed")).isEmpty());
            String feed = browser.findElement(By.cssSelector("#job-freg-delta .vis-feed")).getText();
            assertTrue(feed.contains("sekvensnummer 4242"), feed);
            assertTrue(feed.contains("Kjør freg-import"), feed);
        } finally {
            try (TestDb db = new TestDb()) {
                db.execute("DELETE FROM register_feed_position");
            }
        }
    }

    private String fieldMessage(String job) {
        return browser.findElement(By.cssSelector("#job-" + job + " [id$='parameters-message']")).getText();
    }

    private long runs(String job) throws Exception {
        try (TestDb db = new TestDb()) {
            return Long.parseLong(db.value("SELECT count(*) FROM job_instance WHERE jobname = '" + job + "' AND ? > 0", 1));
        }
    }

    @Test
    void parametersThatWouldDecideAboutPeopleAreRefusedNextToTheField() throws Exception {
        browser.get(base + "staff/jobs.xhtml");
        logInAs(PupilsPageIT.IT_USER);
        wait.until(d -> !d.findElements(By.id("job-retention-cleanup")).isEmpty());
        // the example shows the real day
        assertTrue(field("retention-cleanup", "parameters").getAttribute("placeholder")
                .equals("today=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"))));
        long ageRemovalRuns = runs("guardian-age-removal");
        long retentionRuns = runs("retention-cleanup");

        field("guardian-age-removal", "parameters").sendKeys("today=2100-01-01");
        browser.findElement(By.cssSelector("#job-guardian-age-removal button[id$=':run']")).click();
        wait.until(d -> fieldMessage("guardian-age-removal").contains("kan ikke være senere enn i dag"));

        field("retention-cleanup", "parameters").sendKeys("graceDays=0");
        browser.findElement(By.cssSelector("#job-retention-cleanup button[id$=':run']")).click();
        wait.until(d -> fieldMessage("retention-cleanup").contains("må være minst 30 dager"));

        field("retention-cleanup", "parameters").clear();
        field("retention-cleanup", "parameters").sendKeys("graceDays=abc, everything=yes");
        browser.findElement(By.cssSelector("#job-retention-cleanup button[id$=':run']")).click();
        wait.until(d -> fieldMessage("retention-cleanup").contains("everything: retention-cleanup har ingen slik parameter"));
        assertTrue(fieldMessage("retention-cleanup").contains("graceDays: må være et helt tall"), fieldMessage("retention-cleanup"));
        assertEquals("true", field("retention-cleanup", "parameters").getAttribute("aria-invalid"));

        assertEquals(ageRemovalRuns, runs("guardian-age-removal"), "no run was started");
        assertEquals(retentionRuns, runs("retention-cleanup"), "no run was started");
    }

    @Test
    void aScheduleWithLettersForTheHourIsAFieldErrorNotAServerError() {
        browser.get(base + "staff/jobs.xhtml");
        logInAs(PupilsPageIT.IT_USER);
        wait.until(d -> !d.findElements(By.id("job-krr-import")).isEmpty());
        field("krr-import", "hour").clear();
        field("krr-import", "hour").sendKeys("abc");
        browser.findElement(By.cssSelector("#job-krr-import button[id$=':save']")).click();
        wait.until(d -> d.findElement(By.cssSelector("#job-krr-import [id$='hour-message']")).getText()
                .contains("Tidsplanen for krr-import er ikke gyldig"));
        assertEquals("true", field("krr-import", "hour").getAttribute("aria-invalid"));
        assertFalse(browser.getPageSource().contains("Feil på serveren"), "no error page");
    }

    @Test
    void aDryRunListsWhatWouldEndAndChangesNothing() throws Exception {
        TestPeople people = new TestPeople();
        long pupil, guardian, guardianship;
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        try (TestDb db = new TestDb()) {
            long county = db.county("90", "Driftsfylket");
            long school = db.school(county, TestPeople.orgNumber(), "Prøve vgs " + TestPeople.token());
            long vg3 = db.schoolClass(school, today.getYear() - 1, "3PRV", "VG3");
            pupil = db.pupil(people.next().value(), "Voksen", "Prøvekjøring" + TestPeople.token(), today.minusYears(19), school, vg3);
            guardian = db.guardian(people.next().value(), "Far", "Prøvekjøring");
            guardianship = db.guardianship(guardian, pupil, today.minusYears(19), null);
        }
        browser.get(base + "staff/jobs.xhtml");
        logInAs(PupilsPageIT.IT_USER);
        wait.until(d -> !d.findElements(By.id("job-guardian-age-removal")).isEmpty());
        field("guardian-age-removal", "parameters").sendKeys("dryRun=true");
        String runs = runAndWait("guardian-age-removal");
        assertTrue(runs.contains("DRY RUN, nothing changed: guardianships that would end"), runs);
        // each step's figures as a table with headers (read again if the screen's refresh replaced it meanwhile)
        boolean figures = wait.until(d -> d.findElement(By.cssSelector("#job-guardian-age-removal .vis-step-figures")).getText()
                .contains("Lest"));
        assertTrue(figures, "step figures table");
        try (TestDb db = new TestDb()) {
            assertEquals("1", db.value("SELECT count(*) FROM guardianship WHERE id = ? AND active_to IS NULL", guardianship),
                    "the guardianship is still active");
            assertEquals("1", db.value("SELECT count(*) FROM guardian WHERE id = ?", guardian), "the guardian is still there");
            assertEquals("1", db.value("SELECT count(*) FROM job_skipped_record WHERE record_ref = 'guardianship:' || ?",
                    guardianship), "listed as what would end");
            assertEquals("1", db.value("SELECT count(*) FROM job_skipped_record WHERE record_ref = 'guardian:' || ?",
                    guardian), "listed as what would be deleted");
            assertEquals("0", db.value("SELECT count(*) FROM guardian_removal WHERE student_id = ?", pupil),
                    "nothing on the office's list");
            assertEquals("0", db.value("SELECT count(*) FROM access_log WHERE subject_kind = 'PUPIL' AND action = 'CHANGE'"
                    + " AND subject_id = ?", pupil), "nothing changed, nothing logged as changed");
        }
    }

    @Test
    void onlyItOperationsGetIn() {
        browser.get(base + "staff/jobs.xhtml");
        logInAs(PupilsPageIT.OFFICE_USER);
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Ingen tilgang"));
    }
}
