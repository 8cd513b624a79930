package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Guardians log in with ID-porten (the local provider's issuer idporten) through the real
 * redirects, are matched on pid, and see only the children they may see.
 */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class GuardianLoginIT {

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300)) + "/";
    private WebDriver browser;
    private WebDriverWait wait;
    private String guardianPid;
    private String family;
    private String childFeideId;
    private long guardianId;
    private long childId;
    private long strangersChild;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    /**
     * A guardian with three guardianships: a child of 16 (shown), a pupil who turned 18 (not
     * shown) and a child whose guardianship has ended (not shown).
     */
    @BeforeEach
    void setUp() throws Exception {
        family = "Test" + TestPeople.token();
        guardianPid = TestPeople.adult().value();
        TestPeople people = new TestPeople();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        try (TestDb db = new TestDb()) {
            long county = db.county("94", "Foresattfylket");
            long school = db.school(county, TestPeople.orgNumber(), "Foreldre vgs " + TestPeople.token());
            long vg1 = db.schoolClass(school, 2026, "1STA", "VG1");
            long child = db.pupil(people.next().value(), "Sixteen", family, today.minusYears(16), school, vg1);
            childId = child;
            strangersChild = db.pupil(people.next().value(), "Stranger", family, today.minusYears(16), school, vg1);
            long adult = db.pupil(people.next().value(), "Eighteen", family, today.minusYears(18), school, vg1);
            long former = db.pupil(people.next().value(), "Ended", family, today.minusYears(16), school, vg1);
            childFeideId = java.util.UUID.randomUUID().toString();
            db.linkFeide(child, childFeideId);
            long guardian = db.guardian(guardianPid, "Gudrun", family);
            guardianId = guardian;
            db.guardianship(guardian, child, today.minusYears(16), null);
            db.guardianship(guardian, adult, today.minusYears(18), null);
            db.guardianship(guardian, former, today.minusYears(16), today.minusDays(1));
        }
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** On the provider's page, the free form: any subject with any claims. */
    private void logInWithIdporten(String pid, String acr) {
        logInWithIdporten("{\"pid\": \"" + pid + "\", \"acr\": \"" + acr + "\", \"amr\": [\"TestID\"], \"locale\": \"nb\"}");
    }

    private void logInWithIdporten(String claimsJson) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("idporten-" + TestPeople.token());
        browser.findElement(By.id("claims")).sendKeys(claimsJson);
        browser.findElement(By.cssSelector("#custom button")).click();
    }

    @Test
    void anExpiredIdTokenIsRefusedWithAClearPage() {
        browser.get(base + "guardian/index.xhtml");
        long anHourAgo = java.time.Instant.now().minusSeconds(3600).getEpochSecond();
        logInWithIdporten("{\"pid\": \"" + guardianPid + "\", \"acr\": \"idporten-loa-substantial\", \"exp\": "
                + anHourAgo + ", \"iat\": " + (anHourAgo - 60) + "}");
        wait.until(d -> heading().equals("Ugyldig forespørsel"));
        browser.get(base + "guardian/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/idporten/authorize?"), "not logged in: " + browser.getCurrentUrl());
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    @Test
    void aGuardianSeesOnlyTheChildrenTheyMaySee() throws Exception {
        browser.get(base + "guardian/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/idporten/authorize?"), browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().contains("acr_values=idporten-loa-substantial"), browser.getCurrentUrl());
        logInWithIdporten(guardianPid, "idporten-loa-substantial");
        wait.until(d -> heading().equals("Timeplan for Sixteen"));
        // one child: the child's week at once, no list to choose from; not the pupil of 18 nor the ended one
        assertTrue(browser.findElements(By.id("children")).isEmpty(), "one child: nothing to choose");
        assertTrue(browser.findElement(By.id("child-school")).getText().startsWith("Foreldre vgs"));
        assertTrue(browser.findElement(By.id("child-class")).getText().contains("1STA"));
        assertFalse(browser.getPageSource().contains("Eighteen") || browser.getPageSource().contains("Ended"));
        assertTrue(browser.findElements(By.id("week")).size() == 1, "the week's timetable");

        // another family's child's timetable, by URL: a plain 404, logged
        browser.get(base + "guardian/index.xhtml?child=" + strangersChild);
        wait.until(d -> heading().equals("Siden finnes ikke"));
        assertFalse(browser.getPageSource().contains("Stranger"));

        browser.get(base + "guardian/index.xhtml");
        wait.until(d -> heading().equals("Timeplan for Sixteen"));
        browser.findElement(By.id("child-details")).click();
        wait.until(d -> heading().startsWith("Sixteen"));
        assertTrue(browser.findElement(By.id("school")).getText().startsWith("Foreldre vgs"));

        // another family's child, by URL: a plain 404, and the attempt is in the access log
        browser.get(base + "guardian/child.xhtml?id=" + strangersChild);
        wait.until(d -> heading().equals("Siden finnes ikke"));
        assertFalse(browser.getPageSource().contains("Stranger"));
        browser.get(base + "staff/pupils.xhtml");
        wait.until(d -> heading().equals("Ingen tilgang"));
        assertTrue(browser.findElements(By.id("pupils:table")).isEmpty(), "no pupil list for a guardian");
        browser.get(base + "staff/pupil.xhtml?id=" + childId);
        wait.until(d -> heading().equals("Ingen tilgang"));
        try (TestDb db = new TestDb()) {
            String me = "guardian:" + guardianId;
            assertEquals(2, db.accessLogLines(me, "PUPIL", strangersChild, "REFUSED"), "the timetable and the child page");
            assertEquals(1, db.pageRefusals(me, "/staff/pupils.xhtml"));
            assertEquals(1, db.pageRefusals(me, "/staff/pupil.xhtml"));
            assertTrue(db.accessLogLines(me, "PUPIL", childId, "READ") >= 2, "the child page read is logged");
        }
    }

    @Test
    void aPupilLogsInWithFeideMatchedOnTheFeideUserIdAndSeesOnlyTheirOwnPage() {
        browser.get(base + "pupil/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/feide/authorize?"), browser.getCurrentUrl());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(childFeideId);
        browser.findElement(By.id("claims")).sendKeys("{\"name\": \"Someone Else\"}");
        browser.findElement(By.cssSelector("#custom button")).click();
        wait.until(d -> heading().equals("Hei, Sixteen"));
        assertTrue(browser.findElement(By.id("school")).getText().startsWith("Foreldre vgs"));
        assertEquals("1STA", browser.findElement(By.id("class")).getText());

        browser.get(base + "staff/pupils.xhtml");
        wait.until(d -> heading().equals("Ingen tilgang"));
        browser.get(base + "guardian/index.xhtml");
        wait.until(d -> heading().equals("Ingen tilgang"));
    }

    @Test
    void theLoginProviderIsAskedForTheLanguageTheUserChose() {
        browser.get(base + "index.xhtml");
        browser.findElement(By.linkText("Nynorsk")).click();
        wait.until(d -> "nn".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.get(base + "guardian/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("ui_locales=nn"), browser.getCurrentUrl());
    }

    /**
     * ID-porten's front-channel logout: a call to the callback with the login's {@code sid}, made
     * from ID-porten's hidden frame and so without VIS's cookie, ends that VIS session; the
     * response may be framed by ID-porten and nobody else.
     */
    @Test
    void aFrontChannelLogoutFromIdportenEndsTheVisSession() throws Exception {
        String sid = loggedInWithASid();

        java.net.http.HttpResponse<String> other = frontChannelLogout("sid-of-someone-else");
        assertEquals(200, other.statusCode());
        browser.get(base + "guardian/index.xhtml");
        assertEquals("Timeplan for Sixteen", heading(), "another login's logout leaves this session alone");

        java.net.http.HttpResponse<String> logout = frontChannelLogout(sid);
        assertEquals(200, logout.statusCode());
        String policy = logout.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("frame-ancestors 'self' http://127.0.0.1:" + LoginProviderExtension.PORT), policy);
        assertTrue(logout.headers().firstValue("X-Frame-Options").isEmpty());

        browser.get(base + "guardian/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/idporten/authorize?"), "logged out: " + browser.getCurrentUrl());
    }

    /** The guardian logged in through ID-porten with a session id ({@code sid}) of this test's own. */
    private String loggedInWithASid() {
        String sid = "sid-" + TestPeople.token();
        browser.get(base + "guardian/index.xhtml");
        logInWithIdporten("{\"pid\": \"" + guardianPid + "\", \"acr\": \"idporten-loa-substantial\", \"sid\": \"" + sid + "\"}");
        wait.until(d -> heading().equals("Timeplan for Sixteen"));
        return sid;
    }

    private java.net.http.HttpResponse<String> frontChannelLogout(String sid) throws Exception {
        return frontChannelLogout("http://127.0.0.1:" + LoginProviderExtension.PORT + "/idporten", sid);
    }

    private java.net.http.HttpResponse<String> frontChannelLogout(String iss, String sid) throws Exception {
        String query = (iss == null ? "" : "iss=" + java.net.URLEncoder.encode(iss, java.nio.charset.StandardCharsets.UTF_8) + "&")
                + "sid=" + sid;
        return java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "callback/idporten?" + query)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFrontChannelLogoutWithAnotherOrNoIssuerEndsNothing() throws Exception {
        String sid = loggedInWithASid();
        assertEquals(400, frontChannelLogout("https://evil.example/idporten", sid).statusCode());
        assertEquals(400, frontChannelLogout(null, sid).statusCode());
        var http = java.net.http.HttpClient.newHttpClient();
        assertEquals(400, http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base + "callback/idporten?sid=" + sid + "&state=x")).build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode(), "a sid with a state is no way around the issuer check");
        assertEquals(400, http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base + "callback/idporten?logout_token=eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode(), "no back-channel logout token");
        assertEquals(400, frontChannelLogout("http://127.0.0.1:" + LoginProviderExtension.PORT + "/feide", sid).statusCode(),
                "Feide's issuer for ID-porten's client");
        browser.get(base + "guardian/index.xhtml");
        assertEquals("Timeplan for Sixteen", heading(), "still logged in");
    }

    @Test
    void logoutPutsNoTokenAndNoFodselsnummerInAnyUrl() {
        browser.get(base + "guardian/index.xhtml");
        logInWithIdporten(guardianPid, "idporten-loa-substantial");
        wait.until(d -> heading().equals("Timeplan for Sixteen"));
        Browser.requestedUrls(browser); // what came before: the login itself
        browser.findElement(By.id("logout")).click();
        wait.until(d -> d.findElements(By.id("logout")).isEmpty() && d.getCurrentUrl().startsWith(base));
        java.util.List<String> urls = Browser.requestedUrls(browser);
        assertTrue(urls.stream().anyMatch(u -> u.contains("/idporten/endsession") && u.contains("client_id=")),
                "logged out at the provider with the client id: " + urls);
        for (String url : urls) {
            assertFalse(url.contains("id_token_hint") || url.contains("eyJ"), "a token in a URL: " + url);
            assertFalse(url.contains(guardianPid), "a fødselsnummer in a URL: " + url);
        }
        browser.get(base + "guardian/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/idporten/authorize?"), "logged out: " + browser.getCurrentUrl());
    }

    @Test
    void aLoginWithTooLowAssuranceIsRefusedWithAClearPage() {
        browser.get(base + "guardian/index.xhtml");
        logInWithIdporten(guardianPid, "idporten-loa-low");
        wait.until(d -> heading().equals("Ugyldig forespørsel"));
        assertTrue(browser.getPageSource().contains("for lavt sikkerhetsnivå"));
        browser.get(base + "guardian/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/idporten/authorize?"), "not logged in: " + browser.getCurrentUrl());
    }

    @Test
    void aPersonVisDoesNotKnowLearnsNothingElse() {
        browser.get(base + "guardian/index.xhtml");
        logInWithIdporten("01819912323", "idporten-loa-high");
        wait.until(d -> heading().equals("Du er ikke registrert i VIS"));
        assertTrue(browser.findElements(By.cssSelector(".vis-child")).isEmpty());
    }
}
