package no.vis.devtools.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The local provider serves both issuers and completes a code flow with PKCE as a demo user. */
class LocalLoginProviderTest {

    private static LocalLoginProvider provider;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        provider = LocalLoginProvider.start(0); // any free port
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    private static JsonNode get(URI uri) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), uri.toString());
        return JSON.readTree(response.body());
    }

    @Test
    void servesADiscoveryDocumentPerIssuerWithPkceAndEndSession() throws Exception {
        for (String issuer : LocalLoginProvider.ISSUERS) {
            JsonNode discovery = get(provider.discovery(issuer));
            assertEquals(provider.issuer(issuer).toString(), discovery.get("issuer").asString());
            assertTrue(discovery.get("code_challenge_methods_supported").toString().contains("S256"), issuer);
            assertTrue(discovery.has("end_session_endpoint"), issuer);
            assertTrue(discovery.has("jwks_uri"), issuer);
        }
    }

    @Test
    void theLoginPageOffersTheDemoUsers() throws Exception {
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(provider.issuer("feide") + "/authorize?client_id=vis"
                        + "&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%2Fcb&state=s&nonce=n")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("Kari Kontor"), page);
        assertTrue(page.contains("data-issuer=\"idporten\""), "filtered by issuer in the browser");
    }

    @Test
    void aDemoGuardianLogsInWithPkceAndGetsPidAndAcrInTheIdToken() throws Exception {
        LocalLoginProvider.DemoUser user = LocalLoginProvider.DemoUser.all().stream()
                .filter(u -> u.issuer().equals("idporten")).findFirst().orElseThrow();
        String verifier = "a-code-verifier-that-is-long-enough-for-pkce-0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://localhost/callback/idporten";
        URI authorize = URI.create(provider.issuer("idporten") + "/authorize?client_id=vis&response_type=code&scope=openid"
                + "&redirect_uri=" + enc(redirect) + "&state=st4te&nonce=n0nce&code_challenge=" + challenge
                + "&code_challenge_method=S256&acr_values=idporten-loa-substantial");
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(user.formBody()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode());
        String location = login.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(redirect) && location.contains("state=st4te"), location);
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");

        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(provider.issuer("idporten") + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + enc(code)
                        + "&redirect_uri=" + enc(redirect) + "&client_id=vis&client_secret=secret&code_verifier=" + verifier))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String idToken = JSON.readTree(token.body()).get("id_token").asString();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]));
        assertEquals(user.username(), claims.get("sub").asString());
        assertEquals("idporten-loa-substantial", claims.get("acr").asString());
        assertEquals(11, claims.get("pid").asString().length());
        assertEquals("n0nce", claims.get("nonce").asString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
