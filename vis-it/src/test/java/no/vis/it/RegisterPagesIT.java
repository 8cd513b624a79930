package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The register pages in Chromium (issue 12): the teacher finds last Monday's lesson on their day,
 * takes its register (a field error for late without minutes), sees it taken; a save after another
 * teacher's is refused with the form kept and a reload offered; the contact teacher registers day
 * absence for a pupil of the class. Every page checked by axe.
 */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class RegisterPagesIT {

    static final String TEACHER_USER = "5e1f7a2c-0002-4c6e-9a51-0a1b2c3d4e02";
    static final String CONTACT_TEACHER_USER = "5e1f7a2c-0003-4c6e-9a51-0a1b2c3d4e03";

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private WebDriver browser;
    private WebDriverWait wait;
    private LocalDate monday;
    private String key;
    private long first;
    private long second;
    private long vg1;
    private long school;
    private LocalDate secondHalf;
    private LocalDate yearFirst;
    private String family;
    private String motherPid;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    /** A class of two pupils with a 75-minute lesson every Monday taught by Lars, Kristin its contact teacher; InSchool's codes. */
    @BeforeEach
    void setUp() throws Exception {
        family = "Reg" + TestPeople.token();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        monday = today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int year = monday.getMonthValue() >= 8 ? monday.getYear() : monday.getYear() - 1;
        LocalDate from = LocalDate.of(year, 8, 1);
        yearFirst = from;
        TestPeople people = new TestPeople();
        try (TestDb db = new TestDb()) {
            long county = db.county("82", "Føringsfylket");
            if (db.text("SELECT id FROM school_year WHERE county_id = ? AND start_year = ?", county, year) == null) {
                db.schoolYear(county, year, from, LocalDate.of(year + 1, 7, 31), LocalDate.of(year + 1, 1, 15));
            }
            db.absenceCodes(county, from);
            // last week's lesson is within the deadline (90 days) here: no reason asked
            db.execute("UPDATE county SET register_deadline_hours = 2160 WHERE id = CAST(? AS BIGINT)", Long.toString(county));
            school = db.school(county, TestPeople.orgNumber(), "Føring vgs " + TestPeople.token());
            secondHalf = LocalDate.parse(db.text("SELECT CAST(second_half_from AS VARCHAR) FROM school_year WHERE county_id = ?"
                    + " AND start_year = ?", county, year));
            vg1 = db.schoolClass(school, year, "1STA", "VG1");
            first = db.pupil(people.next().value(), "Anna", family, today.minusYears(16), school, vg1);
            second = db.pupil(people.next().value(), "Bjørn", family, today.minusYears(16), school, vg1);
            motherPid = TestPeople.adult().value();
            db.guardianship(db.guardian(motherPid, "Mor", family), first, today.minusYears(16), null);
            db.staffRole(TEACHER_USER, "Lars Lærer", county, school, "TEACHER");
            db.staffRole(CONTACT_TEACHER_USER, "Kristin Kontaktlærer", county, school, "CONTACT_TEACHER");
            long lars = Long.parseLong(db.text("SELECT id FROM staff_member WHERE feide_user_id = ?", TEACHER_USER));
            long kristin = Long.parseLong(db.text("SELECT id FROM staff_member WHERE feide_user_id = ?", CONTACT_TEACHER_USER));
            long group = db.teachingGroup(school, year, "1STA-ENG-" + TestPeople.token(), "ENG1007", vg1);
            db.groupMember(group, first, from, null);
            db.groupMember(group, second, from, null);
            db.groupTeacher(group, lars, from);
            db.contactTeacher(vg1, kristin, from);
            long lesson = db.lesson(group, 1, "12:00", "13:15", null, "EVERY", from, lars);
            key = "L" + lesson + "-" + monday;
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

    private void logIn(String page, String user, String expectedHeading) {
        browser.get(base + page);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + user + "']"))).click();
        wait.until(d -> heading().startsWith(expectedHeading));
    }

    private int rowOf(long pupil) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#pupils tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getAttribute("data-pupil").equals(Long.toString(pupil))) {
                return i;
            }
        }
        throw new AssertionError("no row for " + pupil);
    }

    private String value(String sql, Object... parameters) throws Exception {
        try (TestDb db = new TestDb()) {
            return db.text(sql, parameters);
        }
    }

    @Test
    void theTeacherTakesTheRegisterFromTheirDay() throws Exception {
        logIn("staff/day.xhtml?date=" + monday, TEACHER_USER, "Min dag");
        WebElement lesson = browser.findElement(By.cssSelector("li[data-key='" + key + "']"));
        assertTrue(lesson.getText().contains("Ikke ført"), lesson.getText());
        noAxeViolations("the teacher's day");
        lesson.findElement(By.cssSelector("a.vis-register-link")).click();
        wait.until(d -> heading().startsWith("Fravær:"));
        noAxeViolations("the register");

        int a = rowOf(first);
        int b = rowOf(second);
        new Select(browser.findElement(By.id("register:lines:" + a + ":state"))).selectByValue("ABSENT");
        new Select(browser.findElement(By.id("register:lines:" + b + ":state"))).selectByValue("LATE");
        browser.findElement(By.id("register:save")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".vis-register .vis-field-error")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".vis-register")).getText().contains("Skriv antall minutter"),
                "late without minutes: the error next to the field");
        noAxeViolations("the register with a field error");
        assertNull(value("SELECT id FROM lesson_register WHERE occurrence_key = ?", key), "nothing saved");

        browser.findElement(By.id("register:lines:" + b + ":minutes")).sendKeys("10");
        browser.findElement(By.id("register:save")).click();
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("Fraværet er lagret"));
        assertEquals("ABSENT|75", value("SELECT kind || '|' || minutes FROM absence WHERE student_id = ?", first));
        assertEquals("LATE|10", value("SELECT kind || '|' || minutes FROM absence WHERE student_id = ?", second));
        assertTrue(browser.findElements(By.cssSelector(".vis-register .vis-field-error")).isEmpty(),
                "the field's error is gone with the good save (the form is sent again after errors)");
        assertTrue(browser.findElement(By.id("register-status")).getText().startsWith("Ført av Lars Lærer"));

        // saved again from the same page (the page keeps no state: the form carries the version it saved last)
        new Select(browser.findElement(By.id("register:lines:" + b + ":state"))).selectByValue("LEFT_EARLY");
        browser.findElement(By.id("register:save")).click();
        wait.until(d -> "LEFT_EARLY|10".equals(value0("SELECT kind || '|' || minutes FROM absence WHERE student_id = ?", second)));
        assertTrue(browser.findElements(By.id("register:changed-meanwhile")).isEmpty(), "not taken for someone else's save");

        // someone else saved meanwhile: this save is refused, nothing overwritten, a reload offered
        try (TestDb db = new TestDb()) {
            db.execute("UPDATE lesson_register SET version = version + 1 WHERE occurrence_key = ?", key);
        }
        new Select(browser.findElement(By.id("register:lines:" + a + ":state"))).selectByValue("PRESENT");
        browser.findElement(By.id("register:save")).click();
        wait.until(d -> !d.findElements(By.id("register:changed-meanwhile")).isEmpty());
        assertTrue(browser.findElement(By.id("messages")).getText().contains("En annen lærer lagret"));
        assertEquals("PRESENT", new Select(browser.findElement(By.id("register:lines:" + a + ":state"))).getFirstSelectedOption()
                .getAttribute("value"), "the teacher's input is kept");
        assertEquals("ABSENT|75", value("SELECT kind || '|' || minutes FROM absence WHERE student_id = ?", first), "not overwritten");
        noAxeViolations("the register changed meanwhile");
        browser.findElement(By.id("register:reload")).click();
        wait.until(d -> d.findElements(By.id("register:changed-meanwhile")).isEmpty());
        assertEquals("ABSENT", new Select(browser.findElement(By.id("register:lines:" + rowOf(first) + ":state")))
                .getFirstSelectedOption().getAttribute("value"), "reloaded as saved");

        browser.findElement(By.id("back")).click();
        wait.until(d -> heading().startsWith("Min dag"));
        String row = browser.findElement(By.cssSelector("li[data-key='" + key + "']")).getText();
        assertTrue(row.contains("Ført") && row.contains("2 elever borte"), row);
    }

    @Test
    void aGuardiansReportReachesTheContactTeacherWhoLinksIt() throws Exception {
        browser.get(base + "guardian/report.xhtml?child=" + first);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("idporten-" + TestPeople.token());
        browser.findElement(By.id("claims")).sendKeys("{\"pid\": \"" + motherPid + "\", \"acr\": \"idporten-loa-substantial\"}");
        browser.findElement(By.cssSelector("#custom button")).click();
        wait.until(d -> heading().startsWith("Meld fravær for Anna"));
        noAxeViolations("the guardian's report form");
        browser.findElement(By.id("report:send")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#report .ui-message-error")).isEmpty());
        assertTrue(browser.findElement(By.id("report")).getText().contains("Velg om fraværet gjelder sykdom"), "the category is required");
        new Select(browser.findElement(By.id("report:category"))).selectByValue("ILL");
        browser.findElement(By.id("report:send")).click();
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("Meldingen er sendt"));
        wait.until(d -> d.findElements(By.cssSelector("#reports li")).size() == 1);
        assertEquals("SENT", value("SELECT status FROM absence_report WHERE student_id = ?", first));

        browser.manage().deleteAllCookies();
        logIn("staff/class-day.xhtml?class=" + vg1, CONTACT_TEACHER_USER, "Dagsfravær i 1STA");
        WebElement report = browser.findElement(By.cssSelector("#day-reports li"));
        assertTrue(report.getText().contains("Anna " + family) && report.getText().contains("meldt av foresatt"), report.getText());
        noAxeViolations("the class's day with a report");
        report.findElement(By.cssSelector("button")).click();
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("Meldingen er behandlet"));
        assertEquals("LINKED", value("SELECT status FROM absence_report WHERE student_id = ?", first));
    }

    @Test
    void theContactTeacherRegistersDayAbsence() throws Exception {
        logIn("staff/class-day.xhtml?class=" + vg1 + "&date=" + monday, CONTACT_TEACHER_USER, "Dagsfravær i 1STA");
        noAxeViolations("the class's day");
        int a = rowOf(first);
        new Select(browser.findElement(By.id("days:lines:" + a + ":code"))).selectByVisibleText("X – Udokumentert fravær");
        new Select(browser.findElement(By.id("days:lines:" + a + ":documentation"))).selectByValue("HEALTH_SELF_CERTIFIED");
        browser.findElement(By.id("days:lines:" + a + ":save")).click();
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("Lagret for Anna " + family));
        assertEquals("ABSENT|75|HEALTH_SELF_CERTIFIED", value("SELECT kind || '|' || minutes || '|' || documentation FROM absence"
                + " WHERE student_id = ? AND day_absence_id IS NOT NULL", first));
        assertTrue(browser.findElement(By.cssSelector("#pupils tbody tr[data-pupil='" + first + "']")).getText().contains("1 av 1 timer, 75 min"));
        noAxeViolations("the class's day with a day absence");

        // the teacher sees the line locked
        browser.manage().deleteAllCookies();
        logIn("staff/register.xhtml?lesson=" + key, TEACHER_USER, "Fravær:");
        assertTrue(browser.findElement(By.cssSelector("#pupils tbody tr[data-pupil='" + first + "']")).getText()
                .contains("Dagsfravær (X)"));
    }

    @Test
    void theOfficeReadsTheTermReportToLanekassen() throws Exception {
        String half = monday.isBefore(secondHalf) ? "FIRST_HALF" : "SECOND_HALF";
        try (TestDb db = new TestDb()) {
            db.staffRole(PupilsPageIT.OFFICE_USER, "Kari Kontor", Long.parseLong(db.text("SELECT county_id FROM school WHERE id = ?", school)),
                    school, "OFFICE");
            db.enrolment(first, school, "STSSA1----", "VG1", yearFirst, null, null);
            db.enrolment(second, school, "STSSA1----", "VG1", yearFirst, monday.plusDays(1), "DROPPED_OUT");
        }
        logIn("staff/term-report.xhtml?school=" + school + "&half=" + half, PupilsPageIT.OFFICE_USER, "Rapport til Lånekassen");
        noAxeViolations("the term report to Lånekassen");
        WebElement anna = browser.findElement(By.xpath("//tr[.//span[@data-pupil='" + first + "']]"));
        assertTrue(anna.getText().contains("Ikke avklart"), anna.getText());
        WebElement bjorn = browser.findElement(By.xpath("//tr[.//span[@data-pupil='" + second + "']]"));
        assertTrue(bjorn.getText().contains(monday + " · Avbrudd"), bjorn.getText());
        assertTrue(browser.findElement(By.cssSelector("#summary li[data-attendance='dropouts']")).getText().endsWith("1"));

        // Lars takes the register with Anna present and Bjørn away: Anna has met, Bjørn has not
        browser.manage().deleteAllCookies();
        logIn("staff/register.xhtml?lesson=" + key, TEACHER_USER, "Fravær:");
        int b = rowOf(second);
        new Select(browser.findElement(By.id("register:lines:" + b + ":state"))).selectByValue("ABSENT");
        browser.findElement(By.id("register:save")).click();
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("Fraværet er lagret"));
        browser.manage().deleteAllCookies();
        logIn("staff/term-report.xhtml?school=" + school + "&half=" + half, PupilsPageIT.OFFICE_USER, "Rapport til Lånekassen");
        assertTrue(browser.findElement(By.xpath("//tr[.//span[@data-pupil='" + first + "']]")).getText().contains("Møtt"));
        assertTrue(browser.findElement(By.xpath("//tr[.//span[@data-pupil='" + second + "']]")).getText().contains("Ikke møtt"));
    }

    @Test
    void theContactTeacherRecordsADocumentedHigherRiskCondition() throws Exception {
        logIn("staff/class-absence.xhtml?class=" + vg1 + "&period=YEAR", CONTACT_TEACHER_USER, "Fravær i 1STA");
        assertTrue(browser.findElement(By.id("risk:no-risks")).isDisplayed());
        browser.findElement(By.id("risk:record")).click();
        wait.until(d -> d.findElement(By.id("risk")).getText().contains("Velg en elev i klassen."));
        assertTrue(browser.findElement(By.id("risk")).getText().contains("Skriv datoen helsepersonellet dokumenterte tilstanden."));
        noAxeViolations("the higher-risk form with field errors");

        new Select(browser.findElement(By.id("risk:pupil"))).selectByValue(Long.toString(first));
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("risk:documentedOn")), yearFirst.toString());
        js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("risk:from")), yearFirst.toString());
        browser.findElement(By.id("risk:record")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#risks tr[data-pupil='" + first + "']")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#risks tr[data-pupil='" + first + "']")).getText().contains("Gjelder nå"));
        assertEquals(yearFirst.toString(), value("SELECT CAST(valid_from AS VARCHAR) FROM absence_higher_risk WHERE student_id = ?"
                + " AND valid_to IS NULL", first));
        noAxeViolations("the class's absence with a higher-risk condition");
    }

    private String value0(String sql, Object... parameters) {
        try {
            return value(sql, parameters);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
