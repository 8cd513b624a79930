package no.vis.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vis.access.Role;
import no.vis.web.common.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The same axe crawl as {@link AccessibilityCrawlIT}, against a running demo ({@code ./run.sh})
 * as each demo user of the local login provider: every page free of axe violations, fitting a
 * phone, and the 403 page for the others. Reads only; the pupil and child pages take the first
 * pupil the user's lists link to. Runs only when given the demo's address:
 * <pre>
 * ./run.sh
 * mvn -o -pl vis-it verify -Dit.test=DemoAccessibilityIT -Dvis.demo.url=http://localhost:8080
 * </pre>
 */
@EnabledIfSystemProperty(named = "vis.demo.url", matches = "https?://.+")
class DemoAccessibilityIT {

    /** A demo user of vis-devtools' demo-users.json, with the role VIS gives them. */
    record DemoUser(String name, String username, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("anonymous", null, null),
            new DemoUser("Kari Kontor", "5e1f7a2c-0001-4c6e-9a51-0a1b2c3d4e01", Role.OFFICE),
            new DemoUser("Lars Lærer", "5e1f7a2c-0002-4c6e-9a51-0a1b2c3d4e02", Role.TEACHER),
            new DemoUser("Kristin Kontaktlærer", "5e1f7a2c-0003-4c6e-9a51-0a1b2c3d4e03", Role.CONTACT_TEACHER),
            new DemoUser("Ivar IT", "5e1f7a2c-0004-4c6e-9a51-0a1b2c3d4e04", Role.IT_OPERATIONS),
            new DemoUser("Frida Fylke", "5e1f7a2c-0005-4c6e-9a51-0a1b2c3d4e05", Role.COUNTY_ADMIN),
            new DemoUser("Elev", "5e1f7a2c-0010-4c6e-9a51-0a1b2c3d4e10", Role.PUPIL),
            new DemoUser("Gunnar Foresatt", "idporten-gunnar", Role.GUARDIAN),
            new DemoUser("Greta Utenbarn", "idporten-greta", Role.GUARDIAN));

    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    private final String base = System.getProperty("vis.demo.url", "").replaceAll("/?$", "/");

    @Test
    void everyPageAsEveryDemoUserIsFreeOfAxeViolationsAndFitsAPhone() {
        List<String> problems = new ArrayList<>();
        for (DemoUser user : USERS) {
            WebDriver browser = Browser.start();
            try {
                String pupil = logIn(user, browser);
                AccessibilityCrawl crawl = new AccessibilityCrawl(browser, base, user.name(), user.role(),
                        page -> page.idParameter() + "=" + pupil, problems);
                crawl.visitAll();
            } catch (RuntimeException e) {
                problems.add("[" + user.name() + "] the crawl stopped: " + e);
            } finally {
                browser.quit();
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " accessibility problems in the demo at " + base + ":\n" + String.join("\n", problems));
        }
    }

    /** Logs the user in with the demo provider's button; the id of the first pupil the user's pages link to ("0": none). */
    private String logIn(DemoUser user, WebDriver browser) {
        if (user.role() == null) {
            return "0";
        }
        WebDriverWait wait = new EvidenceWait(browser, Duration.ofSeconds(20));
        Pages start = switch (user.role()) {
            case PUPIL -> Pages.PUPIL_HOME;
            case GUARDIAN -> Pages.GUARDIAN_HOME;
            default -> Pages.STAFF_HOME;
        };
        String home = start.path().substring(1);
        browser.get(base + home);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-username='" + user.username() + "']"))).click();
        wait.until(d -> d.getCurrentUrl().startsWith(base) && !d.findElements(By.tagName("h1")).isEmpty());
        String list = user.role() == Role.GUARDIAN ? Pages.GUARDIAN_HOME.path() : Pages.STUDENTS.path();
        if (user.role() == Role.PUPIL || (user.role() != Role.GUARDIAN && !Pages.STUDENTS.mayOpen(user.role()))) {
            return "0";
        }
        browser.get(base + list.substring(1));
        List<WebElement> links = browser.findElements(By.cssSelector("a.vis-pupil-name, a#child-details"));
        if (links.isEmpty()) {
            return "0";
        }
        Matcher id = ID.matcher(links.get(0).getAttribute("href"));
        return id.find() ? id.group(1) : "0";
    }
}
