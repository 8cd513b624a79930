package no.vis.devtools.registers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
 * bearer tokens from {@code POST /maskinporten/token} (JWT grant); the event feed
 * ({@code hendelser/feed?seq=N} with ETag/304 and 406, {@code hendelser/siste/sekvensnummer}) with
 * an event for every change a test or {@code POST /simulator/night-of-changes} makes — new
 * responsibility, name, address, protection, death, emigration, a new identity number (the old one
 * then answers with the person now); KRR's {@code POST /rest/v1/personer}; Udir's Grep
 * ({@link GrepSimulator}, {@code /grep/kl06/v201906}). Faults by configuration:
 * a share of 500s (with Skatteetaten's error body), of slow answers (timeouts), of 429 with
 * {@code Retry-After}, and of malformed records.
 */
public final class RegisterSimulator implements AutoCloseable {

    public static final String FREG_PATH = "/folkeregisteret/offentlig-med-hjemmel/api";

    /** One JSON provider: {@code Json.create…} looks the provider up with a ServiceLoader on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

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
    /** Numbers the register replaced: old → new (a lookup on the old number answers with the person now). */
    private final Map<String, String> replacedBy = new ConcurrentHashMap<>();
    /** The numbers a person had before: new → old ones. */
    private final Map<String, java.util.List<String>> formerNumbers = new ConcurrentHashMap<>();
    /** Persons who died or emigrated: identity → status ("doed", "utflyttet") and for the dead the day. */
    private final Map<String, String[]> statuses = new ConcurrentHashMap<>();
    /** Numbers handed out for new identities and the feed's other people (NAV synthetic: never the population's). */
    private final java.util.Set<String> issued = ConcurrentHashMap.newKeySet();
    private final GrepSimulator grep = new GrepSimulator();
    /** Whether numbers nobody registered are newcomers ({@link #serveNewcomers()}); their parents once made up. */
    private volatile boolean newcomers;
    private final Map<String, DemoPopulation.Person> newcomerAdults = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong injected = new AtomicLong();
    private final AtomicLong failedCalls = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();

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
        // answers are written as headers then body: without TCP_NODELAY each small answer waits for the
        // client's delayed ACK (~40 ms), which a real register does not do (Grep's many small GETs showed it)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        RegisterSimulator simulator = new RegisterSimulator(server, population, faults, slowMillis);
        server.createContext("/maskinporten/token", simulator::token);
        server.createContext(FREG_PATH + "/v1/personer", simulator::persons);
        server.createContext("/rest/v1/personer", simulator::krr);
        server.createContext(FREG_PATH + "/v1/hendelser", simulator::feed);
        server.createContext("/simulator/night-of-changes", simulator::night);
        server.createContext(GrepSimulator.PATH, simulator.grep::handle);
        server.createContext("/simulator/grep", simulator::grepScale);
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
        event(person.identity(), eventType);
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

    /**
     * The person gets a new identity number (a D-number person gets a fødselsnummer): lookups on
     * the old number answer with the person now, whose document lists the old number as
     * {@code opphoert}; children's {@code foreldreansvar} name the new number. The event names the new one.
     *
     * @return the new number
     */
    public String renumber(String identity) {
        DemoPopulation.Person p = lookup(identity).orElseThrow(() -> new IllegalArgumentException("unknown person"));
        String now = newNumber(p.birthDate());
        DemoPopulation.Person renumbered = new DemoPopulation.Person(now, p.name(), p.birthDate(), p.address(), p.pupil(),
                p.responsibilities(), p.mobile(), p.email());
        changes.put(now, Optional.of(renumbered));
        java.util.List<String> former = new java.util.ArrayList<>(formerNumbers.getOrDefault(p.identity(), java.util.List.of()));
        former.add(p.identity());
        formerNumbers.put(now, former);
        former.forEach(old -> replacedBy.put(old, now));
        String[] status = statuses.get(p.identity());
        if (status != null) {
            statuses.put(now, status);
        }
        event(now, "endringIIdentifikasjonsnummer");
        return now;
    }

    /** The person died on that day (status {@code doed}, {@code doedsfall}); the event {@code personErDoed}. */
    public void die(String identity, LocalDate on) {
        statuses.put(current(identity), new String[] {"doed", on.toString()});
        event(current(identity), "personErDoed");
    }

    /** The person emigrated (status {@code utflyttet}); the event {@code personErUtflyttet}. */
    public void emigrate(String identity) {
        statuses.put(current(identity), new String[] {"utflyttet", null});
        event(current(identity), "personErUtflyttet");
    }

    /** An event about someone else in the country (not in the population): a night's noise. */
    public void eventAboutSomeoneElse(String eventType, LocalDate born) {
        event(newNumber(born), eventType);
    }

    private void event(String identity, String eventType) {
        synchronized (events) {
            events.add(new String[] {identity, eventType, Instant.now().toString()});
        }
    }

    private String current(String identity) {
        return replacedBy.getOrDefault(identity, identity);
    }

    /** A NAV synthetic fødselsnummer (month + 40) for the day: never one of the population's (Tenor, month + 80). */
    private String newNumber(LocalDate born) {
        for (int individual = ThreadLocalRandom.current().nextInt(500); ; individual = (individual + 1) % 1000) {
            Optional<no.vis.people.Fodselsnummer> fnr = no.vis.people.Fodselsnummer.compose(born, individual, false,
                    no.vis.people.Fodselsnummer.Synthetic.NAV);
            if (fnr.isPresent() && issued.add(fnr.get().value())) {
                return fnr.get().value();
            }
        }
    }

    /**
     * A night of changes: {@code share} of the pupils see one change each in the register, with
     * its events — the family moves (pupil and the parents living with the pupil), a parent's new
     * name, shared responsibility becomes one parent's, the pupil's address gets protected, a
     * parent dies (and the responsibility with them), the pupil emigrates, a parent's D-number
     * becomes a fødselsnummer, or a {@code personErOppdatert} that changes nothing — plus
     * {@code others} events about people VIS does not know, as the national feed has.
     *
     * @return the number of events added
     */
    public synchronized int nightOfChanges(double share, long seed, int others) {
        long before = latestSequence();
        java.util.Random random = new java.util.Random(seed);
        java.util.List<String> pupils = population.pupilIdentities();
        int count = (int) Math.round(pupils.size() * share);
        java.util.Set<Integer> chosen = new java.util.HashSet<>();
        LocalDate today = no.vis.common.Today.inNorway();
        while (chosen.size() < Math.min(count, pupils.size())) {
            int i = random.nextInt(pupils.size());
            if (!chosen.add(i)) {
                continue;
            }
            DemoPopulation.Person pupil = lookup(pupils.get(i)).orElse(null);
            if (pupil == null) {
                continue;
            }
            java.util.List<String> adults = pupil.responsibilities().stream().map(DemoPopulation.Responsibility::responsible)
                    .filter(java.util.Objects::nonNull).map(this::current).toList();
            double d = random.nextDouble();
            if (d < 0.30) { // the family moves
                Address to = new Address("Flytteveien " + (1 + random.nextInt(200)), "4010", "STAVANGER", pupil.address().protection());
                for (String adult : adults) {
                    lookup(adult).filter(a -> a.address().equals(pupil.address())).ifPresent(a -> change(with(a, a.name(), to,
                            a.responsibilities()), "endringIBostedsadresse"));
                }
                change(with(pupil, pupil.name(), to, pupil.responsibilities()), "endringIBostedsadresse");
            } else if (d < 0.50 && !adults.isEmpty()) { // a parent's new name
                lookup(adults.get(0)).ifPresent(a -> change(with(a, new PersonName(a.name().givenName(), a.name().middleName(),
                        "Nyheim"), a.address(), a.responsibilities()), "endringINavn"));
            } else if (d < 0.65 && adults.size() == 2) { // shared responsibility becomes one parent's
                change(with(pupil, pupil.name(), pupil.address(), java.util.List.of(new DemoPopulation.Responsibility("mor",
                        adults.get(0), null))), "endringIForeldreansvar");
            } else if (d < 0.75) { // the pupil's address is protected
                Address a = pupil.address();
                change(with(pupil, pupil.name(), new Address(a.street(), a.postalCode(), a.postalPlace(), AddressProtection.FORTROLIG),
                        pupil.responsibilities()), "endringIAdressebeskyttelse");
            } else if (d < 0.78 && adults.size() == 2) { // a parent dies; the other has the responsibility alone
                die(adults.get(1), today.minusDays(1));
                change(with(pupil, pupil.name(), pupil.address(), java.util.List.of(new DemoPopulation.Responsibility("mor",
                        adults.get(0), null))), "endringIForeldreansvar");
            } else if (d < 0.80) { // the pupil emigrates
                emigrate(pupil.identity());
            } else if (d < 0.83 && !adults.isEmpty()) { // a parent's D-number becomes a fødselsnummer
                renumber(adults.get(0));
            } else {
                event(pupil.identity(), "personErOppdatert");
            }
        }
        String[] types = {"endringIBostedsadresse", "endringINavn", "personErOppdatert", "endringISivilstand",
                "endringIStatsborgerskap", "endringIIdentifikasjonsnummer", "personErDoed", "endringIPostadresse"};
        for (int j = 0; j < others; j++) {
            eventAboutSomeoneElse(types[random.nextInt(types.length)], LocalDate.of(1930, 1, 1).plusDays(random.nextInt(33_000)));
        }
        return (int) (latestSequence() - before);
    }

    private static DemoPopulation.Person with(DemoPopulation.Person p, PersonName name, Address address,
                                              java.util.List<DemoPopulation.Responsibility> responsibilities) {
        return new DemoPopulation.Person(p.identity(), name, p.birthDate(), address, p.pupil(), responsibilities, p.mobile(), p.email());
    }

    /** From now on the register does not know the identity number. */
    public void forget(String identity) {
        changes.put(identity, Optional.empty());
    }

    private Optional<DemoPopulation.Person> lookup(String identity) {
        String now = current(identity);
        Optional<DemoPopulation.Person> changed = changes.get(now);
        if (changed != null) {
            return changed;
        }
        Optional<DemoPopulation.Person> known = population.person(now);
        return known.isPresent() || !newcomers ? known : newcomer(now);
    }

    /** Udir's Grep, served under {@value GrepSimulator#PATH} (open: no token). */
    public GrepSimulator grep() {
        return grep;
    }

    /** {@code POST /simulator/grep?scale=N}: N synthetic families in Grep's shape besides the snapshot (benchmarks). */
    private void grepScale(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            if (!"POST".equals(exchange.getRequestMethod()) || query == null || !query.matches("scale=\\d{1,5}")) {
                send(exchange, 400, error("invalid_request", "POST /simulator/grep?scale=N"));
                return;
            }
            grep.scale(Integer.parseInt(query.substring(6)));
            send(exchange, 200, JSON.createObjectBuilder().add("fagkoder", grep.count("fagkoder"))
                    .add("laereplaner", grep.count("laereplaner-lk20")).add("kompetansemaal", grep.count("kompetansemaal-lk20")).build().toString());
        }
    }

    /**
     * From now on the register also knows newcomers: any valid synthetic number it does not know
     * otherwise is a person, made up deterministically from the number (the same answer every
     * time): someone under 25 is a young person with one or two parents holding parental
     * responsibility until 18 (their numbers NAV-synthetic and never the population's), and the
     * parents are persons too. So an import of new pupils (enrolment-import's tests and benchmark)
     * finds every pupil and guardian without registering them first. {@link #forget} still makes
     * a number unknown.
     */
    public RegisterSimulator serveNewcomers() {
        this.newcomers = true;
        return this;
    }

    private Optional<DemoPopulation.Person> newcomer(String identity) {
        DemoPopulation.Person adult = newcomerAdults.get(identity);
        if (adult != null) {
            return Optional.of(adult);
        }
        if (issued.contains(identity)) {
            return Optional.empty(); // the feed's other people: not to be looked up
        }
        no.vis.people.Fodselsnummer fnr;
        try {
            fnr = no.vis.people.Fodselsnummer.parse(identity, true);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!fnr.isSynthetic()) {
            return Optional.empty();
        }
        // the century by the person being under 100 (test numbers' individnumre do not follow the classic rules)
        int twoDigits = Integer.parseInt(identity.substring(4, 6));
        java.time.MonthDay day = fnr.birthDay();
        int year = 2000 + twoDigits <= today().getYear() ? 2000 + twoDigits : 1900 + twoDigits;
        LocalDate born = day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, day.getMonth(), 28);
        java.util.SplittableRandom random = new java.util.SplittableRandom(identity.hashCode() * 31L + 7);
        String family = NEWCOMER_FAMILY[random.nextInt(NEWCOMER_FAMILY.length)];
        String[] place = NEWCOMER_PLACES[random.nextInt(NEWCOMER_PLACES.length)];
        boolean secret = random.nextInt(500) == 0;
        Address address = secret ? new Address(null, null, null, AddressProtection.STRENGT_FORTROLIG)
                : new Address(NEWCOMER_STREETS[random.nextInt(NEWCOMER_STREETS.length)] + " " + (1 + random.nextInt(90)),
                place[0], place[1], AddressProtection.UGRADERT);
        PersonName name = new PersonName(NEWCOMER_GIVEN[random.nextInt(NEWCOMER_GIVEN.length)], null, family);
        java.util.List<DemoPopulation.Responsibility> responsibilities = new java.util.ArrayList<>();
        if (born.isAfter(today().minusYears(25))) {
            boolean two = random.nextInt(10) < 8;
            String mother = newcomerAdult(random, family, address, "mor");
            if (two) {
                String father = newcomerAdult(random, family, address, "far");
                if (born.plusYears(18).isAfter(today())) {
                    responsibilities.add(new DemoPopulation.Responsibility("felles", mother, null));
                    responsibilities.add(new DemoPopulation.Responsibility("felles", father, null));
                }
            } else if (born.plusYears(18).isAfter(today())) {
                responsibilities.add(new DemoPopulation.Responsibility("mor", mother, null));
            }
        }
        return Optional.of(new DemoPopulation.Person(identity, name, born, address, true, java.util.List.copyOf(responsibilities)));
    }

    /**
     * A newcomer's parent: a NAV-synthetic number born 1975–1989 with an individnummer of 100–499
     * (the tests' own adults and people use other ranges), that nobody else has.
     */
    private String newcomerAdult(java.util.SplittableRandom random, String family, Address address, String role) {
        while (true) {
            LocalDate born = LocalDate.of(1975 + random.nextInt(15), 1, 1).plusDays(random.nextInt(365));
            Optional<no.vis.people.Fodselsnummer> fnr = no.vis.people.Fodselsnummer.compose(born, 100 + random.nextInt(400), false,
                    no.vis.people.Fodselsnummer.Synthetic.NAV);
            if (fnr.isEmpty()) {
                continue;
            }
            String number = fnr.get().value();
            if (population.person(number).isPresent() || issued.contains(number) || changes.containsKey(number)) {
                continue;
            }
            String given = role.equals("mor") ? NEWCOMER_MOTHERS[random.nextInt(NEWCOMER_MOTHERS.length)]
                    : NEWCOMER_FATHERS[random.nextInt(NEWCOMER_FATHERS.length)];
            DemoPopulation.Person adult = new DemoPopulation.Person(number, new PersonName(given, null, family), born, address,
                    false, java.util.List.of(), "+479" + String.format("%07d", random.nextInt(10_000_000)),
                    given.toLowerCase(java.util.Locale.ROOT) + "." + number.substring(6) + "@example.org");
            DemoPopulation.Person earlier = newcomerAdults.putIfAbsent(number, adult);
            if (earlier == null || earlier.name().equals(adult.name())) {
                return number;
            }
        }
    }

    private static LocalDate today() {
        return no.vis.common.Today.inNorway();
    }

    private static final String[] NEWCOMER_FAMILY = {"Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen",
            "Dahl", "Lund", "Halvorsen", "Sørensen", "Moen", "Iversen", "Strand", "Solberg", "Eide", "Vik"};
    private static final String[] NEWCOMER_GIVEN = {"Ingrid", "Sara", "Thea", "Amalie", "Jonas", "Magnus", "Tobias",
            "Elias", "Mathias", "Ida", "Hedda", "Sander"};
    private static final String[] NEWCOMER_MOTHERS = {"Anne", "Kristin", "Marianne", "Hilde", "Silje", "Camilla"};
    private static final String[] NEWCOMER_FATHERS = {"Lars", "Morten", "Espen", "Geir", "Thomas", "Kjetil"};
    private static final String[] NEWCOMER_STREETS = {"Nyveien", "Fjordgata", "Lyngveien", "Bjørkeveien", "Havnegata"};
    private static final String[][] NEWCOMER_PLACES = {{"4006", "STAVANGER"}, {"4307", "SANDNES"}, {"5527", "HAUGESUND"},
            {"4340", "BRYNE"}};

    /** Calls to Folkeregisteret so far, and how many got an injected fault. */
    public long calls() {
        return calls.get();
    }

    /** Feed requests answered 304 (nothing new since the ETag the client had). */
    public long notModifiedAnswers() {
        return notModified.get();
    }

    public long faultsInjected() {
        return injected.get();
    }

    /** Calls to Folkeregisteret answered 500 or 429 or too late (malformed records not counted). */
    public long failedCalls() {
        return failedCalls.get();
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
                claims = JSON.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]),
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
            send(exchange, 200, JSON.createObjectBuilder().add("access_token", token).add("token_type", "Bearer")
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
        return JSON.createObjectBuilder().add("error", code).add("error_description", description).build().toString();
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
            JsonArrayBuilder page = JSON.createArrayBuilder();
            synchronized (events) { // the ETag and the page from the same state of the feed
                etag = "\"" + seq + "-" + events.size() + "\"";
                notModified = etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
                if (!notModified) {
                    for (long n = seq; n <= events.size() && n < seq + 1000; n++) {
                        String[] e = events.get((int) (n - 1));
                        page.add(JSON.createObjectBuilder().add("sekvensnummer", n).add("hendelse", JSON.createObjectBuilder()
                                .add("folkeregisteridentifikator", e[0]).add("hendelsetype", e[1])
                                .add("hendelsesdokument", UUID.nameUUIDFromBytes((n + "h").getBytes(StandardCharsets.UTF_8)).toString())
                                .add("persondokument", UUID.nameUUIDFromBytes((n + "p").getBytes(StandardCharsets.UTF_8)).toString())
                                .add("ajourholdstidspunkt", e[2])));
                    }
                }
            }
            exchange.getResponseHeaders().set("ETag", etag);
            if (notModified) {
                this.notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, page.build().toString());
        }
    }

    // ---- advancing the feed from outside (run.sh's simulators, the benchmarks)

    /** {@code POST /simulator/night-of-changes?share=0.01&seed=1&others=20000}: see {@link #nightOfChanges}. */
    private void night(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> q = form(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, feilmelding("SIM-405", "POST only"));
                return;
            }
            try {
                int added = nightOfChanges(Double.parseDouble(q.getOrDefault("share", "0.01")),
                        Long.parseLong(q.getOrDefault("seed", "1")), Integer.parseInt(q.getOrDefault("others", "0")));
                send(exchange, 200, JSON.createObjectBuilder().add("events", added).add("latest", latestSequence()).build().toString());
            } catch (NumberFormatException e) {
                send(exchange, 400, feilmelding("SIM-400", "share, seed and others are numbers"));
            }
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
                request = JSON.createReader(in).readObject();
            } catch (RuntimeException e) {
                send(exchange, 400, feilmelding("KRR-400", "bad request"));
                return;
            }
            var ids = request.getJsonArray("personidentifikatorer");
            if (ids == null || ids.isEmpty() || ids.size() > 1000) {
                send(exchange, 400, feilmelding("KRR-400", "1-1000 personidentifikatorer"));
                return;
            }
            JsonArrayBuilder persons = JSON.createArrayBuilder();
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
                        persons.add(JSON.createObjectBuilder().add("personidentifikator", id).add("reservasjon", "JA")
                                .add("status", "AKTIV").add("varslingsstatus", "KAN_IKKE_VARSLES"));
                    }
                    continue;
                }
                String when = hash < 10 ? "2023-06-29T10:14:52+02" : "2026-01-15T09:30:00+01";
                JsonObjectBuilder contact = JSON.createObjectBuilder();
                if (p.email() != null) {
                    contact.add("epostadresse", p.email()).add("epostadresse_oppdatert", when);
                }
                if (p.mobile() != null) {
                    contact.add("mobiltelefonnummer", p.mobile()).add("mobiltelefonnummer_oppdatert", when);
                }
                persons.add(JSON.createObjectBuilder().add("personidentifikator", id).add("reservasjon", "NEI").add("status", "AKTIV")
                        .add("varslingsstatus", hash < 10 ? "KAN_IKKE_VARSLES" : "KAN_VARSLES").add("kontaktinformasjon", contact));
            }
            send(exchange, 200, JSON.createObjectBuilder().add("personer", persons).build().toString());
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
                failedCalls.incrementAndGet();
                send(exchange, 500, feilmelding("FREG-001", "Feil i tjenesten. Vennligst prøv igjen seinere."));
                return;
            }
            if (draw < faults.serverErrors() + faults.tooManyRequests()) {
                injected.incrementAndGet();
                failedCalls.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", "50");
                send(exchange, 429, feilmelding("FREG-429", "For mange kall"));
                return;
            }
            if (draw < faults.serverErrors() + faults.tooManyRequests() + faults.timeouts()) {
                injected.incrementAndGet();
                failedCalls.incrementAndGet();
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
                    send(exchange, 200, document(person.get(), maybeMalformed(faults)).toString());
                }
            } else {
                send(exchange, 404, feilmelding("FREG-404", "Ukjent tjeneste"));
            }
        }
    }

    private void bulk(HttpExchange exchange, Faults faults) throws IOException {
        JsonObject request;
        try (InputStream in = exchange.getRequestBody()) {
            request = JSON.createReader(in).readObject();
        } catch (RuntimeException e) {
            send(exchange, 400, feilmelding("FREG-400", "Ugyldig forespørsel"));
            return;
        }
        var ids = request.getJsonArray("foedselsEllerDNummer");
        if (ids == null || ids.isEmpty() || ids.size() > 1000) {
            send(exchange, 400, feilmelding("FREG-400", "Mellom 1 og 1000 identifikatorer"));
            return;
        }
        JsonArrayBuilder oppslag = JSON.createArrayBuilder();
        for (JsonValue v : ids) {
            String id = v instanceof jakarta.json.JsonString s ? s.getString() : "";
            Optional<DemoPopulation.Person> person = lookup(id);
            JsonObjectBuilder one = JSON.createObjectBuilder().add("foedselsEllerDNummer", id);
            if (person.isPresent()) {
                one.add("folkeregisterperson", document(person.get(), maybeMalformed(faults)));
            } else {
                one.add("feilmelding", JSON.createObjectBuilder().add("feilmelding", "Fant ikke person"));
            }
            oppslag.add(one);
        }
        send(exchange, 200, JSON.createObjectBuilder().add("oppslag", oppslag).build().toString());
    }

    private boolean maybeMalformed(Faults faults) {
        boolean malformed = ThreadLocalRandom.current().nextDouble() < faults.malformedRecords();
        if (malformed) {
            injected.incrementAndGet();
        }
        return malformed;
    }

    /** The person's document as the register has it now: former numbers, death or emigration, parents by their numbers now. */
    private JsonObject document(DemoPopulation.Person p, boolean malformed) {
        java.util.List<DemoPopulation.Responsibility> responsibilities = p.responsibilities().stream()
                .map(r -> r.responsible() == null ? r : new DemoPopulation.Responsibility(r.ansvar(), current(r.responsible()), null))
                .toList();
        String[] status = statuses.get(p.identity());
        return person(with(p, p.name(), p.address(), responsibilities), formerNumbers.getOrDefault(p.identity(), java.util.List.of()),
                status == null ? "bosatt" : status[0], status == null ? null : status[1], malformed);
    }

    /** A person document with the parts VIS asks for (person-basis, relasjon-utvidet), current elements. */
    static JsonObject person(DemoPopulation.Person p, java.util.List<String> formerNumbers, String status, String died,
                             boolean malformed) {
        JsonObjectBuilder doc = JSON.createObjectBuilder();
        JsonArrayBuilder numbers = JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("erGjeldende", true)
                .add("foedselsEllerDNummer", p.identity()).add("identifikatortype", "foedselsnummer").add("status", "iBruk"));
        for (String old : formerNumbers) {
            numbers.add(JSON.createObjectBuilder().add("erGjeldende", false).add("foedselsEllerDNummer", old)
                    .add("identifikatortype", "dNummer").add("status", "opphoert"));
        }
        doc.add("identifikasjonsnummer", numbers);
        doc.add("navn", JSON.createArrayBuilder().add(name(p.name()).add("erGjeldende", true)));
        doc.add("foedsel", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("erGjeldende", true)
                .add("foedselsdato", malformed ? "2008-13-45" : p.birthDate().toString())
                .add("foedselsaar", p.birthDate().getYear())));
        doc.add("status", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("erGjeldende", true).add("status", status)));
        if (died != null) {
            doc.add("doedsfall", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("erGjeldende", true).add("doedsdato", died)));
        }
        Address a = p.address();
        String grading = grading(a.protection());
        if (a.protection() != AddressProtection.UGRADERT) {
            doc.add("adressebeskyttelse", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("erGjeldende", true)
                    .add("graderingsnivaa", grading)));
        }
        if (a.protection() != AddressProtection.STRENGT_FORTROLIG && a.street() != null) {
            String street = a.street();
            int space = street.lastIndexOf(' ');
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("(\\d+)([A-Z]?)").matcher(street.substring(space + 1));
            boolean numbered = space > 0 && number.matches();
            JsonObjectBuilder road = JSON.createObjectBuilder().add("adressenavn", numbered ? street.substring(0, space) : street);
            if (numbered) {
                JsonObjectBuilder houseNumber = JSON.createObjectBuilder().add("husnummer", number.group(1));
                if (!number.group(2).isEmpty()) {
                    houseNumber.add("husbokstav", number.group(2));
                }
                road.add("adressenummer", houseNumber);
            }
            JsonObjectBuilder postal = JSON.createObjectBuilder();
            if (a.postalCode() != null) {
                postal.add("postnummer", a.postalCode());
            }
            if (a.postalPlace() != null) {
                postal.add("poststedsnavn", a.postalPlace());
            }
            road.add("poststed", postal);
            doc.add("bostedsadresse", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("erGjeldende", true)
                    .add("adressegradering", grading).add("vegadresse", road)));
        }
        if (!p.responsibilities().isEmpty()) {
            JsonArrayBuilder ansvar = JSON.createArrayBuilder();
            for (DemoPopulation.Responsibility r : p.responsibilities()) {
                JsonObjectBuilder e = JSON.createObjectBuilder().add("erGjeldende", true).add("ansvar", r.ansvar())
                        .add("ansvarssubjekt", p.identity());
                if (r.responsible() != null) {
                    e.add("ansvarlig", r.responsible());
                } else {
                    e.add("ansvarligUtenIdentifikator", JSON.createObjectBuilder().add("navn", name(r.responsibleWithoutNumber())));
                }
                ansvar.add(e);
            }
            doc.add("foreldreansvar", ansvar);
        }
        return doc.build();
    }

    private static JsonObjectBuilder name(PersonName n) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("fornavn", n.givenName()).add("etternavn", n.familyName());
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
        return JSON.createObjectBuilder().add("kode", code).add("melding", message).build().toString();
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
     * {@code RegisterSimulator [--port 8091] [--pupils 5000] [--seed 1] [--school-year Y] [--county 11] [--grep-scale N]
     * [--newcomers]} (Grep's synthetic families, also {@code VIS_SIM_GREP_SCALE}; {@code --newcomers}: {@link #serveNewcomers()});
     * faults from the environment: {@code VIS_SIM_FAULTS=500=0.05,timeout=0.02,429=0.01,malformed=0.01}.
     */
    public static void main(String[] args) throws Exception {
        int port = 8091;
        int pupils = 5000;
        long seed = 1;
        LocalDate today = no.vis.common.Today.inNorway();
        int schoolYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        String county = "11";
        int grepScale = Integer.parseInt(System.getenv().getOrDefault("VIS_SIM_GREP_SCALE", "0"));
        boolean newcomers = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--pupils" -> pupils = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--school-year" -> schoolYear = Integer.parseInt(args[++i]);
                case "--county" -> county = args[++i];
                case "--grep-scale" -> grepScale = Integer.parseInt(args[++i]);
                case "--newcomers" -> newcomers = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long start = System.nanoTime();
        DemoPopulation population = new DemoPopulation(pupils, seed, schoolYear, county, today);
        RegisterSimulator simulator = start(port, population, Faults.parse(System.getenv("VIS_SIM_FAULTS")), 10_000);
        simulator.grep().scale(grepScale);
        if (newcomers) {
            simulator.serveNewcomers();
        }
        System.out.printf("Register simulators on http://127.0.0.1:%d (Maskinporten /maskinporten/token, Folkeregisteret %s,"
                + " Grep %s with %d fagkoder): %d pupils and their guardians, ready in %d ms%n", simulator.port(), FREG_PATH,
                GrepSimulator.PATH, simulator.grep().count("fagkoder"), pupils,
                (System.nanoTime() - start) / 1_000_000);
        Thread.currentThread().join();
    }
}
