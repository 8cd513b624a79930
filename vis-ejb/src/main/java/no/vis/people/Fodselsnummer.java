package no.vis.people;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A Norwegian national identity number from Folkeregisteret: fødselsnummer, D-nummer or H-nummer
 * (11 digits, {@code DDMMYY III K1 K2}). Immutable; validated once, in {@link #parse}.
 *
 * <p>Rules (see DOMAIN.md §1):
 * <ul>
 *   <li>control digits by the rule in force from 2032, which accepts every number issued before:
 *       the K1 weighted sum (K1 weighted 1) may leave 0, 1, 2 or 3 modulo 11, K2 must leave 0;</li>
 *   <li>D-nummer: first digit + 4 (day 41–71); H-nummer: month + 40 (41–52);</li>
 *   <li>synthetic test persons — Skatteetaten/Tenor month + 80, NAV/Dolly month + 40 — are accepted
 *       only when synthetic numbers are allowed (a test-mode setting). Then month + 40 is read as
 *       NAV synthetic; in production it is an H-nummer;</li>
 *   <li>the (decoded) day and month must form a date; 29 February when the two-digit year is
 *       divisible by 4. The century is not checked: numbers issued from 2032 do not encode it;</li>
 *   <li>FH-numbers (first digit 8 or 9) are health-sector numbers, not person identities in
 *       Folkeregisteret, and are refused.</li>
 * </ul>
 * {@link #toString()} never shows the number; {@link #value()} is for storage and registers only.
 */
public final class Fodselsnummer implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    /** The kind of number, read from its date offsets. */
    public enum Kind {
        /** fødselsnummer */
        FNR,
        /** D-nummer: day + 40 */
        DNR,
        /** H-nummer (health sector helper number): month + 40, production only */
        HNR
    }

    /** Whether the number belongs to a synthetic test population, and which. */
    public enum Synthetic {
        NONE,
        /** Skatteetaten's Tenor test population, ID-porten and KRR test users: month + 80 */
        TENOR,
        /** NAV's Dolly test population: month + 40 */
        NAV
    }

    /** Why a text is not an acceptable number; each has a message key {@code fnr.invalid.<name>}. */
    public enum Problem {
        /** empty, or not exactly 11 digits */
        FORMAT,
        /** a control digit is wrong */
        CHECKSUM,
        /** the day and month do not form a date */
        DATE,
        /** a synthetic test number where only real numbers are allowed */
        SYNTHETIC_NOT_ALLOWED,
        /** an FH-number, which is not a Folkeregister identity */
        FH_NUMBER;

        public String messageKey() {
            return "fnr.invalid." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String value;
    private final Kind kind;
    private final Synthetic synthetic;

    private Fodselsnummer(String value, Kind kind, Synthetic synthetic) {
        this.value = value;
        this.kind = kind;
        this.synthetic = synthetic;
    }

    /**
     * Reads a number typed by a person or sent by a register. Surrounding white space and one space
     * between the date and the personnummer ({@code 010203 12345}) are accepted.
     *
     * @param allowSynthetic whether synthetic test numbers are accepted (test mode only)
     * @throws InvalidFodselsnummerException with the {@link Problem}; its message never holds the number
     */
    public static Fodselsnummer parse(String text, boolean allowSynthetic) {
        String digits = text == null ? "" : text.strip().replace(" ", "");
        if (digits.length() != 11 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidFodselsnummerException(Problem.FORMAT);
        }
        int[] d = digits.chars().map(c -> c - '0').toArray();
        if (!controlDigitsValid(d)) {
            throw new InvalidFodselsnummerException(Problem.CHECKSUM);
        }
        if (d[0] >= 8) {
            throw new InvalidFodselsnummerException(Problem.FH_NUMBER);
        }
        boolean dNumber = d[0] >= 4;
        int day = (d[0] % 4) * 10 + d[1];
        int month = d[2] * 10 + d[3];

        Synthetic synthetic = Synthetic.NONE;
        Kind kind = dNumber ? Kind.DNR : Kind.FNR;
        if (month > 80) {
            synthetic = Synthetic.TENOR;
            month -= 80;
        } else if (month > 40) {
            month -= 40;
            if (allowSynthetic) {
                synthetic = Synthetic.NAV;
            } else if (dNumber) {
                // a D-number with month + 40 exists only in NAV's synthetic population
                throw new InvalidFodselsnummerException(Problem.SYNTHETIC_NOT_ALLOWED);
            } else {
                kind = Kind.HNR;
            }
        }
        if (synthetic != Synthetic.NONE && !allowSynthetic) {
            throw new InvalidFodselsnummerException(Problem.SYNTHETIC_NOT_ALLOWED);
        }
        int twoDigitYear = d[4] * 10 + d[5];
        if (!isPlausibleDate(day, month, twoDigitYear)) {
            throw new InvalidFodselsnummerException(Problem.DATE);
        }
        return new Fodselsnummer(digits, kind, synthetic);
    }

    /** Like {@link #parse} but answers with the problem instead of throwing. */
    public static Optional<Problem> problemWith(String text, boolean allowSynthetic) {
        try {
            parse(text, allowSynthetic);
            return Optional.empty();
        } catch (InvalidFodselsnummerException e) {
            return Optional.of(e.problem());
        }
    }

    /**
     * Builds a valid number with the classic (pre-2032) control digits from a date and an
     * individnummer, or nothing when no valid K1/K2 exists for them (about one in six).
     * For data generators and tests; the date is encoded as given (add offsets with {@code kind}
     * and {@code synthetic}).
     */
    public static Optional<Fodselsnummer> compose(LocalDate date, int individnummer, boolean dNumber, Synthetic synthetic) {
        if (individnummer < 0 || individnummer > 999) {
            throw new IllegalArgumentException("individnummer must be 0-999");
        }
        int day = date.getDayOfMonth() + (dNumber ? 40 : 0);
        int month = date.getMonthValue() + switch (synthetic) {
            case NONE -> 0;
            case NAV -> 40;
            case TENOR -> 80;
        };
        String first9 = String.format("%02d%02d%02d%03d", day, month, date.getYear() % 100, individnummer);
        int[] d = new int[11];
        for (int i = 0; i < 9; i++) {
            d[i] = first9.charAt(i) - '0';
        }
        int k1 = controlDigit(d, K1_WEIGHTS);
        if (k1 > 9) {
            return Optional.empty();
        }
        d[9] = k1;
        int k2 = controlDigit(d, K2_WEIGHTS);
        if (k2 > 9) {
            return Optional.empty();
        }
        d[10] = k2;
        StringBuilder sb = new StringBuilder(11);
        for (int digit : d) {
            sb.append(digit);
        }
        return Optional.of(new Fodselsnummer(sb.toString(),
                dNumber ? Kind.DNR : Kind.FNR, synthetic));
    }

    /** Classic control digit: 11 − (Σ weight·digit mod 11), 11 → 0; 10 means no valid digit. */
    private static int controlDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digits[i];
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }

    /** The 2032 rule: K1's weighted sum leaves 0–3 modulo 11, K2's leaves 0. */
    private static boolean controlDigitsValid(int[] d) {
        int sum1 = d[9];
        for (int i = 0; i < 9; i++) {
            sum1 += K1_WEIGHTS[i] * d[i];
        }
        if (sum1 % 11 > 3) {
            return false;
        }
        int sum2 = d[10];
        for (int i = 0; i < 10; i++) {
            sum2 += K2_WEIGHTS[i] * d[i];
        }
        return sum2 % 11 == 0;
    }

    private static boolean isPlausibleDate(int day, int month, int twoDigitYear) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        if (month == 2 && day == 29) {
            return twoDigitYear % 4 == 0;
        }
        try {
            MonthDay.of(month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The 11 digits, for storage and register calls only: never for logs or display. */
    public String value() {
        return value;
    }

    public Kind kind() {
        return kind;
    }

    public Synthetic synthetic() {
        return synthetic;
    }

    public boolean isSynthetic() {
        return synthetic != Synthetic.NONE;
    }

    /** The individnummer (digits 7–9). */
    public int individualNumber() {
        return Integer.parseInt(value.substring(6, 9));
    }

    /** The decoded day and month of the birth date encoded in the number. */
    public MonthDay birthDay() {
        int day = Integer.parseInt(value.substring(0, 2)) % 40;
        int month = Integer.parseInt(value.substring(2, 4)) % 40;
        return MonthDay.of(month, day);
    }

    /** Whether K1 follows the rule used before 2032 (weighted sum leaves 0). */
    public boolean hasClassicControlDigits() {
        int sum1 = value.charAt(9) - '0';
        for (int i = 0; i < 9; i++) {
            sum1 += K1_WEIGHTS[i] * (value.charAt(i) - '0');
        }
        return sum1 % 11 == 0;
    }

    /**
     * The birth date by the classic individnummer table, for fødselsnumre issued before 2032 only.
     * Empty for D- and H-numbers (Skatteetaten: do not derive the year from them), for numbers with
     * 2032 control digits, and where the table gives no century. Folkeregisteret's
     * {@code foedselsdato} is the truth; this is a plausibility check.
     */
    public Optional<LocalDate> birthDateByClassicRules() {
        if (kind != Kind.FNR || !hasClassicControlDigits()) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(value.substring(4, 6));
        int individual = individualNumber();
        Integer century = null;
        if (individual <= 499) {
            century = 1900;
        } else if (individual <= 749 && yy >= 54) {
            century = 1800;
        } else if (yy <= 39) {
            century = 2000;
        } else if (individual >= 900) {
            century = 1900;
        }
        if (century == null) {
            return Optional.empty();
        }
        MonthDay md = birthDay();
        try {
            return Optional.of(LocalDate.of(century + yy, md.getMonthValue(), md.getDayOfMonth()));
        } catch (DateTimeException e) {
            return Optional.empty(); // 29 February in a year that was not a leap year
        }
    }

    /** For staff screens that need to tell pupils apart: the date part, personnummer hidden. */
    public String masked() {
        return value.substring(0, 6) + " *****";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fodselsnummer other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the number: log lines and exception messages may contain this. */
    @Override
    public String toString() {
        return "Fodselsnummer[" + kind + (isSynthetic() ? ", synthetic " + synthetic : "") + ", ***********]";
    }
}
