package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.vis.access.Role;
import no.vis.web.common.Pages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of VIS ({@link Pages}) as every role, in Chromium: each page a role may open is free
 * of axe-core violations (WCAG 2.0 and 2.1, A and AA) at 1280 px and at 390 px CSS width, and
 * has no horizontal scrolling at 390 px; each page a role may not open answers with the 403 page
 * (checked too) or the login. Also states that appear after an action: field errors, English,
 * search results. And a form filled in and submitted with the keyboard alone.
 * <p>
 * One browser per role, logged in once. A public page (the same for everyone but the layout's menu)
 * is checked by the first role that opens it; every role opens it and has its first page checked.
 * Violations are gathered over the whole crawl and reported together: rule, impact, the failing
 * elements, the page, the width and the role.
 */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class AccessibilityCrawlIT {

    private static final String BASE = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String TEACHER_USER = "5e1f7a2c-0002-4c6e-9a51-0a1b2c3d4e02";
    private static final String CONTACT_TEACHER_USER = "5e1f7a2c-0003-4c6e-9a51-0a1b2c3d4e03";

    /** Who visits: no one logged in, or a user with one role. */
    enum Visitor {
        ANONYMOUS(null), OFFICE(Role.OFFICE), TEACHER(Role.TEACHER), CONTACT_TEACHER(Role.CONTACT_TEACHER),
        IT_OPERATIONS(Role.IT_OPERATIONS), COUNTY_ADMIN(Role.COUNTY_ADMIN), PUPIL(Role.PUPIL), GUARDIAN(Role.GUARDIAN);

        final Role role;

        Visitor(Role role) {
            this.role = role;
        }
    }

    private static long child;
    private static long adult;
    private static String childFnr;
    private static String motherPid;
    private static String pupilFeideId;
    private static long mondayLesson;
    private static LocalDate monday;
    private static String schoolName;
    private static long crawlSchool;
    private static long crawlClass;
    private static long crawlGroup;
    private static long crawlRound;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    /**
     * A school where the demo staff have one role each; a pupil of 16 with a protected address
     * and two guardians (one with contact details, the guardian who logs in); a pupil of 18 with a
     * Feide login, a guardian and both consents; and 60 more pupils, so that lists have pages.
     */
    @BeforeAll
    static void data() throws Exception {
        String family = "Uu" + TestPeople.token();
        TestPeople people = new TestPeople();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        try (TestDb db = new TestDb()) {
            long county = db.county("93", "Tilgjengelighetsfylket");
            schoolName = "Universell vgs " + TestPeople.token();
            long school = db.school(county, TestPeople.orgNumber(), schoolName);
            long vg = db.schoolClass(school, 2026, "2STA", "VG2");
            db.staffRole(PupilsPageIT.OFFICE_USER, "Kari Kontor", county, school, "OFFICE");
            db.staffRole(TEACHER_USER, "Lars Lærer", county, school, "TEACHER");
            db.staffRole(CONTACT_TEACHER_USER, "Kristin Kontaktlærer", county, school, "CONTACT_TEACHER");
            db.staffRole(PupilsPageIT.IT_USER, "Ivar IT", county, school, "IT_OPERATIONS");
            db.staffRole(PupilsPageIT.ADMIN_USER, "Frida Fylke", county, null, "COUNTY_ADMIN");
            childFnr = people.next().value();
            child = db.pupil(childFnr, "Ung", family, today.minusYears(16), school, vg);
            db.protectAddress(child, "FORTROLIG");
            motherPid = TestPeople.adult().value();
            long mother = db.guardian(motherPid, "Mor", family);
            db.guardianContact(mother, "+4791234567", "mor@example.org");
            db.guardianship(mother, child, today.minusYears(16), null);
            db.guardianship(db.guardian(TestPeople.adult().value(), "Far", family), child, today.minusYears(16), null);
            adult = db.pupil(people.next().value(), "Voksen", family, today.minusYears(18).minusDays(30), school, vg);
            pupilFeideId = java.util.UUID.randomUUID().toString();
            db.linkFeide(adult, pupilFeideId);
            long father = db.guardian(TestPeople.adult().value(), "Voksenfar", family);
            db.guardianship(father, adult, today.minusYears(18), null);
            db.consent(adult, father, "PUPIL", today.minusDays(20), null);
            db.consent(adult, father, "GUARDIAN", today.minusDays(20), null);
            // a week of lessons for the crawled pages: Lars teaches the class's group, Kristin is its contact teacher
            monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
            long schoolYear = db.schoolYear(county, year, LocalDate.of(year, 8, 1), LocalDate.of(year + 1, 7, 31),
                    LocalDate.of(year + 1, 1, 15));
            db.calendarDay(schoolYear, school, monday.plusDays(4), "ACTIVITY_DAY", "Idrettsdag");
            db.absenceCodes(county, LocalDate.of(year, 8, 1));
            long lars = Long.parseLong(db.value("SELECT id FROM staff_member WHERE feide_user_id = '" + TEACHER_USER + "' AND ? > 0", 1));
            long kristin = Long.parseLong(db.value("SELECT id FROM staff_member WHERE feide_user_id = '" + CONTACT_TEACHER_USER
                    + "' AND ? > 0", 1));
            long group = db.teachingGroup(school, year, "2STA-NOR-" + TestPeople.token(), "NOR1264", vg);
            crawlSchool = school;
            crawlClass = vg;
            crawlGroup = group;
            // a grade round of the first half: open for the teachers, published later
            crawlRound = Long.parseLong(db.text("SELECT nextval('grade_round_seq')"));
            db.execute("INSERT INTO grade_round (id, school_id, school_year, kind, entry_until, publish_at, version) VALUES"
                    + " (CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS INTEGER), 'FIRST_HALF', CURRENT_TIMESTAMP + INTERVAL '5 days',"
                    + " CURRENT_TIMESTAMP + INTERVAL '8 days', 1)", Long.toString(crawlRound), Long.toString(school), Integer.toString(year));
            // the school's period grid: four 90-minute periods, for the grid, the calendar and copying a week
            for (int p = 0; p < 4; p++) {
                db.execute("INSERT INTO lesson_period (id, school_id, weekday, period_no, starts_at, ends_at, version) VALUES"
                        + " (nextval('lesson_period_seq'), CAST(? AS BIGINT), NULL, CAST(? AS SMALLINT), CAST(? AS SMALLINT),"
                        + " CAST(? AS SMALLINT), 1)", Long.toString(school), Integer.toString(p + 1),
                        Integer.toString(495 + 105 * p), Integer.toString(585 + 105 * p));
            }
            db.calendarDay(schoolYear, null, monday.plusWeeks(2), "PLANNING_DAY", "Planleggingsdag i fylket");
            db.groupMember(group, child, LocalDate.of(year, 8, 1), null);
            db.groupMember(group, adult, LocalDate.of(year, 8, 1), null);
            db.groupTeacher(group, lars, LocalDate.of(year, 8, 1));
            db.contactTeacher(vg, kristin, LocalDate.of(year, 8, 1));
            long room = db.room(school, "U1");
            for (int day = 1; day <= 5; day++) {
                long lesson = db.lesson(group, day, "08:15", "09:45", room, day == 3 ? "A" : "EVERY", LocalDate.of(year, 8, 1), lars);
                if (day == 1) {
                    mondayLesson = lesson;
                }
            }
            // more pupils than a page of the pupil list holds: its paginator shows page buttons
            TestPeople more = new TestPeople();
            for (int i = 0; i < 60; i++) {
                db.pupil(more.next().value(), String.format("Side%02d", i), family, today.minusYears(17).plusDays(i), school, vg);
            }
        }
    }

    // ---------------------------------------------------------------- the crawl

    @Test
    void everyPageAsEveryRoleIsFreeOfAxeViolationsAndFitsAPhone() {
        List<String> problems = new ArrayList<>();
        Set<Pages> publicPagesChecked = EnumSet.noneOf(Pages.class);
        for (Visitor visitor : Visitor.values()) {
            WebDriver browser = Browser.start();
            try {
                logIn(visitor, browser);
                AccessibilityCrawl crawl = new AccessibilityCrawl(browser, BASE, visitor.toString(), visitor.role,
                        AccessibilityCrawlIT::pupilOf, problems).sharingPublicPages(publicPagesChecked);
                crawl.visitAll();
                Set<Pages> expected = EnumSet.noneOf(Pages.class);
                for (Pages page : Pages.values()) {
                    if (visitor.role == null ? page.isPublic() : page.mayOpen(visitor.role)) {
                        expected.add(page);
                    }
                }
                assertEquals(expected, crawl.opened(), "[" + visitor + "] opened and checked every page the role may open");
                statesAfterActions(visitor, crawl);
            } catch (RuntimeException | AssertionError e) {
                problems.add("[" + visitor + "] the crawl stopped: " + e);
            } finally {
                browser.quit();
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " accessibility problems:\n" + String.join("\n", problems));
        }
    }

    /** States that only appear after an action, where cheap. */
    private static void statesAfterActions(Visitor visitor, AccessibilityCrawl crawl) {
        WebDriver browser = crawl.browser();
        WebDriverWait wait = crawl.waiting();
        switch (visitor) {
            case ANONYMOUS -> {
                // the footer leads to the statement and the page list, which lists every page of the registry
                browser.get(BASE);
                wait.until(ExpectedConditions.elementToBeClickable(By.id("footer-accessibility"))).click();
                wait.until(d -> !d.findElements(By.id("a11y-status")).isEmpty());
                assertTrue(browser.findElement(By.id("uutilsynet")).getAttribute("href").startsWith("https://www.uutilsynet.no/"));
                assertTrue(browser.findElement(By.id("a11y-contact")).getText().contains("kontoret på skolen"),
                        "without vis.accessibility.contact, users are sent to their school's office");
                assertTrue(browser.findElement(By.id("a11y-date")).getText().contains("2026"));
                browser.findElement(By.id("footer-pages")).click();
                wait.until(d -> !d.findElements(By.id("pages")).isEmpty());
                List<String> listed = browser.findElements(By.cssSelector("#pages tr.vis-page-entry")).stream()
                        .map(row -> row.getAttribute("data-path")).toList();
                assertEquals(java.util.Arrays.stream(Pages.values()).map(Pages::path).toList(), listed);
            }
            case OFFICE -> {
                // field errors on a form
                browser.get(BASE + "staff/guardian-new.xhtml?pupil=" + adult);
                wait.until(ExpectedConditions.elementToBeClickable(By.id("guardian:submit"))).click();
                wait.until(d -> !d.findElements(By.cssSelector(".vis-field .ui-message-error")).isEmpty());
                crawl.check("/staff/guardian-new.xhtml with field errors");
                // the card of a pupil of 18: consents and the form to register them
                browser.get(BASE + "staff/pupil.xhtml?id=" + adult);
                wait.until(d -> !d.findElements(By.id("consents:table")).isEmpty());
                crawl.check("/staff/pupil.xhtml of a pupil of 18");
                // ending a guardianship: the form opens
                browser.get(BASE + "staff/pupil.xhtml?id=" + child);
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".vis-end-guardianship"))).click();
                wait.until(d -> !d.findElements(By.id("end:submit")).isEmpty());
                crawl.check("/staff/pupil.xhtml ending a guardianship");
                // the access log with results
                browser.get(BASE + "staff/access-log.xhtml");
                wait.until(ExpectedConditions.elementToBeClickable(By.id("search:pupil"))).sendKeys(childFnr);
                browser.findElement(By.id("search:submit")).click();
                wait.until(d -> !d.findElements(By.cssSelector("#results\\:log_data tr")).isEmpty());
                crawl.check("/staff/access-log.xhtml with results");
                // the subject catalogue: a search without hits and an unknown code; a subject with its
                // curriculum when grep-sync has filled the catalogue (GrepSyncIT before this test)
                browser.get(BASE + "staff/subjects.xhtml?q=zzzz&fagkode=ZZZ9999");
                wait.until(d -> !d.findElements(By.id("not-found")).isEmpty());
                crawl.check("/staff/subjects.xhtml with no hits and an unknown code");
                browser.get(BASE + "staff/subjects.xhtml?q=norsk&fagkode=NOR1260");
                wait.until(d -> !d.findElements(By.id("hits")).isEmpty());
                crawl.check("/staff/subjects.xhtml with hits and a subject");
                // the Untis import's conflicts report, from an uploaded GPU001 (an unknown teacher and period: listed lines)
                try {
                    java.nio.file.Path gpu001 = java.nio.file.Files.createTempDirectory("crawl-untis").resolve("GPU001.TXT");
                    java.nio.file.Files.writeString(gpu001, "1;\"2STA\";\"ZZZ\";\"NOR1264\";\"U1\";1;1;;\r\n1;\"2STA\"\r\n");
                    browser.get(BASE + "staff/untis.xhtml");
                    wait.until(ExpectedConditions.elementToBeClickable(By.id("upload:report")));
                    if (!browser.findElements(By.id("upload:school")).isEmpty()) {
                        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("upload:school")))
                                .selectByVisibleText(schoolName);
                    }
                    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                            browser.findElement(By.id("upload:from")), monday.toString());
                    browser.findElement(By.id("upload:files")).sendKeys(gpu001.toString());
                    browser.findElement(By.id("upload:report")).click();
                    wait.until(d -> !d.findElements(By.id("lines")).isEmpty());
                    crawl.check("/staff/untis.xhtml with a conflicts report");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                // building the year with the school's data: a group's card, the grid with a lesson chosen, a copy's
                // preview, the calendar's month view with a field error
                browser.get(BASE + "staff/teaching-groups.xhtml?school=" + crawlSchool);
                wait.until(d -> !d.findElements(By.id("groups")).isEmpty());
                crawl.check("/staff/teaching-groups.xhtml with the school's groups");
                browser.get(BASE + "staff/timetable-build.xhtml?school=" + crawlSchool + "&show=class:" + crawlClass + "&date=" + monday
                        + "&lesson=" + mondayLesson);
                wait.until(d -> !d.findElements(By.id("lesson:move")).isEmpty());
                crawl.check("/staff/timetable-build.xhtml with a class's grid and a lesson chosen");
                browser.get(BASE + "staff/copy-week.xhtml?school=" + crawlSchool);
                wait.until(ExpectedConditions.elementToBeClickable(By.id("copy:preview"))).click();
                wait.until(d -> !d.findElements(By.id("copy:preview-area")).isEmpty());
                crawl.check("/staff/copy-week.xhtml with a preview");
                browser.get(BASE + "staff/calendar.xhtml?school=" + crawlSchool + "&month=" + monday.plusWeeks(2).toString().substring(0, 7));
                wait.until(ExpectedConditions.elementToBeClickable(By.id("day:save-day"))).click();
                wait.until(d -> !d.findElements(By.cssSelector("#day .ui-message-error")).isEmpty());
                crawl.check("/staff/calendar.xhtml with the month and a field error");
                // the language switched to English
                browser.get(BASE + "staff/pupils.xhtml");
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#language a[lang='en']"))).click();
                wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                crawl.check("/staff/pupils.xhtml in English");
                browser.findElement(By.cssSelector("#language a[lang='nb']")).click();
                wait.until(d -> "nb".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            }
            case COUNTY_ADMIN -> {
                // a required field left empty
                browser.get(BASE + "staff/roles.xhtml");
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#grant button[type='submit']"))).click();
                wait.until(d -> !d.findElements(By.cssSelector("#grant .ui-message-error")).isEmpty());
                crawl.check("/staff/roles.xhtml with field errors");
            }
            case IT_OPERATIONS -> {
                // a bad schedule
                browser.get(BASE + "staff/jobs.xhtml");
                WebElement hour = wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#job-retention-cleanup input[id$=':hour']")));
                hour.clear();
                hour.sendKeys("25");
                browser.findElement(By.cssSelector("#job-retention-cleanup button[id$=':save']")).click();
                wait.until(d -> !d.findElements(By.cssSelector("#messages .ui-messages-error, .ui-message-error")).isEmpty());
                crawl.check("/staff/jobs.xhtml with an error");
            }
            default -> {
            }
        }
    }

    /** The pupil a page is about: the guardian's child, the pupil of 16 (a new guardian: the pupil of 18). */
    private static String pupilOf(Pages page) {
        if (page == Pages.LESSON_EDIT) {
            return "lesson=" + mondayLesson + "&day=" + monday;
        }
        if (page == Pages.GROUP_CARD) {
            return "group=" + crawlGroup;
        }
        if (page == Pages.REGISTER) { // last week's Monday lesson: started, so the register is open
            return "lesson=L" + mondayLesson + "-" + monday.minusWeeks(1);
        }
        if (page == Pages.REMARKS || page == Pages.FORMATIVE) {
            return "group=" + crawlGroup;
        }
        if (page == Pages.CONDUCT) {
            return "class=" + crawlClass;
        }
        if (page == Pages.GRADE_PROTOCOL) {
            return "group=" + crawlGroup + "&round=" + crawlRound;
        }
        if (page == Pages.CLASS_ABSENCE || page == Pages.CLASS_CLOSING) {
            return "class=" + crawlClass;
        }
        if (page == Pages.CLASS_DAY) {
            return "class=" + crawlClass + "&date=" + monday.minusWeeks(1);
        }
        return page.idParameter() + "=" + (page == Pages.GUARDIAN_NEW ? adult : child);
    }

    private static void logIn(Visitor visitor, WebDriver browser) {
        WebDriverWait wait = new EvidenceWait(browser, Duration.ofSeconds(20));
        switch (visitor) {
            case ANONYMOUS -> {
                return;
            }
            case PUPIL -> {
                browser.get(BASE + "pupil/index.xhtml");
                logInWithFeide(browser, wait, pupilFeideId);
            }
            case GUARDIAN -> {
                browser.get(BASE + "guardian/index.xhtml");
                logInWithIdporten(browser, wait, motherPid);
            }
            default -> {
                browser.get(BASE + "staff/index.xhtml");
                wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("button[data-username='" + feideUser(visitor) + "']"))).click();
            }
        }
        wait.until(d -> d.getCurrentUrl().startsWith(BASE) && !d.findElements(By.tagName("h1")).isEmpty());
    }

    private static String feideUser(Visitor visitor) {
        return switch (visitor) {
            case OFFICE -> PupilsPageIT.OFFICE_USER;
            case TEACHER -> TEACHER_USER;
            case CONTACT_TEACHER -> CONTACT_TEACHER_USER;
            case IT_OPERATIONS -> PupilsPageIT.IT_USER;
            case COUNTY_ADMIN -> PupilsPageIT.ADMIN_USER;
            default -> throw new IllegalArgumentException(visitor.toString());
        };
    }

    /** On the provider's Feide page, the free form: any user id. */
    private static void logInWithFeide(WebDriver browser, WebDriverWait wait, String feideUserId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(feideUserId);
        browser.findElement(By.id("claims")).sendKeys("{\"name\": \"Voksen Elev\"}");
        browser.findElement(By.cssSelector("#custom button")).click();
    }

    private static void logInWithIdporten(WebDriver browser, WebDriverWait wait, String pid) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("idporten-" + TestPeople.token());
        browser.findElement(By.id("claims")).sendKeys("{\"pid\": \"" + pid + "\", \"acr\": \"idporten-loa-substantial\"}");
        browser.findElement(By.cssSelector("#custom button")).click();
    }

    // ---------------------------------------------------------------- the keyboard

    /**
     * The office registers a guardian with the keyboard alone: the skip link is the first tab stop
     * and shows its focus, Enter on it moves to the content, Tab reaches each field in order, the
     * form is submitted with Enter on its button, and the guardian is registered.
     */
    @Test
    void aFormIsFilledInAndSubmittedWithTheKeyboardAlone() {
        WebDriver browser = Browser.start();
        try {
            WebDriverWait wait = new EvidenceWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            String url = BASE + "staff/guardian-new.xhtml?pupil=" + adult;
            browser.get(url);
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("button[data-username='" + PupilsPageIT.OFFICE_USER + "']"))).click();
            wait.until(d -> d.getCurrentUrl().startsWith(BASE) && !d.findElements(By.id("guardian:submit")).isEmpty());
            browser.get(url); // a fresh page: nothing has the focus yet
            wait.until(d -> !d.findElements(By.id("guardian:submit")).isEmpty());

            Keyboard keys = new Keyboard(browser);
            keys.press(Keys.TAB);
            WebElement skip = browser.switchTo().activeElement();
            assertTrue(skip.getAttribute("class").contains("vis-skip"), "the first tab stop is the skip link: " + describe(skip));
            assertTrue(skip.isDisplayed() && skip.getRect().getX() >= 0, "the skip link shows when it has the focus");
            assertFocusVisible(skip);
            keys.press(Keys.ENTER);
            assertEquals("main", browser.switchTo().activeElement().getAttribute("id"), "the skip link moves to the content");

            keys.press(Keys.TAB);
            assertEquals("guardian:fodselsnummer", activeId(browser), "the first field is the first stop in the content");
            assertFocusVisible(browser.switchTo().activeElement());
            // no number: the box saying the guardian will not give it, checked with Space
            keys.tabTo("guardian:fodselsnummerRefused_input");
            keys.press(Keys.SPACE);
            assertTrue(browser.findElement(By.id("guardian:fodselsnummerRefused_input")).isSelected(), "Space checks the box");
            String family = "Tastatur" + TestPeople.token();
            keys.tabTo("guardian:givenName");
            keys.type("Tore");
            keys.tabTo("guardian:familyName");
            keys.type(family);
            keys.tabTo("guardian:mobile");
            keys.type("+46 70 123 45 67");
            keys.tabTo("guardian:reason");
            keys.type("Far bosatt i Sverige; registrert med tastaturet");
            keys.tabTo("guardian:from");
            keys.type(LocalDate.now(ZoneId.of("Europe/Oslo")).minusMonths(1).format(NORWEGIAN));
            keys.tabTo("guardian:submit");
            assertFocusVisible(browser.switchTo().activeElement());
            keys.press(Keys.ENTER);

            wait.until(d -> d.getCurrentUrl().contains("staff/pupil.xhtml?id=" + adult));
            wait.until(d -> d.getPageSource().contains("Den foresatte er registrert."));
            assertTrue(browser.findElement(By.id("guardians:table")).getText().contains("Tore " + family));
        } finally {
            browser.quit();
        }
    }

    private static String activeId(WebDriver browser) {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    private static String describe(WebElement element) {
        return "<" + element.getTagName() + " id=" + element.getAttribute("id") + " class=" + element.getAttribute("class") + ">";
    }

    /** A visible focus indicator: VIS's outline (PrimeFaces' own is a faint shadow, 1.4:1 against white). */
    private static void assertFocusVisible(WebElement focused) {
        String outline = focused.getCssValue("outline-style");
        String width = focused.getCssValue("outline-width");
        assertTrue(!"none".equals(outline) && !width.startsWith("0"),
                "focus is visible on " + describe(focused) + ": outline " + outline + " " + width);
    }

    /** Keys sent to whatever has the focus: no clicks. */
    private static final class Keyboard {
        private final WebDriver browser;

        Keyboard(WebDriver browser) {
            this.browser = browser;
        }

        void press(CharSequence key) {
            new Actions(browser).sendKeys(key).perform();
        }

        void type(String text) {
            new Actions(browser).sendKeys(text).perform();
        }

        /** Tab forward until the element with the id has the focus; the form's order must reach it within a few stops. */
        void tabTo(String id) {
            Set<String> passed = new LinkedHashSet<>();
            for (int i = 0; i < 12; i++) {
                if (id.equals(activeId(browser))) {
                    return;
                }
                passed.add(activeId(browser));
                press(Keys.TAB);
            }
            fail("Tab never reached " + id + "; passed " + passed);
        }
    }
}
