package no.vis.devtools.registers;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for Udir's Grep (REST API v201906), served under {@code /grep/kl06/v201906} by the
 * register simulators' HTTP server: {@code GET …/{type}} lists every element in brief ({@code id},
 * {@code kode}, {@code uri}, {@code url-data}, {@code tittel}, {@code grep-type}, {@code status},
 * {@code sist-endret}) and {@code GET …/{type}/{kode}} answers the whole element (404 when there
 * is none). The elements are a snapshot in Grep's shape (resources {@code grep/*.json}: the demo
 * county's subjects, see {@code scripts/grep-snapshot}), plus, on request ({@link #scale(int)}),
 * synthetic families in the same shape: per unit one læreplan, two kompetansemålsett of twelve
 * kompetansemål, two opplæringsfag and four fagkoder, and one programområde per two units — a
 * national-size catalogue. Tests change titles and status, break or hide an element.
 */
public final class GrepSimulator {

    public static final String PATH = "/grep/kl06/v201906";
    /** The most synthetic units whose codes stay distinct (and distinct from real ones). */
    public static final int MAX_SCALE = 1352;
    private static final String BASE = "https://data.udir.no/kl06/v201906";
    static final List<String> TYPES = List.of("utdanningsprogram", "programomraader", "laereplaner-lk20", "kompetansemaalsett-lk20",
            "kompetansemaal-lk20", "opplaeringsfag", "fagkoder");

    /** type → code → element; insertion order is Grep's order. */
    private final Map<String, Map<String, JsonObject>> snapshot = new ConcurrentHashMap<>();
    private final Map<String, Map<String, JsonObject>> synthetic = new ConcurrentHashMap<>();
    /** Elements served malformed (type:code) and hidden (Grep no longer lists them). */
    private final Map<String, Boolean> malformed = new ConcurrentHashMap<>();
    private final Map<String, Boolean> hidden = new ConcurrentHashMap<>();
    private volatile int scale;
    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

