package no.vis.registers;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Maskinporten access tokens by the JWT grant: an assertion signed (RS256) with the county's
 * business certificate key, exchanged at the token endpoint, cached until shortly before it
 * expires. One instance per scope.
 */
public final class MaskinportenTokens implements AccessTokens {

    /** Where and as whom: token endpoint, audience (Maskinporten's issuer), client id, scope, key. */
    public record Settings(URI tokenUrl, String audience, String clientId, String scope, PrivateKey key, String keyId,
                           Duration timeout) {

        @Override
        public String toString() {
            return "Maskinporten[" + tokenUrl + ", " + scope + "]"; // never the key
        }
    }

    private static final Duration MARGIN = Duration.ofSeconds(10);

    private final Settings settings;
    private final HttpClient http;
    private String token;
    private Instant expires = Instant.MIN;

    public MaskinportenTokens(Settings settings, HttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public synchronized String token() {
        if (token == null || Instant.now().isAfter(expires.minus(MARGIN))) {
            fetch();
        }
        return token;
    }

    @Override
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&assertion=" + grant();
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(settings.tokenUrl()).timeout(settings.timeout())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RegisterException("Maskinporten unreachable: " + e.getClass().getSimpleName(), 0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegisterException("interrupted", 0, null);
        }
        if (response.statusCode() != 200) {
            throw new RegisterException("Maskinporten refused the grant (HTTP " + response.statusCode() + ")",
                    response.statusCode(), null);
        }
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        token = body.getString("access_token");
        expires = Instant.now().plusSeconds(body.getInt("expires_in", 60));
    }

    /** The signed JWT grant. */
    String grant() {
        long now = Instant.now().getEpochSecond();
        String header = Json.createObjectBuilder().add("alg", "RS256").add("kid", settings.keyId()).build().toString();
        String claims = Json.createObjectBuilder().add("aud", settings.audience()).add("iss", settings.clientId())
                .add("scope", settings.scope()).add("iat", now).add("exp", now + 100)
                .add("jti", UUID.randomUUID().toString()).build().toString();
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(settings.key());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the Maskinporten grant", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
