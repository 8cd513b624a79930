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
 * The office builds the year in Chromium: creates a group (a bad code answered at the field), adds a
 * whole class and moves a pupil to another group mid-year (the history shown), places a lesson from
 * the period grid and is refused a teacher clash, previews and copies a week, and sets a school
 * exception and a period (an overlap answered at the field) in the calendar. Every page checked by
 * axe at 1280 px and at 390 px, where it must not scroll sideways.
 */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class OfficeBuildPagesIT {

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private WebDriver browser;
    private WebDriverWait wait;
    private long school;
    private long vg1;
    private long otherGroup;
    private long teacher;
    private LocalDate monday;
    private String suffix;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    @BeforeEach
    void setUp() throws Exception {
        suffix = TestPeople.token();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        monday = today.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        try (TestDb db = new TestDb()) {
            long county = db.county("96", "Byggesidefylket");
            db.schoolYear(county, year, LocalDate.of(year, 8, 1), LocalDate.of(year + 1, 7, 31), LocalDate.of(year + 1, 1, 15));
            school = db.school(county, TestPeople.orgNumber(), "Byggeside vgs " + suffix);
            vg1 = db.schoolClass(school, year, "1STA", "VG1");
            TestPeople people = new TestPeople();
            for (int i = 0; i < 3; i++) {
                db.pupil(people.next().value(), "Elev" + i, "Side" + suffix, today.minusYears(16), school, vg1);
            }
            db.staffRole(PupilsPageIT.OFFICE_USER, "Kari Kontor", county, school, "OFFICE");
            // a second school of hers: the pages show the school list (outside their forms) as for a county administrator
            db.staffRole(PupilsPageIT.OFFICE_USER, "Kari Kontor", county,
                    db.school(county, TestPeople.orgNumber(), "Andre byggeside vgs " + suffix), "OFFICE");
            db.staffRole("side-teacher-" + suffix, "Tone Lærer", county, school, "TEACHER");
            teacher = Long.parseLong(db.text("SELECT id FROM staff_member WHERE feide_user_id = ?", "side-teacher-" + suffix));
            for (int p = 0; p < 4; p++) {
                db.execute("INSERT INTO lesson_period (id, school_id, weekday, period_no, starts_at, ends_at, version) VALUES"
                        + " (nextval('lesson_period_seq'), CAST(? AS BIGINT), NULL, CAST(? AS SMALLINT), CAST(? AS SMALLINT),"
                        + " CAST(? AS SMALLINT), 1)", Long.toString(school), Integer.toString(p + 1),
                        Integer.toString(495 + 105 * p), Integer.toString(585 + 105 * p));
            }
            db.execute("INSERT INTO grep_fagkode (id, code, title_default, title_nb, status, content_hash, synced_at)"
                    + " VALUES (nextval('grep_fagkode_seq'), 'NOR1260', 'Norsk', 'Norsk', 'publisert', 'test', CURRENT_TIMESTAMP)"
                    + " ON CONFLICT (code) DO NOTHING");
            otherGroup = db.teachingGroup(school, year, "NOR-B-" + suffix, "NOR1260", null);
            // the teacher teaches the other group on Monday's first period: placing another lesson there clashes
            db.lesson(otherGroup, 1, "08:15", "09:45", null, "EVERY", LocalDate.of(year, 8, 1), teacher);
        }
        browser = Browser.start();
        wait = new EvidenceWait(browser, Duration.ofSeconds(20));
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

    /** axe at 1280 px, then at 390 px without sideways scrolling. */
    private void check(String where) {
        List<String> found = new java.util.ArrayList<>(new Axe(browser).violations(where + " at 1280 px"));
        Phone.width(browser, 390);
        try {
            String overflow = Phone.horizontalOverflow(browser, 390);
            if (overflow != null) {
                found.add(where + " at 390 px scrolls sideways: " + overflow);
            }
            found.addAll(new Axe(browser).violations(where + " at 390 px"));
        } finally {
            Phone.reset(browser);
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** A date into an input of type date (Chromium's own widget): set as the browser's value. */
    private void date(String id, LocalDate day) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, day.toString());
    }

    private String fieldMessage(String inputId) {
        return browser.findElement(By.cssSelector(".vis-field:has([id='" + inputId + "']) .ui-message")).getText();
    }

    @Test
    void theOfficeBuildsGroupsTheGridACopiedWeekAndTheCalendar() throws Exception {
        browser.get(base + "staff/teaching-groups.xhtml?school=" + school);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + PupilsPageIT.OFFICE_USER + "']")))
                .click();
        wait.until(d -> heading().equals("Undervisningsgrupper"));
        assertTrue(browser.findElement(By.id("groups")).getText().contains("NOR-B-" + suffix));
        check("group list");

        // a new group: the code left empty is answered at the field, then created
        type("new:subjectCode", "NOR1260");
        browser.findElement(By.id("new:create")).click();
        wait.until(d -> fieldMessage("new:code").contains("gruppekoden"));
        check("group list with field errors");
        type("new:code", "NOR-A-" + suffix);
        new Select(browser.findElement(By.id("new:classId"))).selectByVisibleText("1STA");
        browser.findElement(By.id("new:create")).click();
        wait.until(d -> heading().equals("Gruppe NOR-A-" + suffix));
        assertTrue(browser.getPageSource().contains("Gruppen er opprettet."));

        // the whole class from the date; then the first pupil moves to the other group
        date("actions:date", LocalDate.now(ZoneId.of("Europe/Oslo")));
        new Select(browser.findElement(By.id("actions:addClassId"))).selectByVisibleText("1STA");
        browser.findElement(By.id("actions:add-class")).click();
        wait.until(d -> d.getPageSource().contains("Elever lagt til: 3."));
        assertEquals(3, browser.findElements(By.cssSelector("#members tbody tr")).size());
        check("group card with pupils");
        date("actions:date", monday.plusDays(2));
        new Select(browser.findElement(By.id("actions:moveTo"))).selectByVisibleText("NOR-B-" + suffix);
        browser.findElement(By.cssSelector("#members tbody tr button")).click();
        wait.until(d -> d.getPageSource().contains("Eleven er flyttet."));
        String members = browser.findElement(By.id("members")).getText();
        assertTrue(members.contains("flyttet til NOR-B-" + suffix) && members.contains(monday.plusDays(2).toString()), members);
        check("group card after a move");

        // the period grid of the class: Monday's first period chosen; the teacher teaches the other group then
        browser.get(base + "staff/timetable-build.xhtml?school=" + school + "&show=class:" + vg1 + "&date=" + monday);
        wait.until(d -> heading().equals("Bygg timeplan"));
        assertTrue(browser.findElement(By.id("grid")).getText().contains("NOR-B-" + suffix), "the moved pupil's group is the class's too");
        check("grid of a class");
        browser.findElement(By.cssSelector("#d-" + monday + " .vis-lesson-edit")).click();
        wait.until(d -> d.getCurrentUrl().contains("period=1"));
        new Select(browser.findElement(By.id("lesson:groupId"))).selectByVisibleText("NOR-A-" + suffix);
        new Select(browser.findElement(By.id("lesson:lastPeriod"))).selectByVisibleText("1");
        new Select(browser.findElement(By.id("lesson:teacherIds"))).selectByVisibleText("Tone Lærer");
        date("lesson:validFrom", monday);
        browser.findElement(By.id("lesson:place")).click();
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("En av lærerne har allerede en time da"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("NOR-B-" + suffix), "says what it clashes with");
        check("grid with a clash");
        new Select(browser.findElement(By.id("lesson:firstPeriod"))).selectByVisibleText("2");
        new Select(browser.findElement(By.id("lesson:lastPeriod"))).selectByVisibleText("2");
        browser.findElement(By.id("lesson:place")).click();
        wait.until(d -> d.getPageSource().contains("Timen er plassert."));
        wait.until(d -> d.findElement(By.id("d-" + monday)).getText().contains("NOR-A-" + suffix));

        // copy next week forward from the week after: nothing changes, as it is the timetable already
        browser.get(base + "staff/copy-week.xhtml?school=" + school);
        wait.until(d -> heading().equals("Kopier en uke fremover"));
        new Select(browser.findElement(By.id("copy:scope"))).selectByVisibleText("1STA");
        date("copy:week", monday);
        date("copy:from", monday.plusWeeks(1));
        browser.findElement(By.id("copy:preview")).click();
        wait.until(d -> !d.findElements(By.id("copy:preview-area")).isEmpty());
        assertTrue(browser.findElement(By.id("copy:preview-area")).getText().contains("Timer som fortsetter som før (2)"),
                browser.findElement(By.id("copy:preview-area")).getText());
        check("copy preview");

        // the calendar: a school exception, and a period overlapping another refused at the field
        browser.get(base + "staff/calendar.xhtml?school=" + school + "&month=" + monday.plusDays(3).toString().substring(0, 7));
        wait.until(d -> heading().equals("Skoleruten"));
        check("calendar");
        date("day:onDay", monday.plusDays(3));
        new Select(browser.findElement(By.id("day:kind"))).selectByVisibleText("Planleggingsdag");
        type("day:note", "Planlegging " + suffix);
        browser.findElement(By.id("day:save-day")).click();
        wait.until(d -> d.getPageSource().contains("Dagen er lagret."));
        assertTrue(browser.findElement(By.id("list-school")).getText().contains("Planlegging " + suffix));
        assertTrue(browser.findElement(By.id("month")).getText().contains("Planlegging " + suffix), "shown in the month");
        type("period:periodNumber", "5");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('period:periodStarts').value='14:00'; document.getElementById('period:periodEnds').value='15:00'");
        browser.findElement(By.id("period:save-period")).click();
        wait.until(d -> fieldMessage("period:periodEnds").contains("overlapper"));
        check("calendar with a field error");
        try (TestDb db = new TestDb()) {
            assertEquals("4", db.value("SELECT COUNT(*) FROM lesson_period WHERE school_id = ?", school), "nothing saved");
            assertNull(db.value("SELECT id FROM calendar_day WHERE school_id = ? AND kind = 'HOLIDAY'", school));
        }
    }

    /** Chooses the first option whose text holds {@code text}. */
    private void choose(String id, String text) {
        Select select = new Select(browser.findElement(By.id(id)));
        select.getOptions().stream().filter(o -> o.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " has no option with " + text)).click();
    }

    @Test
    void theOfficeGivesAGroupATeacherAndOnePupilAndAClassItsContactTeacher() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        browser.get(base + "staff/teaching-group.xhtml?group=" + otherGroup);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + PupilsPageIT.OFFICE_USER + "']")))
                .click();
        wait.until(d -> heading().equals("Gruppe NOR-B-" + suffix));

        // a teacher from today, then ended from Monday
        date("actions:date", today);
        choose("actions:teacherId", "Tone");
        browser.findElement(By.id("actions:add-teacher")).click();
        wait.until(d -> d.getPageSource().contains("Læreren er lagt til."));
        wait.until(d -> d.findElement(By.id("teachers")).getText().contains("Tone"));
        date("actions:date", monday);
        browser.findElement(By.cssSelector("#teachers button[aria-label*='Tone']")).click();
        wait.until(d -> d.getPageSource().contains("Avsluttet."));
        wait.until(d -> d.findElement(By.id("teachers")).getText().contains(monday.toString()));

        // one pupil: the class's pupils shown, one of them chosen
        date("actions:date", today);
        new Select(browser.findElement(By.id("actions:pickClassId"))).selectByVisibleText("1STA");
        browser.findElement(By.id("actions:show-pupils")).click();
        wait.until(d -> new Select(d.findElement(By.id("actions:pupilId"))).getOptions().size() == 4);
        choose("actions:pupilId", "Elev1");
        browser.findElement(By.id("actions:add-pupil")).click();
        wait.until(d -> d.getPageSource().contains("Eleven er lagt til."));
        assertEquals(1, browser.findElements(By.cssSelector("#members tbody tr")).size());
        assertTrue(browser.findElement(By.id("members")).getText().contains("Elev1"));
        check("group card with a teacher ended and a pupil");
        try (TestDb db = new TestDb()) {
            assertEquals(today + "|" + monday, db.value("SELECT from_day || '|' || to_day FROM group_teacher WHERE teaching_group_id = ?",
                    otherGroup));
        }

        // the class's contact teacher from today, ended from Monday
        browser.get(base + "staff/classes.xhtml?school=" + school);
        wait.until(d -> heading().equals("Klasser og kontaktlærere"));
        assertTrue(browser.findElement(By.id("classes")).getText().contains("Ingen kontaktlærer."));
        choose("contacts:teacherId", "Tone");
        date("contacts:date", today);
        browser.findElement(By.cssSelector("#classes button[aria-label='Legg til kontaktlærer i 1STA']")).click();
        wait.until(d -> d.getPageSource().contains("Kontaktlæreren er lagt til."));
        check("classes with a contact teacher");
        date("contacts:date", monday);
        browser.findElement(By.cssSelector("#classes button[aria-label*='som kontaktlærer fra datoen']")).click();
        wait.until(d -> d.getPageSource().contains("Kontaktlæreren er avsluttet."));
        wait.until(d -> d.findElement(By.id("classes")).getText().contains(monday.toString()));
        try (TestDb db = new TestDb()) {
            assertEquals(today + "|" + monday, db.value("SELECT from_day || '|' || to_day FROM contact_teacher WHERE school_class_id = ?",
                    vg1));
        }
    }
}
