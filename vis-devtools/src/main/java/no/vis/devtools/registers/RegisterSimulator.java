package no.vis.devtools.registers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import no.vis.batch.democounty.DemoPopulation;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.PersonName;

/**
 * Stand-ins for Maskinporten and Folkeregisteret ("offentlig med hjemmel") on localhost, serving
 * the people {@code demo-county} writes ({@link DemoPopulation}), real HTTP and JSON as the
 * published API: {@code POST …/v1/personer/bulkoppslag} (≤ 1000 ids, {@code oppslag[]} with
 * {@code folkeregisterperson} or {@code feilmelding}) and {@code GET …/v1/personer/{id}}, behind
 * bearer tokens from {@code POST /maskinporten/token} (JWT grant). Faults by configuration: a share
 * of 500s (with Skatteetaten's error body), of slow answers (timeouts), of 429 with
 * {@code Retry-After}, and of malformed records.
 */
public final class RegisterSimulator implements AutoCloseable {

    public static final String FREG_PATH = "/folkeregisteret/offentlig-med-hjemmel/api";

    /** Shares (0–1) of calls answered 500, answered too late, answered 429; of records made malformed. */
    public record Faults(double serverErrors, double timeouts, double tooManyRequests, double malformedRecords) {
        public static final Faults NONE = new Faults(0, 0, 0, 0);

        /** From text such as {@code 500=0.05,timeout=0.02,429=0.01,malformed=0.01}. */
        public static Faults parse(String text) {
            if (text == null || text.isBlank()) {
                return NONE;
            }
            Map<String, Double> v = new ConcurrentHashMap<>();
            for (String part : text.split(",")) {
                String[] kv = part.split("=");
                v.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
            }
            return new Faults(v.getOrDefault("500", 0.0), v.getOrDefault("timeout", 0.0), v.getOrDefault("429", 0.0),
                    v.getOrDefault("malformed", 0.0));
        }
    }

    private final HttpServer server;
    private final DemoPopulation population;
    private volatile Faults faults;
    private final long slowMillis;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    /** The event feed: element n has sequence number n + 1 (identity, hendelsetype, time). */
    private final java.util.List<String[]> events = new java.util.ArrayList<>();
    private volatile long oldestKept = 1;
    /** Changes to the population (a scenario): identity → the person now, or empty for "not found". */
    private final Map<String, Optional<DemoPopulation.Person>> changes = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong injected = new AtomicLong();

    private RegisterSimulator(HttpServer server, DemoPopulation population, Faults faults, long slowMillis) {
        this.server = server;
        this.population = population;
        this.faults = faults;
        this.slowMillis = slowMillis;
    }

