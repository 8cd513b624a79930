package no.vis.people;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in its one stored form, E.164 ({@code +4741234567}), whatever KRR sent or a person
 * typed: {@code +47 412 34 567}, {@code 004741234567}, {@code 41234567}, with spaces, dashes, dots or
 * parentheses. A Norwegian number is 8 digits (first digit 2–9; a mobile number starts with 4 or 9);
 * without a country code a number is taken as Norwegian. A foreign number needs its country code
 * ({@code +46 70 123 45 67} or {@code 0046 70 123 45 67}) and has 7 to 15 digits in all, as E.164
 * allows. Immutable; {@link #toString()} prints nothing personal.
 */
public final class PhoneNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest text accepted as typed (spaces and all). */
    public static final int INPUT_MAX = 30;

    /** The stored form's longest length: "+" and 15 digits. */
    public static final int E164_MAX = 16;

    /** Why a text is not an acceptable number; each has a message key {@code phone.invalid.<name>}. */
    public enum Problem {
        /** empty, letters, too few or too many digits, or no country code where one is needed */
        FORMAT,
        /** a Norwegian number that is not a mobile number, where a mobile number is asked for */
        NOT_MOBILE;

        public String messageKey() {
            return "phone.invalid." + (this == FORMAT ? "format" : "notMobile");
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0.\\-()/]");
    private static final Pattern NORWEGIAN = Pattern.compile("[2-9]\\d{7}");
    private static final Pattern INTERNATIONAL = Pattern.compile("[1-9]\\d{6,14}");

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /**
     * Reads a number typed by a person or sent by a register.
     *
     * @throws InvalidPhoneNumberException with {@link Problem#FORMAT}; its message never holds the number
     */
    public static PhoneNumber parse(String text) {
        if (text == null || text.length() > INPUT_MAX) {
            throw new InvalidPhoneNumberException(Problem.FORMAT);
        }
        String compact = SEPARATORS.matcher(text).replaceAll("");
        String international;
        if (compact.startsWith("+")) {
            international = compact.substring(1);
        } else if (compact.startsWith("00")) {
            international = compact.substring(2);
        } else if (NORWEGIAN.matcher(compact).matches()) {
            return new PhoneNumber("+47" + compact);
        } else {
            throw new InvalidPhoneNumberException(Problem.FORMAT);
        }
        if (international.startsWith("47")) {
            if (!NORWEGIAN.matcher(international.substring(2)).matches()) {
                throw new InvalidPhoneNumberException(Problem.FORMAT);
            }
        } else if (!INTERNATIONAL.matcher(international).matches()) {
            throw new InvalidPhoneNumberException(Problem.FORMAT);
        }
        return new PhoneNumber("+" + international);
    }

    /** As {@link #parse}, and a Norwegian number must be a mobile number (foreign numbers cannot be told apart). */
    public static PhoneNumber parseMobile(String text) {
        PhoneNumber number = parse(text);
        if (number.isNorwegian() && !number.isMobile()) {
            throw new InvalidPhoneNumberException(Problem.NOT_MOBILE);
        }
        return number;
    }

    /** The number, or empty when the text is not one. */
    public static Optional<PhoneNumber> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidPhoneNumberException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #parseMobile} but answers with the problem instead of throwing. */
    public static Optional<Problem> problemWithMobile(String text) {
        try {
            parseMobile(text);
            return Optional.empty();
        } catch (InvalidPhoneNumberException e) {
            return Optional.of(e.problem());
        }
    }

    /** The stored form: {@code +} and the digits, country code first. */
    public String e164() {
        return e164;
    }

    public boolean isNorwegian() {
        return e164.startsWith("+47");
    }

    /** A Norwegian mobile number (4xx xx xxx or 9xx xx xxx); false for every foreign number. */
    public boolean isMobile() {
        return isNorwegian() && (e164.charAt(3) == '4' || e164.charAt(3) == '9');
    }

    /**
     * The number grouped to be read: Norwegian mobiles {@code +47 412 34 567}, other Norwegian
     * numbers {@code +47 22 33 44 55}; foreign numbers as stored (their grouping depends on the country).
     */
    public String display() {
        return display(e164);
    }

    /** {@link #display()} for a stored number; a text that is not one is returned unchanged. */
    public static String display(String stored) {
        if (stored == null || !stored.startsWith("+47") || stored.length() != 11) {
            return stored;
        }
        String n = stored.substring(3);
        if (n.charAt(0) == '4' || n.charAt(0) == '9') {
            return String.format(Locale.ROOT, "+47 %s %s %s", n.substring(0, 3), n.substring(3, 5), n.substring(5));
        }
        return String.format(Locale.ROOT, "+47 %s %s %s %s", n.substring(0, 2), n.substring(2, 4), n.substring(4, 6),
                n.substring(6));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && e164.equals(other.e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    @Override
    public String toString() {
        return "PhoneNumber[…]"; // contact details are personal data: not for logs
    }
}
