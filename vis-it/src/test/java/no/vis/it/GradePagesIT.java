package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The grade pages in Chromium (issue 13): the teacher enters a group's grades from the keyboard alone —
 * type, Enter to the next pupil — gets a field error for a grade off the scale, saves; the office sees the
 * protocol's progress on its rounds page and locks it; the pupil's and the guardian's history show the
 * grade only once its publication time has come. Every page checked by axe.
 */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class GradePagesIT {

    static final String TEACHER_USER = "5e1f7a2c-0002-4c6e-9a51-0a1b2c3d4e02";

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private WebDriver browser;
    private WebDriverWait wait;
    private long school;
    private long group;
    private long round;
    private long first;
    private long second;
    private String pupilFeideId;
    private String motherPid;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    /** A class of two pupils in Lars Lærer's English group, a first-half round open until tomorrow and published after. */
    @BeforeEach
    void setUp() throws Exception {
        String family = "Kar" + TestPeople.token();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        LocalDate from = LocalDate.of(year, 8, 1);
        TestPeople people = new TestPeople();
        try (TestDb db = new TestDb()) {
            long county = db.county("85", "Karaktersidefylket");
            if (db.text("SELECT id FROM school_year WHERE county_id = ? AND start_year = ?", county, year) == null) {
                db.schoolYear(county, year, from, LocalDate.of(year + 1, 7, 31), LocalDate.of(year + 1, 1, 15));
            }
            school = db.school(county, TestPeople.orgNumber(), "Karakter vgs " + TestPeople.token());
            long vg1 = db.schoolClass(school, year, "1STA", "VG1");
            first = db.pupil(people.next().value(), "Anna", family, today.minusYears(16), school, vg1);
            second = db.pupil(people.next().value(), "Bjørn", family, today.minusYears(16), school, vg1);
            pupilFeideId = java.util.UUID.randomUUID().toString();
            db.linkFeide(first, pupilFeideId);
            motherPid = TestPeople.adult().value();
            db.guardianship(db.guardian(motherPid, "Mor", family), first, today.minusYears(16), null);
            db.staffRole(TEACHER_USER, "Lars Lærer", county, school, "TEACHER");
            db.staffRole(PupilsPageIT.OFFICE_USER, "Kari Kontor", county, school, "OFFICE");
            long lars = Long.parseLong(db.text("SELECT id FROM staff_member WHERE feide_user_id = ?", TEACHER_USER));
            group = db.teachingGroup(school, year, "1STA-ENG-" + TestPeople.token(), "ENG1007", vg1);
            db.groupMember(group, first, from, null);
            db.groupMember(group, second, from, null);
            db.groupTeacher(group, lars, from);
            db.lesson(group, 2, "10:00", "11:30", null, "EVERY", from, lars);
            round = Long.parseLong(db.text("SELECT nextval('grade_round_seq')"));
            db.execute("INSERT INTO grade_round (id, school_id, school_year, kind, entry_until, publish_at, version) VALUES"
                    + " (CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS INTEGER), 'FIRST_HALF', CURRENT_TIMESTAMP + INTERVAL '1 day',"
                    + " CURRENT_TIMESTAMP + INTERVAL '2 days', 1)", Long.toString(round), Long.toString(school), Integer.toString(year));
        }
        browser = Browser.start();
        wait = new EvidenceWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void noAxeViolations(String where) {
        List<String> found = new Axe(browser).violations(where);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    private String value(String sql, Object... parameters) throws Exception {
        try (TestDb db = new TestDb()) {
            return db.text(sql, parameters);
        }
    }

    private WebElement gradeField(long pupil) {
        return browser.findElement(By.cssSelector("input.vis-grade-input[data-pupil='" + pupil + "']"));
    }

    @Test
    void theTeacherEntersGradesWithTheKeyboardAndTheOfficeLocksTheProtocol() throws Exception {
        browser.get(base + "staff/grades.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + TEACHER_USER + "']"))).click();
        wait.until(d -> heading().equals("Karakterer"));
        WebElement row = browser.findElement(By.cssSelector("#protocols tr[data-round='FIRST_HALF'] a[href*='group=" + group + "']"));
        noAxeViolations("the teacher's protocols");
        row.click();
        wait.until(d -> heading().startsWith("1STA-ENG"));
        noAxeViolations("the grade protocol");

        // keyboard first: a grade, Enter to the next pupil, a grade off the scale
        gradeField(first).click();
        browser.switchTo().activeElement().sendKeys("5", Keys.ENTER);
        assertEquals(Long.toString(second), browser.switchTo().activeElement().getAttribute("data-pupil"), "Enter: the next pupil's field");
        browser.switchTo().activeElement().sendKeys("9");
        browser.findElement(By.id("protocol:save")).click();
        wait.until(d -> !d.findElement(By.id("value-error-" + second)).getText().isBlank());
        assertEquals("true", gradeField(second).getAttribute("aria-invalid"));
        assertNull(value("SELECT grade_value FROM grade WHERE grade_round_id = ? AND student_id = ?", round, first), "nothing saved");
        noAxeViolations("the grade protocol with a field error");

        gradeField(second).clear();
        gradeField(second).sendKeys("4");
        browser.findElement(By.id("protocol:save")).click();
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("Karakterene er lagret"));
        assertEquals("5", value("SELECT grade_value FROM grade WHERE grade_round_id = ? AND student_id = ?", round, first));
        assertEquals("4", value("SELECT grade_value FROM grade WHERE grade_round_id = ? AND student_id = ?", round, second));
        browser.findElement(By.id("protocol:submit")).click();
        wait.until(d -> "SUBMITTED".equals(d.findElement(By.id("protocol-state")).getAttribute("data-state")));

        // the office: the round's protocols, and lock those submitted
        browser.manage().deleteAllCookies();
        browser.get(base + "staff/grade-rounds.xhtml?school=" + school + "&round=" + round);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + PupilsPageIT.OFFICE_USER + "']"))).click();
        wait.until(d -> heading().equals("Karakterrunder"));
        if (browser.findElements(By.cssSelector("#protocols tr[data-state='SUBMITTED']")).isEmpty()) {
            browser.get(base + "staff/grade-rounds.xhtml?school=" + school + "&round=" + round);
        }
        WebElement protocol = wait.until(d -> d.findElement(By.cssSelector("#protocols tr[data-state='SUBMITTED']")));
        assertTrue(protocol.getText().contains("2 av 2"), protocol.getText());
        noAxeViolations("the office's grade rounds");
        browser.findElement(By.id("lock-all:lock-submitted")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#protocols tr[data-state='LOCKED']")).isEmpty());
        assertEquals("LOCKED", value("SELECT state FROM grade_protocol WHERE grade_round_id = ? AND teaching_group_id = ?", round, group));
    }

    @Test
    void pupilAndGuardianSeeTheGradeOnlyFromItsPublicationTime() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("INSERT INTO grade (id, grade_round_id, student_id, subject_code, kind, grade_value, set_by, set_at, version)"
                    + " VALUES (nextval('grade_seq'), CAST(? AS BIGINT), CAST(? AS BIGINT), 'ENG1007', 'HALF_YEAR', '5', 'test',"
                    + " CURRENT_TIMESTAMP, 1)", Long.toString(round), Long.toString(first));
        }
        browser.get(base + "pupil/history.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(pupilFeideId);
        browser.findElement(By.id("claims")).sendKeys("{\"name\": \"Anna Elev\"}");
        browser.findElement(By.cssSelector("#custom button")).click();
        wait.until(d -> heading().equals("Historikk"));
        assertTrue(browser.findElements(By.cssSelector("tr[data-subject='ENG1007']")).isEmpty(), "not yet published: no trace");
        assertFalse(browser.getPageSource().contains("ENG1007"));
        noAxeViolations("the pupil's history before publication");

        try (TestDb db = new TestDb()) {
            db.execute("UPDATE grade_round SET entry_until = CURRENT_TIMESTAMP - INTERVAL '1 day', publish_at = CURRENT_TIMESTAMP"
                    + " - INTERVAL '1 second' WHERE id = CAST(? AS BIGINT)", Long.toString(round));
        }
        browser.navigate().refresh();
        WebElement subject = wait.until(d -> d.findElement(By.cssSelector("tr[data-subject='ENG1007']")));
        assertEquals("5", subject.findElement(By.cssSelector("td[data-round='FIRST_HALF']")).getText());
        noAxeViolations("the pupil's history");

        browser.manage().deleteAllCookies();
        browser.get(base + "guardian/history.xhtml?child=" + first);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("idporten-" + TestPeople.token());
        browser.findElement(By.id("claims")).sendKeys("{\"pid\": \"" + motherPid + "\", \"acr\": \"idporten-loa-substantial\"}");
        browser.findElement(By.cssSelector("#custom button")).click();
        WebElement shown = wait.until(d -> d.findElement(By.cssSelector("tr[data-subject='ENG1007']")));
        assertEquals("5", shown.findElement(By.cssSelector("td[data-round='FIRST_HALF']")).getText());
        noAxeViolations("the guardian's history");
        browser.get(base + "guardian/history.xhtml?child=" + second);
        wait.until(d -> !d.findElements(By.tagName("h1")).isEmpty());
        assertFalse(browser.getPageSource().contains("ENG1007"), "another family's child: not found");
    }
}
