package no.vis.it;

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
            db.staffRole(StudentsPageIT.IT_USER, "Ivar IT", county, school, "IT_OPERATIONS");
            db.staffRole(StudentsPageIT.OFFICE_USER, "Kari Kontor", county, school, "OFFICE");
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

    private String messages() {
        return browser.findElement(By.id("messages")).getText();
    }

    @Test
    void itOperationsScheduleAndRunJobsAndSeeTheResult() {
        browser.get(base + "staff/jobs.xhtml");
        logInAs(StudentsPageIT.IT_USER);
        wait.until(d -> !d.findElements(By.id("job-retention-cleanup")).isEmpty());
        assertFalse(browser.findElements(By.id("job-freg-import")).isEmpty());

        WebElement hour = field("retention-cleanup", "hour");
        hour.clear();
        hour.sendKeys("25");
        browser.findElement(By.cssSelector("#job-retention-cleanup button[id$=':save']")).click();
        wait.until(d -> messages().contains("utenfor gyldig område"));

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
        browser.findElement(By.cssSelector("#job-guardian-age-removal button[id$=':run']")).click();
        wait.until(d -> messages().contains("Jobben guardian-age-removal er startet"));
        wait.until(d -> {
            d.findElement(By.id("jobs:refresh")).click();
            return d.findElement(By.cssSelector("#job-guardian-age-removal .vis-runs")).getText().contains("COMPLETED");
        });
        assertTrue(browser.findElement(By.cssSelector("#job-guardian-age-removal .vis-runs")).getText()
                .contains("guardianships ended 0"), "the run's result");
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
            logInAs(StudentsPageIT.IT_USER);
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

    @Test
    void onlyItOperationsGetIn() {
        browser.get(base + "staff/jobs.xhtml");
        logInAs(StudentsPageIT.OFFICE_USER);
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Ingen tilgang"));
    }
}
