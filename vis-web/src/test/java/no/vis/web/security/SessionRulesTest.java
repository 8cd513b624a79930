package no.vis.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The session rules that need no server: the absolute lifetime, and which logout requests come from VIS. */
class SessionRulesTest {

    private static final Instant LOGIN = Instant.parse("2026-12-01T07:00:00Z");
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    @Test
    void aLoginEndsAfterEightHoursHoweverActive() {
        assertFalse(SessionLifetimeFilter.expired(LOGIN, LOGIN.plus(Duration.ofHours(7).plusMinutes(59)), EIGHT_HOURS));
        assertTrue(SessionLifetimeFilter.expired(LOGIN, LOGIN.plus(EIGHT_HOURS), EIGHT_HOURS));
        assertTrue(SessionLifetimeFilter.expired(LOGIN, LOGIN.plus(Duration.ofDays(3)), EIGHT_HOURS));
    }

    @Test
    void onlyVisOwnPagesMayLogOut() {
        String own = "https://vis.example.no";
        assertTrue(LogoutRequestFilter.fromOwnPage("same-origin", "https://vis.example.no", own, own));
        assertTrue(LogoutRequestFilter.fromOwnPage("same-origin", "null", own, own), "VIS's form under no-referrer");
        assertFalse(LogoutRequestFilter.fromOwnPage("cross-site", null, own, own));
        assertFalse(LogoutRequestFilter.fromOwnPage("same-site", own, own, own), "a sibling site");
        assertFalse(LogoutRequestFilter.fromOwnPage(null, "https://evil.example", own, own), "an older browser, foreign origin");
        assertTrue(LogoutRequestFilter.fromOwnPage(null, null, own, own), "an older browser without Origin: SameSite keeps foreign posts out");
    }

    @Test
    void formsMayLeadToEveryLoginOriginAndIdportensLoginHostMayFrameTheLogoutCall() {
        // ID-porten's metadata: discovery on idporten.no, authorize and endsession on login.idporten.no
        var origins = new SecurityHeadersFilter.Origins(java.util.List.of("https://auth.dataporten.no", "https://idporten.no",
                "https://login.idporten.no"), java.util.List.of("https://idporten.no", "https://login.idporten.no"), true);
        String[] policies = SecurityHeadersFilter.policies(origins);
        assertTrue(policies[0].contains("form-action 'self' https://auth.dataporten.no https://idporten.no https://login.idporten.no"),
                policies[0]);
        assertTrue(policies[0].contains("frame-ancestors 'self';") || policies[0].endsWith("frame-ancestors 'self'"), policies[0]);
        assertTrue(policies[1].contains("frame-ancestors 'self' https://idporten.no https://login.idporten.no"), policies[1]);
    }
}
