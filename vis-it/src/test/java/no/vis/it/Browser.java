package no.vis.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium, with both paths explicit so nothing is downloaded.
 * The browser asks for Norwegian bokmål, as a user in a Norwegian county would.
 */
public final class Browser {

    private Browser() {
    }

    /**
     * The URLs the browser has requested since the last call (pages, redirects, Ajax, resources),
     * from Chromium's performance log.
     */
    public static java.util.List<String> requestedUrls(WebDriver driver) {
        java.util.List<String> urls = new java.util.ArrayList<>();
        java.util.regex.Pattern url = java.util.regex.Pattern.compile("\"(?:url|documentURL)\":\"([^\"]*)\"");
        for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get("performance")) {
            String message = entry.getMessage();
            if (message.contains("Network.requestWillBeSent")) {
                java.util.regex.Matcher m = url.matcher(message);
                while (m.find()) {
                    urls.add(m.group(1));
                }
            }
        }
        return urls;
    }

    public static WebDriver start() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1280,1024", "--lang=nb",
                    "--user-data-dir=" + Files.createTempDirectory("vis-chromium"));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nb"));
            // every request the browser makes, redirects included, for tests of what may be in a URL
            options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
