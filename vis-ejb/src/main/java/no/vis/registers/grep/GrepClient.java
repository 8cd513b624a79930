package no.vis.registers.grep;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.vis.registers.RegisterException;
import no.vis.registers.RegisterHttp;

/**
 * Udir's Grep, REST API v201906 (open: no token). A type's list ({@code GET {base}/{type}}, one
 * call, every element in brief) and its elements ({@code GET {base}/{type}/{kode}}), fetched in
 * parallel, at most {@code parallel} at a time. 5xx answers and timeouts are retried with backoff
 * and jitter ({@link RegisterHttp}); an element Grep does not have (404) or cannot be read is
 * reported with the reason, not lost.
 */
public final class GrepClient implements AutoCloseable {

    /**
     * Base URL ({@code https://data.udir.no/kl06/v201906}), the timeout of an element's answer and of a
     * list's (a list of tens of thousands of kompetansemål is megabytes), retries, parallel element fetches.
     */
    public record Settings(URI baseUrl, Duration timeout, Duration listTimeout, int maxAttempts, Duration backoff, int parallel) {
    }

    /**
     * An entry of a type's list: its code, Grep's status and sist-endret as the list gives them, and
     * — where the entry is a whole element (kompetansemål) — the element; or the problem.
     */
    public record ListEntry(int index, String code, String status, String changed, GrepElement element, String problem) {
    }

    /** An element fetched: parsed, or the problem (then {@code element} is null). */
    public record Fetched(String code, GrepElement element, String problem) {
    }

    private final Settings settings;
    private final RegisterHttp http;
    private final RegisterHttp lists;
    private final ExecutorService pool;

    public GrepClient(Settings settings, HttpClient http) {
        this.settings = settings;
        this.http = new RegisterHttp("Grep", new RegisterHttp.Settings(settings.timeout(), settings.maxAttempts(),
                settings.backoff(), false), null, http);
        this.lists = new RegisterHttp("Grep", new RegisterHttp.Settings(settings.listTimeout(), settings.maxAttempts(),
                settings.backoff(), false), null, http);
        this.pool = Executors.newFixedThreadPool(Math.max(1, settings.parallel()), r -> {
            Thread t = new Thread(r, "grep-fetch");
            t.setDaemon(true);
            return t;
        });
    }

    /** Every element of the type in brief, in Grep's order. */
    public List<ListEntry> list(GrepType type) {
        String body = lists.get(URI.create(settings.baseUrl() + "/" + type.path()), null).body();
        JsonArray array;
        try {
            array = Json.createReader(new StringReader(body)).readArray();
        } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
            throw new RegisterException("Grep's list of " + type.path() + " is not a JSON array", 200, null);
        }
        List<ListEntry> entries = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            entries.add(entry(type, i, array.get(i)));
        }
        return entries;
    }

    static ListEntry entry(GrepType type, int index, JsonValue value) {
        if (!(value instanceof JsonObject o)) {
            return new ListEntry(index, null, null, null, null, "list entry " + index + " is not an object");
        }
        String code;
        try {
            code = GrepParser.code(o);
        } catch (MalformedElementException e) {
            return new ListEntry(index, null, null, null, null, "list entry " + index + ": " + e.getMessage());
        }
        String status = GrepParser.status(o.get("status"));
        String changed = o.get("sist-endret") instanceof jakarta.json.JsonString s ? s.getString() : null;
        GrepElement element = null;
        String problem = null;
        if (type.listIsEnough()) {
            try {
                element = GrepParser.parse(type, o);
            } catch (MalformedElementException e) {
                problem = e.getMessage();
            }
        }
        return new ListEntry(index, code, status, changed, element, problem);
    }

    /** The elements with these codes, in the order asked, fetched in parallel. */
    public List<Fetched> items(GrepType type, List<String> codes) {
        List<Future<Fetched>> futures = new ArrayList<>();
        for (String code : codes) {
            futures.add(pool.submit(() -> item(type, code)));
        }
        List<Fetched> result = new ArrayList<>();
        for (Future<Fetched> f : futures) {
            try {
                result.add(f.get());
            } catch (ExecutionException e) {
                futures.forEach(other -> other.cancel(true));
                throw e.getCause() instanceof RuntimeException r ? r : new RegisterException("Grep: " + e.getCause(), 0, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegisterException("interrupted", 0, null);
            }
        }
        return result;
    }

    /** One element. */
    public Fetched item(GrepType type, String code) {
        String body;
        try {
            body = http.get(URI.create(settings.baseUrl() + "/" + type.path() + "/"
                    + URLEncoder.encode(code, StandardCharsets.UTF_8)), null).body();
        } catch (RegisterException e) {
            if (e.status() == 404) {
                return new Fetched(code, null, "not found in Grep");
            }
            throw e;
        }
        try {
            GrepElement element = GrepParser.parse(type, Json.createReader(new StringReader(body)).readValue());
            return element.code().equals(code) ? new Fetched(code, element, null)
                    : new Fetched(code, null, "answered with another kode");
        } catch (JsonParsingException e) {
            return new Fetched(code, null, "malformed JSON");
        } catch (MalformedElementException e) {
            return new Fetched(code, null, "malformed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
