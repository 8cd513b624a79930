package no.vis.registers.freg;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.vis.registers.AccessTokens;
import no.vis.registers.RegisterException;

/**
 * Folkeregisteret, "offentlig med hjemmel": bulk lookup of up to 1000 persons with
 * {@code part=person-basis&part=relasjon-utvidet}. 429 waits the {@code Retry-After} the register
 * asks for (milliseconds, per the API); 5xx answers and timeouts are retried with exponential
 * backoff and jitter; a refused token is fetched again once; anything else fails with the
 * register's {@code kode} and {@code melding}. Each person comes back parsed, or with the reason it
 * could not be (not found, malformed) — nothing is lost silently.
 */
public final class FregClient {

    public static final int MAX_IDS = 1000;
    private static final String PARTS = "?part=person-basis&part=relasjon-utvidet";

    /** Base URL (…/folkeregisteret/offentlig-med-hjemmel/api), timeouts and retries. */
    public record Settings(URI baseUrl, Duration timeout, int maxAttempts, Duration backoff) {
    }

    /** One person asked for: parsed, or the problem (then {@code person} is null). */
    public record Lookup(String requested, FregPerson person, String problem) {

        @Override
        public String toString() {
            return "Lookup[" + (person != null ? "found" : problem) + "]";
        }
    }

    private final Settings settings;
    private final AccessTokens tokens;
    private final HttpClient http;

    public FregClient(Settings settings, AccessTokens tokens, HttpClient http) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
    }

    /** The persons with these identity numbers, in the order asked. */
    public List<Lookup> bulkLookup(List<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids per call");
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        ids.forEach(numbers::add);
        String body = Json.createObjectBuilder().add("foedselsEllerDNummer", numbers).build().toString();
        String answer = post(URI.create(settings.baseUrl() + "/v1/personer/bulkoppslag" + PARTS), body);
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(answer)).readObject();
        } catch (JsonParsingException e) {
            throw new RegisterException("Folkeregisteret answered with malformed JSON", 200, null);
        }
        Map<String, Lookup> found = new HashMap<>();
        for (JsonValue v : json.getJsonArray("oppslag") == null ? List.<JsonValue>of() : json.getJsonArray("oppslag")) {
            if (!(v instanceof JsonObject oppslag) || oppslag.getString("foedselsEllerDNummer", null) == null) {
                continue;
            }
            String id = oppslag.getString("foedselsEllerDNummer");
            if (oppslag.get("folkeregisterperson") instanceof JsonObject person) {
                try {
                    found.put(id, new Lookup(id, FregPersonParser.parse(person), null));
                } catch (MalformedRecordException e) {
                    found.put(id, new Lookup(id, null, "malformed record: " + e.getMessage()));
                }
            } else {
                JsonObject error = oppslag.getJsonObject("feilmelding");
                found.put(id, new Lookup(id, null, "not found: " + (error == null ? "no person" : error.getString("feilmelding", "no person"))));
            }
        }
        List<Lookup> result = new ArrayList<>();
        for (String id : ids) {
            result.add(found.getOrDefault(id, new Lookup(id, null, "not in the answer")));
        }
        return result;
    }

    private String post(URI uri, String body) {
        String lastProblem = "";
        boolean tokenRenewed = false;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(uri).timeout(settings.timeout())
                        .header("Authorization", "Bearer " + tokens.token())
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                lastProblem = "timeout";
                pause(backoff(attempt));
                continue;
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName();
                pause(backoff(attempt));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegisterException("interrupted", 0, null);
            }
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if (status == 429) {
                lastProblem = "429";
                pause(retryAfter(response).orElse(backoff(attempt)));
            } else if (status >= 500) {
                lastProblem = "HTTP " + status;
                pause(backoff(attempt));
            } else if (status == 401 && !tokenRenewed) {
                tokens.invalidate();
                tokenRenewed = true;
                attempt--; // a renewed token is not a retry
            } else {
                throw failure(response);
            }
        }
        throw new RegisterException("Folkeregisteret did not answer after " + settings.maxAttempts() + " attempts ("
                + lastProblem + ")", 0, null);
    }

    private static RegisterException failure(HttpResponse<String> response) {
        String code = null;
        String message = "";
        try {
            JsonObject error = Json.createReader(new StringReader(response.body())).readObject();
            code = error.getString("kode", null);
            message = error.getString("melding", "");
        } catch (RuntimeException notJson) {
            // the status says enough
        }
        return new RegisterException("Folkeregisteret refused the call: HTTP " + response.statusCode()
                + (code == null ? "" : " " + code + " " + message), response.statusCode(), code);
    }

    /** Retry-After in milliseconds, as Folkeregisteret's API documents it. */
    private static java.util.Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return java.util.Optional.of(Duration.ofMillis(Math.min(60_000, Long.parseLong(v.strip()))));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private Duration backoff(int attempt) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 1, 6);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegisterException("interrupted", 0, null);
        }
    }
}