    /**
     * Starts on 127.0.0.1:port.
     *
     * @param slowMillis how long a "timeout" answer takes (longer than the client waits)
     */
    public static RegisterSimulator start(int port, DemoPopulation population, Faults faults, long slowMillis) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        RegisterSimulator simulator = new RegisterSimulator(server, population, faults, slowMillis);
        server.createContext("/maskinporten/token", simulator::token);
        server.createContext(FREG_PATH + "/v1/personer", simulator::persons);
        server.createContext("/rest/v1/personer", simulator::krr);
        server.createContext(FREG_PATH + "/v1/hendelser", simulator::feed);
        server.setExecutor(Executors.newCachedThreadPool()); // a slow answer must not hold up the others
        server.start();
        return simulator;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** From now on the register fails like this (a test's bad night). */
    public void setFaults(Faults faults) {
        this.faults = faults;
    }

    /** From now on the register says this about the person (a night of changes, a test's scenario); an event tells. */
    public void change(DemoPopulation.Person person) {
        change(person, person.pupil() ? "endringIForeldreansvar" : "personErOppdatert");
    }

    /** As {@link #change(DemoPopulation.Person)}, with the event type the feed shows. */
    public void change(DemoPopulation.Person person, String eventType) {
        changes.put(person.identity(), Optional.of(person));
        synchronized (events) {
            events.add(new String[] {person.identity(), eventType, Instant.now().toString()});
        }
    }

    /** Events before this sequence number are gone (older than the register keeps): asking for them gives 406. */
    public void forgetEventsBefore(long sequence) {
        oldestKept = sequence;
    }

    /** The feed's latest sequence number (0: none yet). */
    public long latestSequence() {
        synchronized (events) {
            return events.size();
        }
    }

    /** From now on the register does not know the identity number. */
    public void forget(String identity) {
        changes.put(identity, Optional.empty());
    }

    private Optional<DemoPopulation.Person> lookup(String identity) {
        Optional<DemoPopulation.Person> changed = changes.get(identity);
        return changed != null ? changed : population.person(identity);
    }

    /** Calls to Folkeregisteret so far, and how many got an injected fault. */
    public long calls() {
        return calls.get();
    }

    public long faultsInjected() {
        return injected.get();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    // ---- Maskinporten

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, error("invalid_request", "POST only"));
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String assertion = form.get("assertion");
            if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type")) || assertion == null) {
                send(exchange, 400, error("unsupported_grant_type", "a JWT grant is required"));
                return;
            }
            JsonObject claims;
            try {
                String[] parts = assertion.split("\\.");
                if (parts.length != 3 || parts[2].isEmpty()) {
                    throw new IllegalArgumentException("not a signed JWT");
                }
                claims = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]),
                        StandardCharsets.UTF_8))).readObject();
            } catch (RuntimeException e) {
                send(exchange, 400, error("invalid_grant", "the assertion is not a signed JWT"));
                return;
            }
            long now = Instant.now().getEpochSecond();
            if (!claims.containsKey("iss") || !claims.containsKey("scope") || !claims.containsKey("aud")
                    || !claims.containsKey("jti") || claims.getJsonNumber("iat") == null || claims.getJsonNumber("exp") == null
                    || claims.getJsonNumber("exp").longValue() < now
                    || claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue() > 120
                    || Math.abs(claims.getJsonNumber("iat").longValue() - now) > 10) {
                send(exchange, 400, error("invalid_grant",
                        "iss, aud, scope, jti, iat (±10 s) and exp (at most 120 s after iat, not passed) are required"));
                return;
            }
            tokens.values().removeIf(expiry -> expiry.isBefore(Instant.now()));
            String token = "sim-" + UUID.randomUUID();
            tokens.put(token, Instant.now().plusSeconds(120));
            send(exchange, 200, Json.createObjectBuilder().add("access_token", token).add("token_type", "Bearer")
                    .add("expires_in", 120).add("scope", claims.getString("scope")).build().toString());
        }
    }

    /** Whether the request carries a token this Maskinporten issued and that has not expired; else a 401 is sent. */
    private boolean authorized(HttpExchange exchange, String code) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        Instant expiry = auth == null || !auth.startsWith("Bearer ") ? null : tokens.get(auth.substring(7));
        if (expiry == null || expiry.isBefore(Instant.now())) {
            send(exchange, 401, feilmelding(code, "Ugyldig eller utløpt token"));
            return false;
        }
        return true;
    }

    private static String error(String code, String description) {
        return Json.createObjectBuilder().add("error", code).add("error_description", description).build().toString();
    }

    // ---- Folkeregisteret's event feed

    private void feed(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange, "FREG-401")) {
                return;
            }
            String path = exchange.getRequestURI().getPath().substring((FREG_PATH + "/v1/hendelser").length());
            if (path.equals("/siste/sekvensnummer")) {
                send(exchange, 200, Long.toString(latestSequence()));
                return;
            }
            String query = exchange.getRequestURI().getQuery();
            if (!path.equals("/feed") || query == null || !query.matches("seq=\\d{1,18}")) {
                send(exchange, 400, feilmelding("FREG-400", "seq er påkrevd"));
                return;
            }
            long seq = Long.parseLong(query.substring(4));
            if (seq < oldestKept) {
                send(exchange, 406, feilmelding("FREG-406", "Sekvensnummer kan ikke være mere enn 36 måneder gammelt"));
                return;
            }
            String etag;
            boolean notModified;
            JsonArrayBuilder page = Json.createArrayBuilder();
            synchronized (events) { // the ETag and the page from the same state of the feed
                etag = "\"" + seq + "-" + events.size() + "\"";
                notModified = etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
                if (!notModified) {
                    for (long n = seq; n <= events.size() && n < seq + 1000; n++) {
                        String[] e = events.get((int) (n - 1));
                        page.add(Json.createObjectBuilder().add("sekvensnummer", n).add("hendelse", Json.createObjectBuilder()
                                .add("folkeregisteridentifikator", e[0]).add("hendelsetype", e[1])
                                .add("hendelsesdokument", UUID.nameUUIDFromBytes((n + "h").getBytes(StandardCharsets.UTF_8)).toString())
                                .add("persondokument", UUID.nameUUIDFromBytes((n + "p").getBytes(StandardCharsets.UTF_8)).toString())
                                .add("ajourholdstidspunkt", e[2])));
                    }
                }
            }
            exchange.getResponseHeaders().set("ETag", etag);
            if (notModified) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, page.build().toString());
        }
    }

    // ---- KRR

    /**
     * KRR's lookup: a guardian with contact details is registered (AKTIV, not reserved), one in
     * ten with details older than 18 months; of those without, half are reserved and half not in
     * KRR at all (left out of the answer, as KRR does).
     */
    private void krr(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange, "KRR-401")) {
                return;
            }
            double draw = ThreadLocalRandom.current().nextDouble();
            if (draw < faults.serverErrors()) {
                injected.incrementAndGet();
                send(exchange, 500, feilmelding("KRR-500", "internal error"));
                return;
            }
            JsonObject request;
            try (InputStream in = exchange.getRequestBody()) {
                request = Json.createReader(in).readObject();
            } catch (RuntimeException e) {
                send(exchange, 400, feilmelding("KRR-400", "bad request"));
                return;
            }
            var ids = request.getJsonArray("personidentifikatorer");
            if (ids == null || ids.isEmpty() || ids.size() > 1000) {
                send(exchange, 400, feilmelding("KRR-400", "1-1000 personidentifikatorer"));
                return;
            }
            JsonArrayBuilder persons = Json.createArrayBuilder();
            for (JsonValue v : ids) {
                String id = v instanceof jakarta.json.JsonString s ? s.getString() : "";
                Optional<DemoPopulation.Person> person = lookup(id);
                if (person.isEmpty() || person.get().pupil()) {
                    continue;
                }
                DemoPopulation.Person p = person.get();
                int hash = Math.floorMod(id.hashCode(), 100);
                if (p.mobile() == null && p.email() == null) {
                    if (hash % 2 == 0) {
                        persons.add(Json.createObjectBuilder().add("personidentifikator", id).add("reservasjon", "JA")
                                .add("status", "AKTIV").add("varslingsstatus", "KAN_IKKE_VARSLES"));
                    }
                    continue;
                }
                String when = hash < 10 ? "2023-06-29T10:14:52+02" : "2026-01-15T09:30:00+01";
                JsonObjectBuilder contact = Json.createObjectBuilder();
                if (p.email() != null) {
                    contact.add("epostadresse", p.email()).add("epostadresse_oppdatert", when);
                }
                if (p.mobile() != null) {
                    contact.add("mobiltelefonnummer", p.mobile()).add("mobiltelefonnummer_oppdatert", when);
                }
                persons.add(Json.createObjectBuilder().add("personidentifikator", id).add("reservasjon", "NEI").add("status", "AKTIV")
                        .add("varslingsstatus", hash < 10 ? "KAN_IKKE_VARSLES" : "KAN_VARSLES").add("kontaktinformasjon", contact));
            }
            send(exchange, 200, Json.createObjectBuilder().add("personer", persons).build().toString());
        }
    }

    // ---- Folkeregisteret

    private void persons(HttpExchange exchange) throws IOException {
        try (exchange) {
            calls.incrementAndGet();
            if (!authorized(exchange, "FREG-401")) {
                return;
            }
            Faults faults = this.faults; // one configuration for the whole request
            double draw = ThreadLocalRandom.current().nextDouble();
            if (draw < faults.serverErrors()) {
                injected.incrementAndGet();
                send(exchange, 500, feilmelding("FREG-001", "Feil i tjenesten. Vennligst prøv igjen seinere."));
                return;
            }
            if (draw < faults.serverErrors() + faults.tooManyRequests()) {
                injected.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", "50");
                send(exchange, 429, feilmelding("FREG-429", "For mange kall"));
                return;
            }
            if (draw < faults.serverErrors() + faults.tooManyRequests() + faults.timeouts()) {
                injected.incrementAndGet();
                sleep(slowMillis); // the client has given up by now
            }
            String path = exchange.getRequestURI().getPath().substring((FREG_PATH + "/v1/personer").length());
            if (path.equals("/bulkoppslag") && "POST".equals(exchange.getRequestMethod())) {
                bulk(exchange, faults);
            } else if (path.matches("/\\d{11}") && "GET".equals(exchange.getRequestMethod())) {
                Optional<DemoPopulation.Person> person = lookup(path.substring(1));
                if (person.isEmpty()) {
                    send(exchange, 404, feilmelding("FREG-404", "Fant ikke person"));
                } else {
                    send(exchange, 200, person(person.get(), maybeMalformed(faults)).toString());
                }
            } else {
                send(exchange, 404, feilmelding("FREG-404", "Ukjent tjeneste"));
            }
        }
    }

    private void bulk(HttpExchange exchange, Faults faults) throws IOException {
        JsonObject request;
        try (InputStream in = exchange.getRequestBody()) {
            request = Json.createReader(in).readObject();
        } catch (RuntimeException e) {
            send(exchange, 400, feilmelding("FREG-400", "Ugyldig forespørsel"));
            return;
        }
        var ids = request.getJsonArray("foedselsEllerDNummer");
        if (ids == null || ids.isEmpty() || ids.size() > 1000) {
            send(exchange, 400, feilmelding("FREG-400", "Mellom 1 og 1000 identifikatorer"));
            return;
        }
        JsonArrayBuilder oppslag = Json.createArrayBuilder();
        for (JsonValue v : ids) {
            String id = v instanceof jakarta.json.JsonString s ? s.getString() : "";
            Optional<DemoPopulation.Person> person = lookup(id);
            JsonObjectBuilder one = Json.createObjectBuilder().add("foedselsEllerDNummer", id);
            if (person.isPresent()) {
                one.add("folkeregisterperson", person(person.get(), maybeMalformed(faults)));
            } else {
                one.add("feilmelding", Json.createObjectBuilder().add("feilmelding", "Fant ikke person"));
            }
            oppslag.add(one);
        }
        send(exchange, 200, Json.createObjectBuilder().add("oppslag", oppslag).build().toString());
    }

    private boolean maybeMalformed(Faults faults) {
        boolean malformed = ThreadLocalRandom.current().nextDouble() < faults.malformedRecords();
        if (malformed) {
            injected.incrementAndGet();
        }
        return malformed;
    }

    /** A person document with the parts VIS asks for (person-basis, relasjon-utvidet), current elements. */
    static JsonObject person(DemoPopulation.Person p, boolean malformed) {
        JsonObjectBuilder doc = Json.createObjectBuilder();
        doc.add("identifikasjonsnummer", Json.createArrayBuilder().add(Json.createObjectBuilder().add("erGjeldende", true)
                .add("foedselsEllerDNummer", p.identity()).add("identifikatortype", "foedselsnummer").add("status", "iBruk")));
        doc.add("navn", Json.createArrayBuilder().add(name(p.name()).add("erGjeldende", true)));
        doc.add("foedsel", Json.createArrayBuilder().add(Json.createObjectBuilder().add("erGjeldende", true)
                .add("foedselsdato", malformed ? "2008-13-45" : p.birthDate().toString())
                .add("foedselsaar", p.birthDate().getYear())));
        doc.add("status", Json.createArrayBuilder().add(Json.createObjectBuilder().add("erGjeldende", true).add("status", "bosatt")));
        Address a = p.address();
        String grading = grading(a.protection());
        if (a.protection() != AddressProtection.UGRADERT) {
            doc.add("adressebeskyttelse", Json.createArrayBuilder().add(Json.createObjectBuilder().add("erGjeldende", true)
                    .add("graderingsnivaa", grading)));
        }
        if (a.protection() != AddressProtection.STRENGT_FORTROLIG && a.street() != null) {
            String street = a.street();
            int space = street.lastIndexOf(' ');
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("(\\d+)([A-Z]?)").matcher(street.substring(space + 1));
            boolean numbered = space > 0 && number.matches();
            JsonObjectBuilder road = Json.createObjectBuilder().add("adressenavn", numbered ? street.substring(0, space) : street);
            if (numbered) {
                JsonObjectBuilder houseNumber = Json.createObjectBuilder().add("husnummer", number.group(1));
                if (!number.group(2).isEmpty()) {
                    houseNumber.add("husbokstav", number.group(2));
                }
                road.add("adressenummer", houseNumber);
            }
            JsonObjectBuilder postal = Json.createObjectBuilder();
            if (a.postalCode() != null) {
                postal.add("postnummer", a.postalCode());
            }
            if (a.postalPlace() != null) {
                postal.add("poststedsnavn", a.postalPlace());
            }
            road.add("poststed", postal);
            doc.add("bostedsadresse", Json.createArrayBuilder().add(Json.createObjectBuilder().add("erGjeldende", true)
                    .add("adressegradering", grading).add("vegadresse", road)));
        }
        if (!p.responsibilities().isEmpty()) {
            JsonArrayBuilder ansvar = Json.createArrayBuilder();
            for (DemoPopulation.Responsibility r : p.responsibilities()) {
                JsonObjectBuilder e = Json.createObjectBuilder().add("erGjeldende", true).add("ansvar", r.ansvar())
                        .add("ansvarssubjekt", p.identity());
                if (r.responsible() != null) {
                    e.add("ansvarlig", r.responsible());
                } else {
                    e.add("ansvarligUtenIdentifikator", Json.createObjectBuilder().add("navn", name(r.responsibleWithoutNumber())));
                }
                ansvar.add(e);
            }
            doc.add("foreldreansvar", ansvar);
        }
        return doc.build();
    }

    private static JsonObjectBuilder name(PersonName n) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("fornavn", n.givenName()).add("etternavn", n.familyName());
        if (n.middleName() != null) {
            b.add("mellomnavn", n.middleName());
        }
        return b;
    }

    private static String grading(AddressProtection protection) {
        return switch (protection) {
            case UGRADERT -> "ugradert";
            case KLIENTADRESSE -> "klientadresse";
            case FORTROLIG -> "fortrolig";
            case STRENGT_FORTROLIG -> "strengtFortrolig";
        };
    }

    private static String feilmelding(String code, String message) {
        return Json.createObjectBuilder().add("kode", code).add("melding", message).build().toString();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new ConcurrentHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // the client gave up (a simulated timeout): nothing to answer
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code RegisterSimulator [--port 8091] [--pupils 5000] [--seed 1] [--school-year Y] [--county 11]};
     * faults from the environment: {@code VIS_SIM_FAULTS=500=0.05,timeout=0.02,429=0.01,malformed=0.01}.
     */
    public static void main(String[] args) throws Exception {
        int port = 8091;
        int pupils = 5000;
        long seed = 1;
        LocalDate today = no.vis.common.Today.inNorway();
        int schoolYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        String county = "11";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--pupils" -> pupils = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--school-year" -> schoolYear = Integer.parseInt(args[++i]);
                case "--county" -> county = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long start = System.nanoTime();
        DemoPopulation population = new DemoPopulation(pupils, seed, schoolYear, county, today);
        RegisterSimulator simulator = start(port, population, Faults.parse(System.getenv("VIS_SIM_FAULTS")), 10_000);
        System.out.printf("Register simulators on http://127.0.0.1:%d (Maskinporten /maskinporten/token, Folkeregisteret %s):"
                + " %d pupils and their guardians, ready in %d ms%n", simulator.port(), FREG_PATH, pupils,
                (System.nanoTime() - start) / 1_000_000);
        Thread.currentThread().join();
    }
}
