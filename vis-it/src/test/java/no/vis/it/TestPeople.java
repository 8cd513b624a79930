package no.vis.it;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import no.vis.people.Fodselsnummer;

/**
 * Synthetic fødselsnumre for test data: NAV's +40 kind (demo-county uses Tenor's +80, so the two
 * never meet). Every instance takes a date of its own from a counter, so tests never share
 * numbers: tests in the server (in-container) use the 2000s, tests in the client JVM the 1980s, and
 * adults (guardians) the 1950s in the server and the late 1960s in the client. The test database is made fresh for every run.
 */
public final class TestPeople {

    private static final boolean IN_SERVER = System.getProperty("jboss.home.dir") != null;
    // Random starts, a counter after: unique within a run, and reruns against an old database rarely meet.
    // The counters are kept in the JVM's system properties, not in static fields: every test class is a
    // deployment of its own in the server, with its own copy of this class, and two deployments starting
    // from random points a few days apart gave the same numbers (a duplicate-key failure seen in CI).
    private static final AtomicInteger NEXT_DATE = jvmWideCounter("vis.it.testPeople.nextDate");
    private static final AtomicInteger NEXT_ADULT = jvmWideCounter("vis.it.testPeople.nextAdult");

    private static AtomicInteger jvmWideCounter(String key) {
        // AtomicInteger comes from java.base, so every deployment's copy of this class sees the same object
        return (AtomicInteger) System.getProperties().computeIfAbsent(key,
                k -> new AtomicInteger(ThreadLocalRandom.current().nextInt(3000)));
    }

    private final LocalDate date;
    private int individual = 500;

    public TestPeople() {
        date = LocalDate.of(IN_SERVER ? 2000 : 1980, 1, 1).plusDays(NEXT_DATE.getAndIncrement());
    }

    public LocalDate birthDate() {
        return date;
    }

    /** The next number of the date. */
    public Fodselsnummer next() {
        while (individual < 1000) {
            var fnr = Fodselsnummer.compose(date, individual++, false, Fodselsnummer.Synthetic.NAV);
            if (fnr.isPresent()) {
                return fnr.get();
            }
        }
        throw new IllegalStateException("date used up");
    }

    /** A number for an adult (a guardian), never the same twice in a JVM. */
    public static Fodselsnummer adult() {
        int n = NEXT_ADULT.getAndIncrement();
        // two JVMs, two ranges that never meet: the server's 1950–1958, the client's 1965–1973
        LocalDate date = LocalDate.of(IN_SERVER ? 1950 : 1965, 1, 1).plusDays(n);
        for (int individual = 100; individual < 500; individual++) {
            var fnr = Fodselsnummer.compose(date, individual, false, Fodselsnummer.Synthetic.NAV);
            if (fnr.isPresent()) {
                return fnr.get();
            }
        }
        throw new IllegalStateException("no number");
    }

    private static final AtomicInteger NEXT_TENOR = jvmWideCounter("vis.it.testPeople.nextTenor");

    /**
     * A Tenor-kind number of someone born in 2011 (15 years old this school year), with an individnummer
     * below 500, which demo-county never uses: for tests that enrol pupils the way a school's file does.
     * A day of its own for each number, and a new individnummer once the year's days are used.
     */
    public static Fodselsnummer tenorPupil() {
        int n = NEXT_TENOR.getAndIncrement();
        LocalDate date = LocalDate.of(2011, 1, 1).plusDays(n % 365);
        for (int individual = 100 + (n / 365) * 40; individual < 500; individual++) {
            var fnr = Fodselsnummer.compose(date, individual, false, Fodselsnummer.Synthetic.TENOR);
            if (fnr.isPresent()) {
                return fnr.get();
            }
        }
        throw new IllegalStateException("no number");
    }

    /** A random 9-digit organisation-number-shaped text starting with 8 (demo-county uses 9). */
    public static String orgNumber() {
        return "8" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A random token of letters, to make names unique to one test. */
    public static String token() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }
}
