package no.vis.registers.freg;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vis.registers.AccessTokens;
import no.vis.registers.RegisterException;
import no.vis.registers.RegisterHttp;

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
    private final RegisterHttp http;

    public FregClient(Settings settings, AccessTokens tokens, HttpClient http) {
        this.settings = settings;
        // Folkeregisteret's Retry-After is in milliseconds (its API documentation)
        this.http = new RegisterHttp("Folkeregisteret", new RegisterHttp.Settings(settings.timeout(), settings.maxAttempts(),
                settings.backoff(), true), tokens, http);
    }

    /** A page of the event feed: up to 1000 events from a sequence number, or nothing new (304). */
    public record FeedPage(java.util.List<FeedEvent> events, String etag, boolean notModified) {
    }

    /**
     * The feed from {@code sequence} (inclusive), at most 1000 events.
     *
     * @param etag the previous page's ETag, for "nothing new" without a body (304)
     * @throws RegisterException with status 406 when the sequence number is older than the register
     *         keeps (36 months): the consumer must reload with a full import
     */
    public FeedPage feed(long sequence, String etag) {
        RegisterHttp.Answer answer = http.get(URI.create(settings.baseUrl() + "/v1/hendelser/feed?seq=" + sequence), etag);
        if (answer.status() == 304) {
            return new FeedPage(List.of(), etag, true);
        }
        List<FeedEvent> events = new ArrayList<>();
        try {
            for (JsonValue v : Json.createReader(new StringReader(answer.body())).readArray()) {
                if (v instanceof JsonObject item && item.get("hendelse") instanceof JsonObject event
                        && item.getJsonNumber("sekvensnummer") != null) {
                    events.add(new FeedEvent(item.getJsonNumber("sekvensnummer").longValue(),
                            event.getString("folkeregisteridentifikator", null), event.getString("hendelsetype", "ukjent")));
                }
            }
        } catch (JsonParsingException | ClassCastException e) {
            throw new RegisterException("Folkeregisteret's feed answered with malformed JSON", 200, null);
        }
        return new FeedPage(events, answer.etag(), false);
    }

    /** The latest sequence number in the feed (to start "from now" after a full import). */
    public long latestSequence() {
        RegisterHttp.Answer answer = http.get(URI.create(settings.baseUrl() + "/v1/hendelser/siste/sekvensnummer"), null);
        try {
            return Long.parseLong(answer.body().strip());
        } catch (NumberFormatException e) {
            throw new RegisterException("Folkeregisteret's latest sequence number is not a number", answer.status(), null);
        }
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
        String answer = http.post(URI.create(settings.baseUrl() + "/v1/personer/bulkoppslag" + PARTS), body);
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
                found.put(id, new Lookup(id, null, "not found: "
                        + RegisterException.masked(error == null ? "no person" : error.getString("feilmelding", "no person"))));
            }
        }
        List<Lookup> result = new ArrayList<>();
        for (String id : ids) {
            result.add(found.getOrDefault(id, new Lookup(id, null, "not in the answer")));
        }
        return result;
    }

}
