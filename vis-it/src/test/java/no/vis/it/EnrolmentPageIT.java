package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.vis.batch.democounty.DemoPopulation;
import no.vis.devtools.registers.RegisterSimulator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
 * The office enrols a pupil by hand and changes the pupil's class, in Chromium as Kari Kontor: a bad
 * number answered next to its field; Folkeregisteret's name shown before saving (the simulators
 * serve newcomers); the pupil card with the enrolment, the class and the guardians from the
 * register; a class change with its date, the old class kept in the history.
 */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class EnrolmentPageIT {

    static final String OFFICE_USER = PupilsPageIT.OFFICE_USER;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static RegisterSimulator simulator;

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private WebDriver browser;
    private WebDriverWait wait;
    private String schoolName;
    private long school;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = RegisterSimulator.start(Integer.getInteger("it.registers.port", 18091),
                new DemoPopulation(1, 92, 2031, "11", TODAY), RegisterSimulator.Faults.NONE, 2000).serveNewcomers();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        schoolName = "Inntakskontor vgs " + TestPeople.token();
        int year = TODAY.getMonthValue() >= 8 ? TODAY.getYear() : TODAY.getYear() - 1;
        try (TestDb db = new TestDb()) {
            long county = db.county("95", "Kontorfylket");
            school = db.school(county, TestPeople.orgNumber(), schoolName);
            db.staffRole(OFFICE_USER, "Kari Kontor", county, school, "OFFICE");
            db.execute("INSERT INTO school_programme_area (id, school_id, programme_area, version)"
                    + " VALUES (nextval('school_programme_area_seq'), " + school + ", 'STSSA1----', 1)");
            db.schoolClass(school, year, "1STA", "VG1");
            db.schoolClass(school, year, "1STB", "VG1");
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

    private void open(String page) {
        browser.get(base + page);
        if (browser.getCurrentUrl().contains("/feide/authorize")) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + OFFICE_USER + "']"))).click();
        }
        wait.until(d -> d.getCurrentUrl().contains(page.replaceAll("\\?.*", "")));
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void choose(String id, String text) {
        wait.until(d -> new Select(d.findElement(By.id(id))).getOptions().stream().anyMatch(o -> o.getText().equals(text)));
        new Select(browser.findElement(By.id(id))).selectByVisibleText(text);
    }

    private void waitForFieldMessage(String inputId, String contains) {
        wait.until(d -> {
            var found = d.findElements(By.cssSelector(".vis-field:has([id='" + inputId + "']) .ui-message"));
            return !found.isEmpty() && found.get(0).getText().contains(contains);
        });
    }

    private static String newNumber() {
        return TestPeople.tenorPupil().value();
    }

    @Test
    void theOfficeEnrolsAPupilByHandAndChangesTheClassWithTheHistoryKept() throws Exception {
        open("staff/enrol.xhtml");
        type("enrol:fodselsnummer", "12345678901");
        choose("enrol:schoolId", schoolName);
        choose("enrol:programmeArea", "STSSA1----");
        browser.findElement(By.id("enrol:fetch")).click();
        waitForFieldMessage("enrol:fodselsnummer", "ikke gyldig");
        assertTrue(browser.findElements(By.id("enrol:save")).isEmpty(), "nothing to save before the register has answered");

        String fnr = newNumber();
        type("enrol:fodselsnummer", fnr);
        choose("enrol:classId", "1STA");
        browser.findElement(By.id("enrol:fetch")).click();
        wait.until(d -> !d.findElements(By.id("preview-name")).isEmpty());
        String name = browser.findElement(By.id("preview-name")).getText().strip();
        assertFalse(name.isBlank() || name.matches(".*\\d.*"), name);
        assertFalse(browser.getCurrentUrl().contains(fnr), "the number is never in the address");
        browser.findElement(By.id("enrol:save")).click();

        wait.until(d -> !d.findElements(By.id("pupil-name")).isEmpty());
        assertFalse(browser.getCurrentUrl().contains(fnr));
        wait.until(d -> d.getPageSource().contains("Eleven er tatt inn."));
        assertEquals("1STA", browser.findElement(By.id("class")).getText());
        assertTrue(browser.findElement(By.id("enrolment:enrolments")).getText().contains("STSSA1----"));
        assertTrue(browser.findElement(By.id("guardians:table")).getText().contains("Folkeregisteret"),
                "the guardians from the register at once");

        browser.findElement(By.id("enrolment:start-class")).click();
        wait.until(d -> !d.findElements(By.id("enrolment:classId")).isEmpty());
        choose("enrolment:classId", "1STB");
        type("enrolment:on", TODAY.minusYears(5).format(NORWEGIAN));
        browser.findElement(By.id("enrolment:save")).click();
        waitForFieldMessage("enrolment:on", "før det nåværende");

        type("enrolment:on", TODAY.format(NORWEGIAN));
        browser.findElement(By.id("enrolment:save")).click();
        wait.until(d -> d.getPageSource().contains("Klassen er endret."));
        wait.until(d -> d.findElement(By.id("class")).getText().equals("1STB"));
        String placements = browser.findElement(By.id("enrolment:placements")).getText();
        assertTrue(placements.contains("1STA") && placements.contains("1STB"), placements);
        try (TestDb db = new TestDb()) {
            String pupil = db.text("SELECT id FROM student WHERE fnr = ?", fnr);
            assertEquals("2", db.text("SELECT count(*) FROM class_placement WHERE student_id = CAST(? AS BIGINT)", pupil));
            assertEquals(TODAY.toString(), db.text("SELECT CAST(active_to AS VARCHAR) FROM class_placement cp JOIN school_class c"
                    + " ON c.id = cp.school_class_id WHERE c.code = '1STA' AND cp.student_id = CAST(? AS BIGINT)", pupil));
        }
    }
}
