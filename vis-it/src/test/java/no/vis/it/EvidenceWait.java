package no.vis.it;

import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A wait that leaves a screenshot and the page source in target/ when it times out. */
public final class EvidenceWait extends WebDriverWait {
    private final WebDriver driver;

    public EvidenceWait(WebDriver driver, Duration timeout) {
        super(driver, timeout);
        this.driver = driver;
    }

    @Override
    protected RuntimeException timeoutException(String message, Throwable lastException) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "browser-evidence"));
            String name = "timeout-" + System.currentTimeMillis();
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
            java.nio.file.Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            message = message + " (evidence: " + dir.resolve(name) + ".png/.html)";
        } catch (Exception e) {
            message = message + " (no evidence: " + e + ")";
        }
        return super.timeoutException(message, lastException);
    }
}
