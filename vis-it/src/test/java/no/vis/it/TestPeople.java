package no.vis.it;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import no.vis.people.Fodselsnummer;

/**
 * Synthetic fødselsnumre for test data: NAV's +40 kind (demo-county uses Tenor's +80, so the two
 * never meet), from a random date so that tests do not share numbers.
 */
public final class TestPeople {

    private final LocalDate date;
    private int individual = 500;

    public TestPeople() {
        date = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
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
