package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Untis import page in Chromium, as the office: a report asked for without files is answered
 * next to the field; the GPU files uploaded, the conflicts report (counts, refused clashes, the pupil
 * clash to approve, the unusable line, the office's lesson that ends), the clash approved and the
 * import applied; axe at 1280 and 390 px in each state, no sideways scrolling on the phone.
 */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class UntisPageIT {

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private WebDriver browser;
    private WebDriverWait wait;
    private UntisFixture f;
    private final List<Path> files = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    @BeforeEach
    void setUp() throws Exception {
        try (TestDb db = new TestDb()) {
            f = UntisFixture.create(db, AsOfficeStaff.ID);
            long county = Long.parseLong(db.value("SELECT county_id FROM school WHERE id = ?", f.school));
            db.staffRole(PupilsPageIT.OFFICE_USER, "Kari Kontor", county, f.school, "OFFICE");
        }
        Path dir = Files.createTempDirectory("untis-page");
        for (Map.Entry<String, byte[]> file : UntisFixture.files().entrySet()) {
            files.add(Files.write(dir.resolve(file.getKey()), file.getValue()));
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

    /** axe at desktop width and on a phone, where the page must not scroll sideways. */
    private void accessible(String where) {
        for (int width : new int[] {1280, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            List<String> found = new Axe(browser).violations(where + " at " + width + " px");
            assertTrue(found.isEmpty(), String.join("\n", found));
            long scroll = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            assertTrue(scroll <= width, where + ": no sideways scrolling at " + width + " px: " + scroll);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theOfficeUploadsTheFilesSeesTheReportApprovesThePupilClashAndImports() throws Exception {
        browser.get(base + "staff/untis.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + PupilsPageIT.OFFICE_USER
                + "']"))).click();
        wait.until(d -> heading().equals("Importere timeplan fra Untis"));
        accessible("untis import");

        // no files, no date: answered at the fields
        browser.findElement(By.id("upload:report")).click();
        wait.until(d -> d.findElements(By.cssSelector(".vis-field .ui-message-error")).size() >= 2);
        assertTrue(browser.getPageSource().contains("Velg minst én GPU-fil"));
        assertTrue(browser.getPageSource().contains("Velg datoen timeplanen gjelder fra"));
        accessible("untis import with field errors");

        if (!browser.findElements(By.id("upload:school")).isEmpty()) {
            new Select(browser.findElement(By.id("upload:school"))).selectByVisibleText("Untis vgs " + f.suffix);
        }
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("upload:from")),
                UntisFixture.FROM.toString());
        browser.findElement(By.id("upload:files")).sendKeys(String.join("\n", files.stream().map(Path::toString).toList()));
        browser.findElement(By.id("upload:report")).click();
        wait.until(d -> !d.findElements(By.id("report")).isEmpty());
        assertEquals("2", browser.findElement(By.id("count-ready")).getText());
        assertEquals("2", browser.findElement(By.id("count-approval")).getText());
        assertEquals("4", browser.findElement(By.id("count-refused")).getText());
        assertEquals("1", browser.findElement(By.id("count-vis-ended")).getText());
        String refused = browser.findElement(By.id("refused")).getText();
        assertTrue(refused.contains("Lærer CCC") && refused.contains("Rom R1"), refused);
        assertTrue(browser.findElement(By.id("lines")).getText().contains("Ingen lærer ved skolen har kortnavnet ZZZ"));
        assertTrue(browser.findElement(By.id("vis-ended")).getText().contains("1STA-NOR1260"));
        accessible("untis report");

        browser.findElement(By.cssSelector("#pupil-clashes input[type='checkbox']")).click();
        browser.findElement(By.id("apply:apply-button")).click();
        wait.until(d -> d.getPageSource().contains("Importert: 4 nye timer"));
        try (TestDb db = new TestDb()) {
            assertEquals("4", db.value("SELECT COUNT(*) FROM lesson l JOIN teaching_group g ON g.id = l.teaching_group_id"
                    + " WHERE g.school_id = ? AND l.source = 'UNTIS'", f.school));
            assertEquals(UntisFixture.FROM.toString(), db.value("SELECT valid_to FROM lesson WHERE id = ?", f.visLesson));
        }
        assertEquals("0", browser.findElement(By.id("count-vis-ended")).getText(), "the report again: the office's lesson has ended");
        accessible("untis after import");

        // the same files again: nothing to change
        browser.findElement(By.id("apply:apply-button")).click();
        wait.until(d -> d.getPageSource().contains("Ingenting å endre"));
    }
}
