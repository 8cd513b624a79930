package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The week pages in Chromium: a guardian of two children chooses a child and moves between weeks
 * and (on a phone) days, opens a lesson to see teacher and room and what changed; edits their own
 * mobile and e-mail (bad input answered next to the field); and the office cancels a lesson and
 * sees it among the day's changes. Every page checked by axe, at desktop width and at 390 px.
 */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class TimetablePagesIT {

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private WebDriver browser;
    private WebDriverWait wait;
    private String guardianPid;
    private long guardianId;
    private long first;
    private long second;
    private long school;
    private long mathsLesson;
    private LocalDate monday;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    /** Two children of one guardian in one class, a lesson each weekday, a substitute on Tuesday. */
    @BeforeEach
    void setUp() throws Exception {
        String family = "Uke" + TestPeople.token();
        guardianPid = TestPeople.adult().value();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        TestPeople people = new TestPeople();
        try (TestDb db = new TestDb()) {
            long county = db.county("95", "Ukefylket");
            long schoolYear = db.schoolYear(county, year, LocalDate.of(year, 8, 1), LocalDate.of(year + 1, 7, 31),
                    LocalDate.of(year + 1, 1, 15));
            school = db.school(county, TestPeople.orgNumber(), "Ukeplan vgs " + TestPeople.token());
            long vg1 = db.schoolClass(school, year, "1STA", "VG1");
            first = db.pupil(people.next().value(), "Astrid", family, today.minusYears(16), school, vg1);
            second = db.pupil(people.next().value(), "Birk", family, today.minusYears(16).minusDays(40), school, vg1);
            guardianId = db.guardian(guardianPid, "Gunn", family);
            db.guardianship(guardianId, first, today.minusYears(16), null);
            db.guardianship(guardianId, second, today.minusYears(16), null);
            db.staffRole(PupilsPageIT.OFFICE_USER, "Kari Kontor", county, school, "OFFICE");
            db.staffRole("uke-teacher-" + family, "Tora Lærer", county, school, "TEACHER");
            db.staffRole("uke-substitute-" + family, "Vera Vikar", county, school, "TEACHER");
            long teacher = Long.parseLong(db.value("SELECT id FROM staff_member WHERE feide_user_id = 'uke-teacher-" + family
                    + "' AND ? > 0", 1));
            long room = db.room(school, "B7");
            long maths = db.teachingGroup(school, year, "1STA-MAT", "MAT1021", vg1);
            db.groupMember(maths, first, LocalDate.of(year, 8, 1), null);
            db.groupMember(maths, second, LocalDate.of(year, 8, 1), null);
            db.groupTeacher(maths, teacher, LocalDate.of(year, 8, 1));
            for (int day = 1; day <= 5; day++) {
                long lesson = db.lesson(maths, day, "08:15", "09:45", room, "EVERY", LocalDate.of(year, 8, 1), teacher);
                if (day == 2) {
                    mathsLesson = lesson;
                }
            }
            // the school's own day off on Thursday of next week
            db.calendarDay(schoolYear, school, monday.plusWeeks(1).plusDays(3), "HOLIDAY", "Fridag ved skolen");
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

    private void logInAsGuardian() {
        browser.get(base + "guardian/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("idporten-" + TestPeople.token());
        browser.findElement(By.id("claims")).sendKeys("{\"pid\": \"" + guardianPid + "\", \"acr\": \"idporten-loa-substantial\"}");
        browser.findElement(By.cssSelector("#custom button")).click();
        wait.until(d -> heading().startsWith("Timeplan for"));
    }

    @Test
    void aGuardianChoosesAChildAndMovesBetweenWeeksAndDays() throws Exception {
        logInAsGuardian();
        assertEquals("Timeplan for Birk", heading(), "the older child first");
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        assertTrue(browser.findElement(By.id("week-title")).getText().startsWith("Uke " + week));
        assertEquals(5, browser.findElements(By.cssSelector("#week details.vis-lesson")).size(), "a lesson each weekday");
        WebElement tuesday = browser.findElement(By.id("lesson-L" + mathsLesson + "-" + monday.plusDays(1)));
        tuesday.findElement(By.tagName("summary")).click();
        assertTrue(tuesday.getText().contains("Tora Lærer") && tuesday.getText().contains("B7"), tuesday.getText());
        noAxeViolations("guardian week");

        WebElement other = browser.findElement(By.cssSelector("a.vis-child-name"));
        assertTrue(other.getText().startsWith("Astrid"), other.getText());
        other.click();
        wait.until(d -> heading().equals("Timeplan for Astrid"));

        browser.findElement(By.id("next-week")).click();
        wait.until(d -> d.findElement(By.id("week-title")).getText().startsWith("Uke " + monday.plusWeeks(1)
                .get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        assertTrue(browser.getCurrentUrl().contains("child=" + first), "the chosen child stays chosen: " + browser.getCurrentUrl());
        assertEquals(4, browser.findElements(By.cssSelector("#week details.vis-lesson")).size(), "none on the school's day off");
        assertTrue(browser.findElement(By.id("d-" + monday.plusWeeks(1).plusDays(3))).getText().contains("Fridag ved skolen"));

        // the child's subjects and teachers, and a subject's læreplan
        browser.findElement(By.id("child-subjects")).click();
        wait.until(d -> heading().equals("Fag og lærere for Astrid"));
        String subjects = browser.findElement(By.id("subjects")).getText();
        assertTrue(subjects.contains("MAT1021") && subjects.contains("Tora Lærer") && subjects.contains("1STA-MAT"), subjects);
        assertTrue(browser.findElement(By.id("contact-teachers")).getText().contains("–"), "no contact teacher in this class");
        noAxeViolations("guardian subjects");
        browser.findElement(By.cssSelector("#subjects tbody a")).click();
        wait.until(d -> d.getCurrentUrl().contains("guardian/curriculum.xhtml?subject=MAT1021"));
        assertFalse(browser.findElements(By.tagName("h1")).isEmpty());
        noAxeViolations("guardian curriculum");
        browser.get(base + "guardian/subjects.xhtml?child=" + second + "0");
        wait.until(d -> heading().equals("Siden finnes ikke"));

        // a phone: one day at a time
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "guardian/index.xhtml?child=" + first + "&date=" + monday.plusDays(2));
        wait.until(d -> d.findElement(By.id("d-" + monday.plusDays(2))).isDisplayed());
        assertFalse(browser.findElement(By.id("d-" + monday.plusDays(1))).isDisplayed(), "only Wednesday on a phone");
        browser.findElement(By.id("next-day")).click();
        wait.until(d -> d.findElement(By.id("d-" + monday.plusDays(3))).isDisplayed());
        long width = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth");
        assertTrue(width <= 390, "no sideways scrolling: " + width);
        noAxeViolations("guardian day on a phone");
    }

    @Test
    void aGuardianSetsTheirOwnMobileAndEmailAndBadInputIsAnsweredAtTheField() throws Exception {
        logInAsGuardian();
        browser.get(base + "guardian/contact.xhtml");
        wait.until(d -> heading().equals("Min kontaktinformasjon"));
        noAxeViolations("guardian contact");
        WebElement mobile = browser.findElement(By.id("contact:mobile"));
        mobile.clear();
        mobile.sendKeys("12345");
        WebElement email = browser.findElement(By.id("contact:email"));
        email.clear();
        email.sendKeys("not-an-address");
        browser.findElement(By.id("contact:save")).click();
        wait.until(d -> d.findElements(By.cssSelector(".vis-field:has([id='contact:email']) .ui-message")).stream()
                .anyMatch(m -> m.getText().contains("gyldig e-postadresse")));
        assertFalse(browser.findElement(By.cssSelector(".vis-field:has([id='contact:mobile']) .ui-message")).getText().isBlank());
        try (TestDb db = new TestDb()) {
            assertEquals(null, db.value("SELECT mobile FROM guardian WHERE id = ?", guardianId), "nothing saved");
        }
        browser.findElement(By.id("contact:mobile")).clear();
        browser.findElement(By.id("contact:mobile")).sendKeys("912 34 567");
        browser.findElement(By.id("contact:email")).clear();
        browser.findElement(By.id("contact:email")).sendKeys("gunn@Example.ORG");
        browser.findElement(By.id("contact:save")).click();
        wait.until(d -> d.getPageSource().contains("Kontaktinformasjonen er lagret"));
        try (TestDb db = new TestDb()) {
            assertEquals("+4791234567", db.value("SELECT mobile FROM guardian WHERE id = ?", guardianId));
            assertEquals("GUARDIAN", db.value("SELECT mobile_source FROM guardian WHERE id = ?", guardianId));
            assertEquals("gunn@example.org", db.value("SELECT email FROM guardian WHERE id = ?", guardianId));
            assertEquals(1, db.accessLogLines("guardian:" + guardianId, "GUARDIAN", guardianId, "CHANGE"));
        }
    }

    @Test
    void theOfficeCancelsALessonAndSeesItAmongTheDaysChanges() throws Exception {
        browser.get(base + "staff/timetable.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + PupilsPageIT.OFFICE_USER
                + "']"))).click();
        wait.until(d -> heading().equals("Timeplaner"));
        browser.get(base + "staff/lesson.xhtml?lesson=" + mathsLesson + "&day=" + monday.plusDays(1));
        wait.until(d -> heading().equals("Endre en time"));
        noAxeViolations("lesson edit");
        browser.findElement(By.id("occurrence:note")).sendKeys("Lærer på kurs");
        browser.findElement(By.id("occurrence:cancel-lesson")).click();
        wait.until(d -> heading().equals("Endringer i timeplanen"));
        assertTrue(browser.findElement(By.id("changes")).getText().contains("Avlyst"), browser.findElement(By.id("changes")).getText());
        assertTrue(browser.findElement(By.id("changes")).getText().contains("Lærer på kurs"));
        noAxeViolations("day's changes");
        // a day that is not the lesson's: not found, nothing to change
        browser.get(base + "staff/lesson.xhtml?lesson=" + mathsLesson + "&day=" + monday.plusDays(2));
        wait.until(d -> d.findElements(By.id("not-found")).size() == 1);
    }
}
