package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
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
 * The office's guardian screens in Chromium, logged in through the local provider: the pupil card
 * (a protected address masked), registering both consents and revoking one, registering a guardian
 * by hand and ending a guardianship — every bad input answered next to its field — and the access
 * log that shows it all, to the office and to the guardian.
 */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class GuardianScreensIT {

    static final String OFFICE_USER = PupilsPageIT.OFFICE_USER;
    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private WebDriver browser;
    private WebDriverWait wait;
    private String family;
    private long child;
    private long adult;
    private long childMother;
    private long adultFather;
    private String motherPid;
    private String childFnr;
    private long pupilWhereKariTeaches;
    private String otherSchoolsGuardianPid;
    private long otherSchoolsGuardian;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    /** A pupil of 16 with a protected address and two guardians; a pupil just 18 with one guardian. */
    @BeforeEach
    void setUp() throws Exception {
        family = "Kort" + TestPeople.token();
        TestPeople people = new TestPeople();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        try (TestDb db = new TestDb()) {
            long county = db.county("96", "Kortfylket");
            long school = db.school(county, TestPeople.orgNumber(), "Elevkort vgs " + TestPeople.token());
            long vg = db.schoolClass(school, 2026, "3STA", "VG3");
            db.staffRole(OFFICE_USER, "Kari Kontor", county, school, "OFFICE");
            childFnr = people.next().value();
            child = db.pupil(childFnr, "Ung", family, today.minusYears(16), school, vg);
            db.protectAddress(child, "FORTROLIG");
            adult = db.pupil(people.next().value(), "Voksen", family, today.minusYears(18).minusDays(10), school, vg);
            motherPid = TestPeople.adult().value();
            childMother = db.guardian(motherPid, "Mor", family);
            db.guardianContact(childMother, "+4791234567", "mor@example.org");
            db.guardianship(childMother, child, today.minusYears(16), null);
            long father = db.guardian(TestPeople.adult().value(), "Far", family);
            db.guardianship(father, child, today.minusYears(16), null);
            adultFather = db.guardian(TestPeople.adult().value(), "Voksenfar", family);
            db.guardianship(adultFather, adult, today.minusYears(18), null);
            // another school where the office worker is only a teacher
            long teachingSchool = db.school(county, TestPeople.orgNumber(), "Undervisning vgs " + TestPeople.token());
            db.staffRole(OFFICE_USER, "Kari Kontor", county, teachingSchool, "TEACHER");
            pupilWhereKariTeaches = db.pupil(people.next().value(), "Undervist", family, today.minusYears(16), teachingSchool,
                    db.schoolClass(teachingSchool, 2026, "1STA", "VG1"));
            // a teacher sees only the pupils of the groups they teach
            long group = db.teachingGroup(teachingSchool, 2026, "1STA-NOR-" + TestPeople.token(), "NOR1260", null);
            db.groupMember(group, pupilWhereKariTeaches, today.minusYears(1), null);
            db.groupTeacher(group, Long.parseLong(db.value("SELECT id FROM staff_member WHERE feide_user_id = '" + OFFICE_USER
                    + "' AND ? > 0", 1)), today.minusYears(1));
            otherSchoolsGuardianPid = TestPeople.adult().value();
            otherSchoolsGuardian = db.guardian(otherSchoolsGuardianPid, "Fjern", family);
            db.guardianContact(otherSchoolsGuardian, "+4799887766", "fjern@other.example");
            db.guardianship(otherSchoolsGuardian, pupilWhereKariTeaches, today.minusYears(16), null);
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

    private void openCard(long pupil) {
        browser.get(base + "staff/pupil.xhtml?id=" + pupil);
        if (browser.getCurrentUrl().contains("/feide/authorize")) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + OFFICE_USER + "']"))).click();
        }
        wait.until(d -> !d.findElements(By.id("pupil-name")).isEmpty());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** The message next to a field (the vis:field tag's p:message). */
    private String fieldMessage(String inputId) {
        return browser.findElement(By.cssSelector(".vis-field:has([id='" + inputId + "']) .ui-message")).getText();
    }

    private void waitForFieldMessage(String inputId, String contains) {
        wait.until(d -> {
            var found = d.findElements(By.cssSelector(".vis-field:has([id='" + inputId + "']) .ui-message"));
            return !found.isEmpty() && found.get(0).getText().contains(contains);
        });
    }

    @Test
    void thePupilCardShowsGuardiansAndMasksAProtectedAddress() throws Exception {
        try (TestDb db = new TestDb()) {
            db.execute("INSERT INTO register_flag (id, student_id, kind, noted_on) VALUES (nextval('register_flag_seq'),"
                    + " CAST(? AS BIGINT), 'EMIGRATED', CURRENT_DATE)", Long.toString(child));
        }
        openCard(child);
        assertTrue(browser.findElement(By.cssSelector(".vis-register-flag")).getText().contains("utflyttet"),
                "what Folkeregisteret said the office must follow up");
        assertEquals("Ung " + family, text("pupil-name"));
        assertEquals(childFnr, text("fnr"), "the office sees the fødselsnummer");
        assertTrue(text("address").contains("fortrolig") && !text("address").contains("Storgata"), text("address"));
        String guardians = text("guardians:table");
        assertTrue(guardians.contains("Mor " + family) && guardians.contains("Far " + family), guardians);
        assertTrue(guardians.contains("Folkeregisteret (felles foreldreansvar)"), guardians);
        assertTrue(guardians.contains("+47 912 34 567 (KRR)") && guardians.contains("mor@example.org (oppgitt av foresatt)"), guardians);
        assertTrue(guardians.contains("ser eleven i VIS"), guardians);
        assertFalse(browser.getPageSource().contains("Storgata"), "the protected address is not in the page at all");
        assertTrue(browser.findElements(By.cssSelector("#consents\\:register")).isEmpty(), "no consents before 18");
    }

    /** Roles count at the pupil's own school: office at one school does not make a teacher elsewhere see more. */
    @Test
    void whatTheCardShowsFollowsTheRoleAtThePupilsOwnSchool() {
        openCard(pupilWhereKariTeaches);
        assertEquals("Vises ikke for din rolle", text("fnr"));
        assertEquals("Vises ikke for din rolle", text("address"));
        assertTrue(browser.findElements(By.id("guardians:table")).isEmpty(), "no guardians for a teacher");
        browser.get(base + "staff/guardian-new.xhtml?pupil=" + pupilWhereKariTeaches);
        wait.until(d -> !d.findElements(By.id("not-found")).isEmpty());
    }

    @Test
    void consentsForAPupilOf18AreRegisteredWithEveryBadInputAnsweredByItsField() throws Exception {
        openCard(adult);
        assertTrue(text("guardians:table").contains("ser ikke eleven (mangler samtykke)"), text("guardians:table"));

        String tomorrow = LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(1).format(NORWEGIAN);
        type("consents:pupilGivenOn", tomorrow);
        type("consents:guardianGivenOn", "31.02.2026");
        browser.findElement(By.id("consents:submit")).click();
        waitForFieldMessage("consents:guardianGivenOn", "dd.mm.åååå");
        // the converter stops the form before the service: fix the date, then the service answers the rest
        type("consents:guardianGivenOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).format(NORWEGIAN));
        browser.findElement(By.id("consents:submit")).click();
        waitForFieldMessage("consents:pupilGivenOn", "fram i tid");
        assertTrue(fieldMessage("consents:guardianId").contains("Velg hvilken foresatt"));
        assertTrue(fieldMessage("consents:formReference").contains("referansen"));
        try (TestDb db = new TestDb()) {
            assertEquals(0, db.accessLogLines(null, "PUPIL", adult, "CHANGE"), "nothing written");
        }

        new Select(browser.findElement(By.id("consents:guardianId"))).selectByVisibleText("Voksenfar " + family);
        type("consents:pupilGivenOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).minusDays(2).format(NORWEGIAN));
        type("consents:guardianGivenOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).minusDays(1).format(NORWEGIAN));
        type("consents:formReference", "2026/4711-3");
        browser.findElement(By.id("consents:submit")).click();
        wait.until(d -> d.getPageSource().contains("Samtykkene er registrert."));
        wait.until(d -> text("guardians:table").contains("ser eleven i VIS"));
        assertEquals(2, browser.findElements(By.cssSelector(".vis-consent-valid")).size());

        browser.findElements(By.cssSelector(".vis-revoke-pupil")).get(0).click();
        wait.until(d -> d.getPageSource().contains("Samtykket er trukket tilbake."));
        wait.until(d -> text("guardians:table").contains("ser ikke eleven (mangler samtykke)"));
        assertTrue(text("consents:table").contains("Trukket tilbake"), text("consents:table"));
        try (TestDb db = new TestDb()) {
            assertEquals(2, db.accessLogLines(null, "PUPIL", adult, "CHANGE"), "registered and revoked, both logged");
        }
    }

    @Test
    void aGuardianRegisteredByHandWithEveryBadInputAnsweredByItsField() throws Exception {
        openCard(adult);
        browser.findElement(By.id("guardians:new-guardian")).click();
        wait.until(d -> !d.findElements(By.id("guardian:submit")).isEmpty());
        assertTrue(text("for-pupil").contains("Voksen " + family));

        Map<String, String> bad = Map.of(
                "guardian:fodselsnummer", "01010112345",
                "guardian:givenName", "R2D2",
                "guardian:postalCode", "40",
                "guardian:mobile", "12345",
                "guardian:email", "kari@",
                "guardian:from", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(3).format(NORWEGIAN));
        bad.forEach(this::type);
        type("guardian:familyName", "<script>alert(1)</script>");
        browser.findElement(By.id("guardian:submit")).click();
        waitForFieldMessage("guardian:fodselsnummer", "ikke gyldig");
        assertTrue(fieldMessage("guardian:givenName").contains("tall"));
        assertTrue(fieldMessage("guardian:familyName").contains("tegn"));
        assertTrue(fieldMessage("guardian:postalCode").contains("fire siffer"));
        assertTrue(fieldMessage("guardian:mobile").contains("8 siffer"));
        assertTrue(fieldMessage("guardian:email").contains("gyldig e-postadresse"));
        assertTrue(fieldMessage("guardian:from").contains("fram i tid"));
        assertTrue(fieldMessage("guardian:reason").contains("grunnlaget"));
        assertEquals("true", browser.findElement(By.id("guardian:mobile")).getAttribute("aria-invalid"));

        // a number and "refuses to give it" contradict each other
        browser.findElement(By.cssSelector("#guardian\\:fodselsnummerRefused .ui-chkbox-box")).click();
        browser.findElement(By.id("guardian:submit")).click();
        waitForFieldMessage("guardian:fodselsnummer", "Fjern fødselsnummeret");

        type("guardian:fodselsnummer", "");
        type("guardian:givenName", "HANS"); // in capitals, as Folkeregisteret writes names
        type("guardian:familyName", "UTLAND");
        type("guardian:postalCode", "");
        type("guardian:street", "");
        type("guardian:mobile", "0046 70-123 45.67");
        type("guardian:email", "hans.utland@example.org");
        type("guardian:reason", "Far bosatt i Sverige uten norsk fødselsnummer; eleven har samtykket");
        type("guardian:from", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).minusMonths(1).format(NORWEGIAN));
        browser.findElement(By.id("guardian:submit")).click();
        wait.until(d -> d.getCurrentUrl().contains("staff/pupil.xhtml?id=" + adult));
        wait.until(d -> d.getPageSource().contains("Den foresatte er registrert."));
        String guardians = text("guardians:table");
        assertTrue(guardians.contains("Hans Utland") && guardians.contains("har ikke oppgitt fødselsnummer"), guardians);
        assertTrue(guardians.contains("Registrert manuelt: Far bosatt i Sverige"), guardians);
        assertTrue(guardians.contains("+46701234567 (registrert av skolen)"), guardians);
        try (TestDb db = new TestDb()) {
            assertEquals("HANS UTLAND|+46701234567", db.value("SELECT g.given_name || ' ' || g.family_name || '|' || g.mobile"
                    + " FROM guardian g JOIN guardianship gs ON gs.guardian_id = g.id WHERE gs.student_id = ?"
                    + " AND g.fnr IS NULL AND g.family_name = 'UTLAND'", adult),
                    "the name stored as written (shown as Hans Utland), the number in E.164 whatever was typed");
        }
    }

    private void fillNewGuardian(String fnr, String given, String familyName, String mobile, LocalDate from) {
        type("guardian:fodselsnummer", fnr);
        type("guardian:givenName", given);
        type("guardian:familyName", familyName);
        type("guardian:mobile", mobile);
        type("guardian:email", "");
        type("guardian:reason", "Samtykke fra eleven, skjema i arkivet");
        type("guardian:from", from.format(NORWEGIAN));
        browser.findElement(By.id("guardian:submit")).click();
    }

    @Test
    void aNumberVisKnowsFromAnotherSchoolRevealsNothingAndTheRecordIsReused() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        openCard(adult);
        browser.findElement(By.id("guardians:new-guardian")).click();
        wait.until(d -> !d.findElements(By.id("guardian:submit")).isEmpty());
        // a known number with another name: the same words as for a typing error, nothing of the person
        fillNewGuardian(otherSchoolsGuardianPid, "Gjett", "Navn", "41234567", today.minusDays(2));
        waitForFieldMessage("guardian:fodselsnummer", "hører ikke sammen");
        String page = browser.getPageSource();
        assertFalse(page.contains("Fjern") || page.contains("99887766") || page.contains("fjern@other.example"),
                "nothing of the other school's guardian");
        assertTrue(browser.getCurrentUrl().contains("guardian-new"), "still on the form");

        // the right name: the record is linked as it is, and the office is told what was kept
        fillNewGuardian(otherSchoolsGuardianPid, "FJERN", family.toUpperCase(java.util.Locale.ROOT), "41234567",
                today.minusDays(2));
        wait.until(d -> d.getCurrentUrl().contains("staff/pupil.xhtml?id=" + adult));
        wait.until(d -> d.getPageSource().contains("VIS kjente allerede personen"));
        try (TestDb db = new TestDb()) {
            assertEquals("1", db.value("SELECT count(*) FROM guardian WHERE fnr = (SELECT fnr FROM guardian WHERE id = ?)",
                    otherSchoolsGuardian), "one person, one record");
            assertEquals("+4799887766", db.value("SELECT mobile FROM guardian WHERE id = ?", otherSchoolsGuardian),
                    "the record's mobile kept");
            // ended today, then registered again from the same first day: a field error, not a 500
            db.execute("UPDATE guardianship SET active_to = CURRENT_DATE, end_reason = 'ENDED_BY_STAFF' WHERE guardian_id = "
                    + otherSchoolsGuardian + " AND student_id = " + adult);
        }
        browser.get(base + "staff/guardian-new.xhtml?pupil=" + adult);
        wait.until(d -> !d.findElements(By.id("guardian:submit")).isEmpty());
        fillNewGuardian(otherSchoolsGuardianPid, "Fjern", family, "", today.minusDays(2));
        waitForFieldMessage("guardian:from", "begynte samme dag");
        fillNewGuardian(otherSchoolsGuardianPid, "Fjern", family, "", today);
        wait.until(d -> d.getPageSource().contains("VIS kjente allerede personen"));
    }

    @Test
    void endingAGuardianshipNeedsAValidDayAndANote() {
        openCard(child);
        browser.findElements(By.cssSelector(".vis-end-guardianship")).get(0).click();
        wait.until(d -> !d.findElements(By.id("end:submit")).isEmpty());
        type("end:endOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusYears(1).format(NORWEGIAN));
        browser.findElement(By.id("end:submit")).click();
        waitForFieldMessage("end:endOn", "fram i tid");
        assertTrue(fieldMessage("end:note").contains("begrunnelse"));

        type("end:endOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).format(NORWEGIAN));
        type("end:note", "Dom om foreldreansvar, mottatt fra far");
        browser.findElement(By.id("end:submit")).click();
        wait.until(d -> d.getPageSource().contains("Forholdet til den foresatte er avsluttet."));
        wait.until(d -> text("guardians:table").contains("avsluttet av kontoret"));
    }

    @Test
    void theAccessLogShowsWhoReadThePupilAndTheGuardianSeesWhoReadTheirData() throws Exception {
        openCard(child); // the office reads the pupil and both guardians
        browser.get(base + "staff/access-log.xhtml");
        browser.findElement(By.id("search:submit")).click();
        waitForFieldMessage("search:pupil", "Skriv elevens fødselsnummer");
        type("search:pupil", "12345678901");
        browser.findElement(By.id("search:submit")).click();
        waitForFieldMessage("search:pupil", "ikke gyldig");
        type("search:pupil", childFnr);
        browser.findElement(By.id("search:submit")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#results\\:log_data tr")).isEmpty());
        String log = text("results:log");
        assertTrue(log.contains("Kari Kontor (Kontor)") && log.contains("elevkortet") && log.contains("Lest: personalia"), log);

        // the guardian, in a browser of her own, sees that the office read her data
        browser.quit();
        browser = Browser.start();
        wait = new EvidenceWait(browser, Duration.ofSeconds(15));
        browser.get(base + "guardian/access-log.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("idporten-" + TestPeople.token());
        browser.findElement(By.id("claims")).sendKeys("{\"pid\": \"" + motherPid + "\", \"acr\": \"idporten-loa-substantial\"}");
        browser.findElement(By.cssSelector("#custom button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#mine\\:log_data tr")).isEmpty());
        String mine = text("mine:log");
        assertTrue(mine.contains("Kari Kontor (Kontor)") && mine.contains("elevkortet"), mine);

        // her child's page: her own contact details as the school has them; never the protected address
        browser.get(base + "guardian/child.xhtml?id=" + child);
        wait.until(d -> !d.findElements(By.id("my-contact")).isEmpty());
        assertTrue(text("my-contact").contains("+47 912 34 567") && text("my-contact").contains("mor@example.org"), text("my-contact"));
        assertEquals("Vises ikke", text("address"));
    }
}