    public GrepSimulator() {
        for (String type : TYPES) {
            try (InputStream in = GrepSimulator.class.getResourceAsStream("grep/" + type + ".json")) {
                Map<String, JsonObject> elements = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
                for (JsonValue v : Json.createReader(in).readArray()) {
                    JsonObject o = v.asJsonObject();
                    elements.put(o.getString("kode"), o);
                }
                snapshot.put(type, elements);
                synthetic.put(type, java.util.Collections.synchronizedMap(new LinkedHashMap<>()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Requests answered so far. */
    public long requests() {
        return requests.get();
    }

    /** How many elements of the type Grep lists now. */
    public int count(String type) {
        return (int) (snapshot.get(type).keySet().stream().filter(c -> !hidden.containsKey(type + ":" + c)).count()
                + synthetic.get(type).size());
    }

    /** Synthetic families in Grep's shape besides the snapshot: {@code units} læreplaner with their sets, aims, subjects and codes. */
    public synchronized void scale(int units) {
        if (units < 0 || units > MAX_SCALE) {
            throw new IllegalArgumentException("scale 0-" + MAX_SCALE);
        }
        this.scale = units;
        synthetic.values().forEach(Map::clear);
        for (int i = 0; i < units; i++) {
            String letters = letters(i);
            String plan = letters + "01-01";
            String title = "Syntetisk fag " + letters;
            List<String> sets = List.of("KV8" + String.format("%05d", 2 * i), "KV8" + String.format("%05d", 2 * i + 1));
            List<String> subjects = List.of(letters + "1Z01", letters + "2Z01");
            put("laereplaner-lk20", element("laereplaner-lk20", "laereplan_lk20", plan, "Læreplan i " + title.toLowerCase())
                    .add("kompetansemaalsett", refs("kompetansemaalsett-lk20", sets)).add("erstattes-av", Json.createArrayBuilder()));
            for (int s = 0; s < 2; s++) {
                JsonArrayBuilder aims = Json.createArrayBuilder();
                for (int a = 0; a < 12; a++) {
                    String km = "KM8" + String.format("%06d", (2 * i + s) * 12 + a);
                    aims.add(ref("kompetansemaal-lk20", km));
                    put("kompetansemaal-lk20", element("kompetansemaal-lk20", "kompetansemaal_lk20", km,
                            "utforske og gjøre rede for emne " + (a + 1) + " i " + title.toLowerCase() + " vg" + (s + 1))
                            .add("tilhoerer-kompetansemaalsett", ref("kompetansemaalsett-lk20", sets.get(s))));
                }
                put("kompetansemaalsett-lk20", element("kompetansemaalsett-lk20", "kompetansemaalsett_lk20", sets.get(s),
                        "Kompetansemål og vurdering " + title.toLowerCase() + " vg" + (s + 1))
                        .add("etter-fag", Json.createArrayBuilder().add(ref("opplaeringsfag", subjects.get(s))))
                        .add("tilhoerer-laereplan", ref("laereplaner-lk20", plan))
                        .add("etter-aarstrinn", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kode", "vg" + (s + 1))))
                        .add("kompetansemaal", aims));
                List<String> codes = List.of(letters + (s + 1) + "001", letters + (s + 1) + "002");
                put("opplaeringsfag", element("opplaeringsfag", "opplaeringsfag", subjects.get(s), title + " vg" + (s + 1))
                        .add("fagkode-referanser", refs("fagkoder", codes))
                        .add("laereplan-referanse", Json.createArrayBuilder().add(ref("laereplaner-lk20", plan)))
                        .add("programomraader-referanse", Json.createArrayBuilder().add(ref("programomraader", "Q" + letters + (s + 1) + "---")))
                        .add("for-aarstrinn", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kode", "vg" + (s + 1)))));
                for (int c = 0; c < 2; c++) {
                    put("fagkoder", element("fagkoder", "fagkode", codes.get(c), title + " vg" + (s + 1) + (c == 1 ? ", muntlig" : ""))
                            .add("opplaeringsfag", Json.createArrayBuilder().add(ref("opplaeringsfag", subjects.get(s))))
                            .add("vurderingsordning", Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder().add("vurderingsordning-for", Json.createObjectBuilder().add("kode", "elev"))
                                            .add("standpunktvurdering", c == 0).add("eksamensordninger", Json.createArrayBuilder()))
                                    .add(Json.createObjectBuilder().add("vurderingsordning-for", Json.createObjectBuilder().add("kode", "privatist"))
                                            .add("standpunktvurdering", false).add("eksamensordninger", Json.createArrayBuilder()
                                                    .add(Json.createObjectBuilder()
                                                            .add("eksamensform", Json.createObjectBuilder().add("kode", c == 0
                                                                    ? "eksamensform_skriftlig" : "eksamensform_muntlig"))
                                                            .add("oppgave", Json.createObjectBuilder().add("kode", "oppgave_lokalgitt")))))));
                }
            }
            if (i % 2 == 0) {
                for (int s = 1; s <= 2; s++) {
                    put("programomraader", element("programomraader", "programomraade", "Q" + letters + s + "---", title + " vg" + s)
                            .add("utdanningsprogram-referanse", Json.createArrayBuilder().add(ref("utdanningsprogram", "TP")))
                            .add("aarstrinn", Json.createObjectBuilder().add("kode", "vg" + s)));
                }
            }
        }
    }

    private void put(String type, JsonObjectBuilder element) {
        JsonObject o = element.build();
        synthetic.get(type).put(o.getString("kode"), o);
    }

    /** Three capital letters for unit i, starting with Q or X: no Grep subject's prefix does (the snapshot's are real ones). */
    private static String letters(int i) {
        return "" + (i / 676 % 2 == 0 ? 'Q' : 'X') + (char) ('A' + (i / 26) % 26) + (char) ('A' + i % 26);
    }

    private static JsonObjectBuilder element(String type, String grepType, String code, String title) {
        return Json.createObjectBuilder().add("id", "uuid:" + java.util.UUID.nameUUIDFromBytes((type + code).getBytes(StandardCharsets.UTF_8)))
                .add("kode", code).add("uri", "http://psi.udir.no/kl06/" + code).add("url-data", BASE + "/" + type + "/" + code)
                .add("tittel", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("spraak", BASE + "/spraak/nob").add("verdi", title))
                        .add(Json.createObjectBuilder().add("spraak", "default").add("verdi", title)))
                .add("grep-type", "http://psi.udir.no/ontologi/kl06/" + grepType)
                .add("status", BASE + "/status/status_publisert").add("sist-endret", "2025-06-02T08:00:00");
    }

    private static JsonObjectBuilder ref(String type, String code) {
        return Json.createObjectBuilder().add("kode", code).add("uri", "http://psi.udir.no/kl06/" + code)
                .add("url-data", BASE + "/" + type + "/" + code).add("status", BASE + "/status/status_publisert");
    }

    private static JsonArrayBuilder refs(String type, List<String> codes) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        codes.forEach(c -> a.add(ref(type, c)));
        return a;
    }

    // ---- a test's changes (each moves sist-endret, as Grep does)

    /** The element's bokmål and default title become this. */
    public void retitle(String type, String code, String title) {
        JsonObject e = get(type, code);
        JsonArrayBuilder titles = Json.createArrayBuilder();
        for (JsonValue t : e.getJsonArray("tittel")) {
            String language = t.asJsonObject().getString("spraak");
            if (language.endsWith("/nob") || language.equals("default")) {
                titles.add(Json.createObjectBuilder().add("spraak", language).add("verdi", title));
            } else {
                titles.add(t);
            }
        }
        replace(type, code, Json.createObjectBuilder(e).add("tittel", titles));
    }

    /** The element's status becomes {@code publisert} or {@code utgaatt}. */
    public void status(String type, String code, String status) {
        replace(type, code, Json.createObjectBuilder(get(type, code)).add("status", BASE + "/status/status_" + status));
    }

    /** From now on the element's answer lacks its title (the list still names it). */
    public void breakElement(String type, String code) {
        malformed.put(type + ":" + code, true);
        replace(type, code, Json.createObjectBuilder(get(type, code)));
    }

    /** Grep no longer lists the element, and answers 404 for it. */
    public void hide(String type, String code) {
        hidden.put(type + ":" + code, true);
    }

    /** Everything as in the snapshot again. */
    public void reset() {
        malformed.clear();
        hidden.clear();
        snapshot.clear();
        GrepSimulator fresh = new GrepSimulator();
        snapshot.putAll(fresh.snapshot);
        scale(scale);
    }

    private JsonObject get(String type, String code) {
        JsonObject e = snapshot.get(type).get(code);
        if (e == null) {
            e = synthetic.get(type).get(code);
        }
        if (e == null) {
            throw new IllegalArgumentException("no " + type + " " + code);
        }
        return e;
    }

    private void replace(String type, String code, JsonObjectBuilder changed) {
        String now = LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC).toString();
        JsonObject o = changed.add("sist-endret", now).build();
        if (snapshot.get(type).containsKey(code)) {
            snapshot.get(type).put(code, o);
        } else {
            synthetic.get(type).put(code, o);
        }
    }

    // ---- HTTP

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "{\"message\":\"GET only\"}");
                return;
            }
            String rest = exchange.getRequestURI().getPath().substring(PATH.length());
            String[] parts = rest.replaceAll("^/+|/+$", "").split("/");
            String type = parts.length > 0 ? URLDecoder.decode(parts[0], StandardCharsets.UTF_8) : "";
            if (!snapshot.containsKey(type) || parts.length > 2) {
                send(exchange, 404, "{\"message\":\"Not found\"}");
                return;
            }
            if (parts.length == 1) {
                send(exchange, 200, list(type));
                return;
            }
            String code = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            JsonObject e = snapshot.get(type).get(code);
            if (e == null) {
                e = synthetic.get(type).get(code);
            }
            if (e == null || hidden.containsKey(type + ":" + code)) {
                send(exchange, 404, "{\"message\":\"Fant ikke " + type + " med kode\"}");
                return;
            }
            if (malformed.containsKey(type + ":" + code)) {
                e = Json.createObjectBuilder(e).add("tittel", 42).build();
            }
            send(exchange, 200, e.toString());
        }
    }

    private String list(String type) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Map<String, JsonObject> source : List.of(snapshot.get(type), synthetic.get(type))) {
            List<JsonObject> elements;
            synchronized (source) {
                elements = List.copyOf(source.values());
            }
            for (JsonObject e : elements) {
                if (hidden.containsKey(type + ":" + e.getString("kode"))) {
                    continue;
                }
                JsonObjectBuilder brief = Json.createObjectBuilder();
                for (String key : List.of("id", "kode", "uri", "url-data", "tittel", "grep-type", "status", "sist-endret")) {
                    if (e.containsKey(key)) {
                        brief.add(key, e.get(key));
                    }
                }
                list.add(brief);
            }
        }
        return list.build().toString();
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // nothing to answer
        }
    }

    static JsonArray parse(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
