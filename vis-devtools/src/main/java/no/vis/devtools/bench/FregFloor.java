package no.vis.devtools.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.vis.people.Address;
import no.vis.registers.MaskinportenTokens;
import no.vis.registers.freg.FregClient;
import no.vis.registers.freg.FregPerson;
import org.postgresql.PGConnection;

/**
 * The floor under {@code freg-import}: the least any full load must do here. (1) Fetch and parse
 * the same register pages the job reads — the enrolled pupils in bulk calls of 1000, in the
 * job's two parallel ranges by pupil id, then each chunk's responsible adults — with VIS's own
 * client and parser, and nothing else (no database, no comparison); (2) a bare PostgreSQL
 * {@code COPY} of the resulting guardian and guardianship rows into empty tables. The job's time
 * divided by the sum of the two says what VIS's own work costs.
 *
 * <p>{@code FregFloor [--db jdbc:postgresql://127.0.0.1:5432/vis_bench] [--user vis] [--password vis]
 * [--registers http://127.0.0.1:8091] [--threads 2]}
 */
public final class FregFloor {

    private record GuardianRow(String fnr, String given, String middle, String family, Address address) {
    }

    private record GuardianshipRow(long pupilId, String guardianFnr, String responsibility) {
    }

    private FregFloor() {
    }

    public static void main(String[] args) throws Exception {
        String db = "jdbc:postgresql://127.0.0.1:5432/vis_bench";
        String user = "vis";
        String password = "vis";
        String registers = "http://127.0.0.1:8091";
        int threads = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--registers" -> registers = args[++i];
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Long> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db, user, password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, fnr FROM student WHERE left_on IS NULL ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                numbers.add(rs.getString(2));
            }
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        URI base = URI.create(registers);
        MaskinportenTokens tokens = new MaskinportenTokens(new MaskinportenTokens.Settings(base.resolve("/maskinporten/token"),
                "https://test.maskinporten.no/", "vis-floor", "folkeregister:deling/offentligmedhjemmel",
                keys.generateKeyPair().getPrivate(), "floor-key", Duration.ofSeconds(10)), http);
        FregClient freg = new FregClient(new FregClient.Settings(URI.create(registers + "/folkeregisteret/offentlig-med-hjemmel/api"),
                Duration.ofSeconds(10), 6, Duration.ofMillis(200)), tokens, http);

        Map<String, GuardianRow> guardians = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<GuardianshipRow> guardianships = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        int per = (numbers.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * per;
            int to = Math.min(numbers.size(), from + per);
            work.add(pool.submit(() -> {
                for (int chunk = from; chunk < to; chunk += 1000) {
                    int end = Math.min(to, chunk + 1000);
                    List<FregClient.Lookup> pupils = freg.bulkLookup(numbers.subList(chunk, end));
                    Set<String> adults = new LinkedHashSet<>();
                    for (int k = 0; k < pupils.size(); k++) {
                        FregPerson p = pupils.get(k).person();
                        if (p == null) {
                            continue;
                        }
                        for (FregPerson.Responsibility r : p.responsibilities()) {
                            if (r.responsible() != null && r.responsibility() != null) {
                                adults.add(r.responsible());
                                guardianships.add(new GuardianshipRow(ids.get(chunk + k), r.responsible(), r.responsibility().name()));
                            }
                        }
                    }
                    List<String> adultList = new ArrayList<>(adults);
                    for (int a = 0; a < adultList.size(); a += FregClient.MAX_IDS) {
                        for (FregClient.Lookup l : freg.bulkLookup(adultList.subList(a, Math.min(adultList.size(), a + FregClient.MAX_IDS)))) {
                            if (l.person() != null) {
                                FregPerson p = l.person();
                                guardians.putIfAbsent(p.identity(), new GuardianRow(p.identity(), p.name().givenName(),
                                        p.name().middleName(), p.name().familyName(), p.address()));
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double fetch = (System.nanoTime() - start) / 1e9;

        long copyStart = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db, user, password); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("CREATE TEMP TABLE floor_guardian (fnr CHAR(11) PRIMARY KEY, given_name VARCHAR(100), middle_name VARCHAR(100),"
                    + " family_name VARCHAR(100), street VARCHAR(200), postal_code VARCHAR(4), postal_place VARCHAR(100),"
                    + " address_protection VARCHAR(20))");
            st.execute("CREATE TEMP TABLE floor_guardianship (student_id BIGINT, guardian_fnr CHAR(11), responsibility VARCHAR(20))");
            StringBuilder g = new StringBuilder();
            for (GuardianRow r : guardians.values()) {
                g.append(r.fnr()).append('\t').append(text(r.given())).append('\t').append(text(r.middle())).append('\t')
                        .append(text(r.family())).append('\t').append(text(r.address().street())).append('\t')
                        .append(text(r.address().postalCode())).append('\t').append(text(r.address().postalPlace())).append('\t')
                        .append(r.address().protection().name()).append('\n');
            }
            StringBuilder gs = new StringBuilder();
            for (GuardianshipRow r : guardianships) {
                gs.append(r.pupilId()).append('\t').append(r.guardianFnr()).append('\t').append(r.responsibility()).append('\n');
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY floor_guardian FROM STDIN", new StringReader(g.toString()));
            copy.copyIn("COPY floor_guardianship FROM STDIN", new StringReader(gs.toString()));
            c.commit();
        }
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        System.out.printf("floor: fetch and parse %,d pupils and %,d responsible adults in %.1f s (%d threads);"
                        + " COPY of %,d guardian and %,d guardianship rows in %.2f s; floor %.1f s%n",
                numbers.size(), guardians.size(), fetch, threads, guardians.size(), guardianships.size(), copySeconds,
                fetch + copySeconds);
    }

    private static String text(String s) {
        return s == null ? "\\N" : s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
    }
}
