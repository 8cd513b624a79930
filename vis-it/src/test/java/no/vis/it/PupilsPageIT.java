package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import no.vis.devtools.login.LocalLoginProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff pupils page as a user sees it in Chromium, and what bad input gets over plain HTTP. */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class PupilsPageIT {

    private static final int PUPILS = 55;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    /** The demo office worker of the local login provider. */
    static final String OFFICE_USER = "5e1f7a2c-0001-4c6e-9a51-0a1b2c3d4e01";
    /** The demo IT operations user: no access to pupil lists. */
    static final String IT_USER = "5e1f7a2c-0004-4c6e-9a51-0a1b2c3d4e04";
    /** The demo county administrator. */
    static final String ADMIN_USER = "5e1f7a2c-0005-4c6e-9a51-0a1b2c3d4e05";
    /** A Feide user VIS does not know. */
    static final String UNKNOWN_USER = "5e1f7a2c-0009-4c6e-9a51-0a1b2c3d4e09";

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private WebDriver browser;
    private WebDriverWait wait;
    private long schoolId;
    private long otherSchoolId;
    private String schoolName;
    private long countyId;
    private String family;

    /** A school of our own with 55 pupils: 35 in 2STA, 20 in 2STB; the demo office worker works there. */
    @BeforeEach
    void setUp() throws Exception {
        family = "Test" + TestPeople.token();
        TestPeople people = new TestPeople();
        try (TestDb db = new TestDb()) {
            long county = db.county("95", "Nettlesarfylket");
            countyId = county;
            schoolName = "Chromium vgs " + TestPeople.token();
            schoolId = db.school(county, TestPeople.orgNumber(), schoolName);
            long classA = db.schoolClass(schoolId, 2026, "2STA", "VG2");
            long classB = db.schoolClass(schoolId, 2026, "2STB", "VG2");
            db.staffRole(OFFICE_USER, "Kari Kontor", county, schoolId, "OFFICE");
            db.staffRole(IT_USER, "Ivar IT", county, schoolId, "IT_OPERATIONS");
            // a school of the county where the office worker has no role, with a pupil
            otherSchoolId = db.school(county, TestPeople.orgNumber(), "Annen vgs " + TestPeople.token());
            db.pupil(people.next().value(), "Hidden", family, LocalDate.of(2009, 6, 1), otherSchoolId,
                    db.schoolClass(otherSchoolId, 2026, "2STA", "VG2"));
            for (int i = 0; i < PUPILS; i++) {
                db.pupil(people.next().value(), String.format("Elev%02d", i), family,
                        LocalDate.of(2009, 1, 1).plusDays(i), schoolId, i < 35 ? classA : classB);
            }
        }
        browser = Browser.start();
        wait = new EvidenceWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // PrimeFaces replaces the table on every page
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens the school's pupil list, logging in as the office worker through the provider. */
    private void openSchool() {
        browser.get(base + "staff/pupils.xhtml?school=" + schoolId);
        logInAs(OFFICE_USER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pupils:table")));
    }

    /** On the local provider's login page: the demo user's button. */
    private void logInAs(String feideUserId) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[data-username='" + feideUserId + "']"))).click();
    }

    @Test
    void theStaffAreaNeedsALoginAndTheRightRole() {
        browser.get(base + "staff/pupils.xhtml");
        assertTrue(browser.getCurrentUrl().contains(":" + LoginProviderExtension.PORT + "/feide/authorize?"), browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE");
        String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();
        logInAs(IT_USER);
        wait.until(d -> d.getCurrentUrl().startsWith(base));
        assertTrue(!sessionBefore.equals(browser.manage().getCookieNamed("JSESSIONID").getValue()),
                "a new session id at login (no session fixation)");
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Ingen tilgang"));
    }

    @Test
    void theStaffStartPageOffersTheSchoolsWithTheUsersRoles() {
        browser.get(base + "staff/index.xhtml");
        logInAs(IT_USER);
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Velg skole"));
        WebElement school = browser.findElements(By.cssSelector(".vis-school")).stream()
                .filter(e -> e.getText().contains(schoolName)).findFirst().orElseThrow();
        assertTrue(school.getText().contains("IT-drift"), school.getText());
        assertTrue(school.findElements(By.cssSelector(".vis-pupils-link")).isEmpty(), "IT operations get no pupil list");
        browser.findElement(By.id("logout")).click();
        wait.until(d -> d.findElements(By.id("logout")).isEmpty());

        browser.get(base + "staff/index.xhtml");
        logInAs(OFFICE_USER);
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Velg skole"));
        browser.findElements(By.cssSelector(".vis-school")).stream()
                .filter(e -> e.getText().contains(schoolName)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".vis-pupils-link")).click();
        wait.until(d -> !d.findElements(By.id("pupils:table:count")).isEmpty() && count().equals("55 elever"));
    }

    @Test
    void theCountyAdministratorGrantsAndWithdrawsRolesAndEveryChangeIsLogged() throws Exception {
        String newcomer = "Nyansatt " + TestPeople.token();
        try (TestDb db = new TestDb()) {
            db.staffRole(ADMIN_USER, "Frida Fylke", countyId, null, "COUNTY_ADMIN");
            db.staffMember(java.util.UUID.randomUUID().toString(), newcomer, countyId);
        }
        browser.get(base + "staff/roles.xhtml");
        logInAs(ADMIN_USER);
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Roller for ansatte"));

        // a school role needs a school
        choose("grant:staff", newcomer);
        choose("grant:role", "Kontor");
        browser.findElement(By.id("grant:submit")).click();
        wait.until(d -> d.findElement(By.cssSelector(".vis-field:has(#grant\\:school) .ui-message")).getText()
                .contains("de andre rollene gis på én skole"));

        choose("grant:staff", newcomer);
        choose("grant:role", "Kontor");
        choose("grant:school", schoolName);
        browser.findElement(By.id("grant:submit")).click();
        wait.until(d -> d.getPageSource().contains("Rollen er gitt."));
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#current\\:table_data tr")).stream()
                .filter(r -> r.getText().contains(newcomer)).findFirst().orElse(null));
        assertTrue(row.getText().contains(schoolName) && row.getText().contains("Kontor"), row.getText());
        WebElement logged = browser.findElements(By.cssSelector(".vis-role-log tbody tr")).get(0);
        assertTrue(logged.getText().contains("Gitt") && logged.getText().contains(newcomer) && logged.getText().contains("staff:"),
                logged.getText());

        row.findElement(By.cssSelector(".vis-withdraw")).click();
        wait.until(d -> d.getPageSource().contains("Rollen er trukket tilbake."));
        wait.until(d -> d.findElements(By.cssSelector("#current\\:table_data tr")).stream().noneMatch(r -> r.getText().contains(newcomer)));
        assertTrue(browser.findElements(By.cssSelector(".vis-role-log tbody tr")).get(0).getText().contains("Trukket tilbake"));

        // the county's setting for orden/atferd, read by the guardian access policy
        WebElement conduct = browser.findElement(By.cssSelector("#settings\\:conduct .ui-chkbox-box"));
        if (!conduct.getAttribute("class").contains("ui-state-active")) {
            conduct.click();
        }
        browser.findElement(By.id("settings:save")).click();
        wait.until(d -> d.getPageSource().contains("Innstillingene er lagret."));
        try (TestDb db = new TestDb()) {
            // the administrator's own county (another test class may have created the demo administrator elsewhere)
            assertTrue(db.guardiansSeeConduct(db.countyOfStaff(ADMIN_USER)));
        }
    }

    /** Chooses in a select list, again if an Ajax update replaced the list meanwhile. */
    private void choose(String id, String text) {
        wait.until(d -> {
            new Select(d.findElement(By.id(id))).selectByVisibleText(text);
            return new Select(d.findElement(By.id(id))).getFirstSelectedOption().getText().equals(text);
        });
    }

    @Test
    void officeStaffCannotOpenTheRoleScreen() {
        openSchool();
        browser.get(base + "staff/roles.xhtml");
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Ingen tilgang"));
    }

    @Test
    void officeStaffSeeOnlyThePupilsOfTheirOwnSchools() {
        openSchool();
        browser.get(base + "staff/pupils.xhtml?q=" + family);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pupils:table")));
        assertEquals("55 elever", count(), "the pupil at the other school is not counted");
        assertTrue(names().stream().noneMatch(n -> n.contains("Hidden")));
        assertTrue(new Select(browser.findElement(By.id("search:school"))).getOptions().stream()
                .noneMatch(o -> o.getAttribute("value").equals(Long.toString(otherSchoolId))), "not offered");

        browser.get(base + "staff/pupils.xhtml?school=" + otherSchoolId);
        wait.until(d -> d.findElement(By.cssSelector(".vis-field:has(#search\\:school) .ui-message")).getText()
                .contains("Skolen finnes ikke"));
        assertTrue(names().stream().noneMatch(n -> n.contains("Hidden")));
    }

    @Test
    void logoutEndsTheSession() {
        openSchool();
        browser.findElement(By.id("logout")).click();
        wait.until(d -> d.findElements(By.id("logout")).isEmpty() && d.getCurrentUrl().startsWith(base));
        browser.get(base + "staff/pupils.xhtml?school=" + schoolId);
        assertTrue(browser.getCurrentUrl().contains(":" + LoginProviderExtension.PORT + "/feide/authorize?"),
                "a new login is needed: " + browser.getCurrentUrl());
    }

    /** The callback URL the provider sends the office worker back to, without following it. */
    private static HttpResponse<String> loginUpToTheCallback(HttpClient http, String start) throws Exception {
        HttpResponse<String> toProvider = http.send(HttpRequest.newBuilder(URI.create(start)).build(),
                HttpResponse.BodyHandlers.ofString());
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        return http.send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LocalLoginProvider.DemoUser.named(OFFICE_USER).formBody()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aForgedStateAReplayedCodeAndAnUnknownClientGetAClearPageNeverA500() throws Exception {
        String start = base + "staff/pupils.xhtml?school=" + schoolId;

        HttpClient forger = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String callback = loginUpToTheCallback(forger, start).headers().firstValue("Location").orElseThrow();
        assertTrue(callback.contains("/callback/feide?") && callback.contains("state="), callback);
        String forged = callback.replaceAll("state=[^&]+", "state=forged");
        assertPage(forger, forged.substring(base.length()), 400, "innloggingen kunne ikke fullføres");

        HttpClient user = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String good = loginUpToTheCallback(user, start).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> first = user.send(HttpRequest.newBuilder(URI.create(good)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, first.statusCode(), "the real callback logs in");
        assertEquals(start, first.headers().firstValue("Location").orElseThrow());
        HttpClient replayer = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        assertPage(replayer, good.substring(base.length()), 400, "innloggingen kunne ikke fullføres");
        assertPage(user, good.substring(base.length()), 400, "innloggingen kunne ikke fullføres");

        assertPage(replayer, "callback/nosuchclient?code=x&state=y", 400, "innloggingen kunne ikke fullføres");
        assertPage(replayer, "callback/feide", 400, "innloggingen kunne ikke fullføres");
    }

    @Test
    void aFeideUserVisDoesNotKnowGetsAPlainPage() {
        browser.get(base + "staff/pupils.xhtml");
        logInAs(UNKNOWN_USER);
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Du er ikke registrert i VIS"));
        assertTrue(browser.findElements(By.id("pupils:table")).isEmpty(), "no pupil data");
        // and can log out (by POST, like everyone)
        browser.findElement(By.cssSelector("#unknown-logout button")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(base) && d.findElements(By.id("unknown-logout")).isEmpty());
        browser.get(base + "staff/pupils.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/feide/authorize?"), "logged out: " + browser.getCurrentUrl());
    }

    private String count() {
        return browser.findElement(By.id("pupils:table:count")).getText();
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector("#pupils\\:table_data .vis-pupil-name")).stream()
                .map(WebElement::getText).toList();
    }

    private void waitForFirstName(String name) {
        wait.until(d -> !names().isEmpty() && names().get(0).equals(name));
    }

    @Test
    void pagesThroughTheSchoolsPupilsAndSorts() {
        openSchool();
        assertEquals("Elever", browser.findElement(By.tagName("h1")).getText());
        assertEquals("nb", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("55 elever", count());
        assertEquals(25, names().size());
        assertEquals(family + ", Elev00", names().get(0));

        browser.findElement(By.cssSelector(".ui-paginator-next")).click();
        waitForFirstName(family + ", Elev25");
        assertEquals(25, names().size());
        assertTrue(browser.findElement(By.cssSelector(".ui-paginator-current")).getText().contains("26–50 av 55"));

        browser.findElement(By.cssSelector(".ui-paginator-last")).click();
        waitForFirstName(family + ", Elev50");
        assertEquals(5, names().size());

        // the birth date column, newest first on the second click
        WebElement birthDateHeader = browser.findElement(By.xpath("//th[.//span[text()='Fødselsdato']]"));
        birthDateHeader.click();
        waitForFirstName(family + ", Elev00");
        browser.findElement(By.xpath("//th[.//span[text()='Fødselsdato']]")).click();
        waitForFirstName(family + ", Elev54");
    }

    @Test
    void filtersByNameAndClass() {
        openSchool();
        type("search:name", "elev07 " + family.toLowerCase());
        browser.findElement(By.id("search:apply")).click();
        wait.until(d -> count().equals("1 elev"));
        assertEquals(List.of(family + ", Elev07"), names());

        browser.findElement(By.id("search:clear")).click();
        wait.until(d -> d.findElement(By.id("search:name")).getAttribute("value").isEmpty() && !count().equals("1 elev"));
        new Select(browser.findElement(By.id("search:school"))).selectByValue(Long.toString(schoolId));
        type("search:class", "2stb");
        browser.findElement(By.id("search:apply")).click();
        wait.until(d -> count().equals("20 elever"));
        assertTrue(browser.findElements(By.cssSelector("#pupils\\:table_data .vis-class")).stream()
                .allMatch(e -> e.getText().equals("2STB")));
    }

    @Test
    void badInputGetsAMessageByTheFieldAndNeverRunsAsMarkup() {
        openSchool();
        type("search:name", "12345678901");
        browser.findElement(By.id("search:apply")).click();
        // the message stands by the field it is about
        wait.until(d -> d.findElement(By.cssSelector(".vis-field:has(#search\\:name) .ui-message")).getText()
                .contains("Fødselsnummeret er ikke gyldig (kontrollsifrene stemmer ikke)"));
        assertEquals("true", browser.findElement(By.id("search:name")).getAttribute("aria-invalid"));

        type("search:name", "<script>alert(1)</script> %' \"");
        browser.findElement(By.id("search:apply")).click();
        wait.until(d -> count().equals("Ingen elever"));
        assertNoAlert();
        assertTrue(browser.findElements(By.xpath("//script[contains(., 'alert(1)')]")).isEmpty());
        assertEquals("<script>alert(1)</script> %' \"", browser.findElement(By.id("search:name")).getAttribute("value"));
    }

    @Test
    void theUserCanSwitchToNynorsk() {
        openSchool();
        browser.findElement(By.linkText("Nynorsk")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Elevar"));
        assertEquals("nn", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("55 elevar", count(), "the school filter from the URL is kept");
    }

    /** An HTTP client with the office worker's session: the login goes through the provider's form. */
    private HttpClient loggedInHttpClient() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "staff/pupils.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(loginPage.uri().toString().contains(":" + LoginProviderExtension.PORT + "/feide/authorize?"), loginPage.uri().toString());
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(loginPage.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LocalLoginProvider.DemoUser.named(OFFICE_USER).formBody()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, back.statusCode(), back.uri().toString());
        return http;
    }

    @Test
    void aFormPostWithAForgedViewStateChangesNothingAndShowsThePageAgain() throws Exception {
        HttpClient http = loggedInHttpClient();
        String form = "search=search&search%3Aname=x&search%3Aapply=&jakarta.faces.ViewState=forged%3A123";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "staff/pupils.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Siden var åpen for lenge uten bruk"), "the page says why nothing happened");
        assertTrue(response.body().contains("55 elever") || response.body().contains("elever"), "the list is shown again");
    }

    @Test
    void badUrlParametersGetAClearPageNeverA500() throws Exception {
        HttpClient http = loggedInHttpClient();
        assertPage(http, "staff/pupils.xhtml?q=" + "x".repeat(500), 200, "Søketeksten kan være høyst 100 tegn.");
        assertPage(http, "staff/pupils.xhtml?school=999999999", 200, "Skolen finnes ikke.");
        assertPage(http, "staff/pupils.xhtml?school=abc", 200, "Skolen finnes ikke.");
        assertPage(http, "staff/pupils.xhtml?q=" + URLEncoder.encode("01010112345", StandardCharsets.UTF_8), 200,
                "Fødselsnummeret er ikke gyldig");
        assertPage(http, "staff/pupils.xhtml?q=" + URLEncoder.encode("<script>x</script>%_'\"", StandardCharsets.UTF_8),
                200, "Ingen elever passer til søket.");
        assertPage(http, "staff/nothing-here.xhtml", 404, "Siden finnes ikke");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndSecureOverTls() throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        String plain = sessionCookie(http, base);
        assertTrue(plain.contains("HttpOnly") && plain.contains("SameSite=Lax"), plain);
        assertFalse(plain.toLowerCase().contains("secure"), "no Secure on plain HTTP: " + plain);

        // the server's own TLS listener (self-signed certificate in tests)
        HttpClient https = trustingHttpsClient();
        String tls = sessionCookie(https, "https://127.0.0.1:" + (8443 + Integer.getInteger("it.port.offset", 300)) + "/");
        assertTrue(tls.contains("HttpOnly") && tls.contains("SameSite=Lax") && tls.toLowerCase().contains("secure"), tls);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        for (String path : List.of("", "staff/pupils.xhtml", "no-such-page.xhtml")) {
            var headers = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'self'") && csp.contains("object-src 'none'"), path + ": " + csp);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
        }
        // a Faces page: a second policy that lets only the inline scripts with this response's nonce run
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String noncePolicy = page.headers().allValues("Content-Security-Policy").stream()
                .filter(p -> p.contains("'nonce-")).findFirst().orElseThrow(() -> new AssertionError("no nonce policy"));
        assertFalse(noncePolicy.contains("unsafe-inline"), noncePolicy);
        String nonce = noncePolicy.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's own scripts carry the nonce");
        assertFalse(page.body().matches("(?s).*\\son(click|change|load)=.*"), "no inline event handlers");
    }

    @Test
    void aWithdrawnRoleIsGoneAtTheUsersNextRequest() throws Exception {
        browser.get(base + "staff/jobs.xhtml");
        logInAs(IT_USER);
        wait.until(d -> !d.findElements(By.id("jobs:refresh")).isEmpty());
        try (TestDb db = new TestDb()) {
            db.execute("DELETE FROM staff_role WHERE role = 'IT_OPERATIONS'"
                    + " AND staff_member_id = (SELECT id FROM staff_member WHERE feide_user_id = ?)", IT_USER);
        }
        browser.get(base + "staff/jobs.xhtml");
        // the session with the old roles is ended: a new login, which finds the roles as they are now
        assertTrue(browser.getCurrentUrl().contains("/feide/authorize?"), "a new login: " + browser.getCurrentUrl());
        logInAs(IT_USER);
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Ingen tilgang"));
    }

    @Test
    void aFodselsnummerSearchNeverReachesAUrlNotEvenSpacedOrThroughTheLanguageSwitch() {
        openSchool();
        String number = new TestPeople().next().value();
        String spaced = number.substring(0, 6) + " " + number.substring(6);
        Browser.requestedUrls(browser); // forget what came before
        type("search:name", spaced);
        browser.findElement(By.id("search:apply")).click();
        wait.until(d -> count().equals("Ingen elever"));
        browser.findElement(By.linkText("Nynorsk")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Elevar"));
        type("search:name", family);
        browser.findElement(By.id("search:apply")).click();
        wait.until(d -> count().equals("55 elevar"));
        wait.until(d -> { // sort (PrimeFaces replaces the header as the search result arrives)
            d.findElement(By.xpath("//th[.//span[text()='Fødselsdato']]")).click();
            return true;
        });
        waitForFirstName(family + ", Elev00");
        browser.findElement(By.cssSelector(".ui-paginator-next")).click(); // a page
        waitForFirstName(family + ", Elev25");
        List<String> urls = Browser.requestedUrls(browser);
        assertFalse(urls.isEmpty(), "the browser's requests were seen");
        String birthDigits = number.substring(0, 6);
        for (String url : urls) {
            String decoded = java.net.URLDecoder.decode(url, StandardCharsets.UTF_8).replaceAll("[\\s+.-]", "");
            assertFalse(decoded.contains(number) || decoded.contains(birthDigits), "a fødselsnummer in a URL: " + url);
        }
    }

    @Test
    void logoutIsAPostFromVisOwnPagesOnly() throws Exception {
        openSchool();
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newBuilder().build();
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(base + "logout"))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode(), "a link or an image on a foreign page cannot log out");
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create(base + "logout"))
                .header("Cookie", "JSESSIONID=" + session).header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode(), "a form on a foreign site cannot log out");
        browser.get(base + "staff/pupils.xhtml?school=" + schoolId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pupils:table")));
        assertEquals(session, browser.manage().getCookieNamed("JSESSIONID").getValue(), "still logged in");
    }

    @Test
    void formsMayOnlyPostToVisAndTheLoginProvidersAndTlsAnswersWithHsts() throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        var headers = http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.discarding()).headers();
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("form-action 'self' http://127.0.0.1:" + LoginProviderExtension.PORT), csp);
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
        var tls = trustingHttpsClient().send(HttpRequest.newBuilder(
                URI.create("https://127.0.0.1:" + (8443 + Integer.getInteger("it.port.offset", 300)) + "/")).build(),
                HttpResponse.BodyHandlers.discarding()).headers();
        assertTrue(tls.firstValue("Strict-Transport-Security").orElse("").startsWith("max-age=31536000"), tls.map().toString());
    }

    /** A client for the server's own TLS listener, whose certificate is self-signed in tests. */
    private static HttpClient trustingHttpsClient() throws Exception {
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) { }
            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) { }
            public java.security.cert.X509Certificate[] getAcceptedIssuers() { return new java.security.cert.X509Certificate[0]; }
        }}, null);
        return HttpClient.newBuilder().sslContext(trustAll).build();
    }

    private static String sessionCookie(HttpClient http, String root) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(root)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie from " + root));
    }

    private void assertPage(HttpClient http, String path, int status, String text) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), path);
        if (status == 200 && path.startsWith("staff/")) {
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), "pupil pages are never cached");
        }
        assertTrue(response.body().contains(text), path + " should say: " + text);
        assertFalse(response.body().contains("<script>x</script>"), "echoed unescaped: " + path);
        assertFalse(response.body().matches("(?s).*(Exception:|\\.java:\\d).*"), "internals shown: " + path);
        assertFalse(response.body().contains("RES_NOT_FOUND"), "a script or stylesheet of the page is missing: " + path);
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void assertNoAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("a script from the input ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
