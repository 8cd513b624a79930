package no.vis.guardianship;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What VIS accepts as a phone number and an e-mail address, and the form it stores them in.
 * Phone: a Norwegian mobile number (8 digits starting with 4 or 9, with or without +47 / 0047 and
 * spaces), or a foreign number in international form (+ and 7–15 digits). E-mail: one @, a dot in
 * the domain, no spaces, at most 254 characters.
 */
public final class ContactRules {

    public static final int EMAIL_MAX = 254;
    private static final Pattern NORWEGIAN_MOBILE = Pattern.compile("(?:\\+47|0047)?([49]\\d{7})");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+(?!47)[1-9]\\d{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]{2,}");

    private ContactRules() {
    }

    /** The number in stored form (+47XXXXXXXX or +CC…), or empty when it is not a usable mobile number. */
    public static Optional<String> mobile(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.replaceAll("[\\s.-]", "");
        var norwegian = NORWEGIAN_MOBILE.matcher(compact);
        if (norwegian.matches()) {
            return Optional.of("+47" + norwegian.group(1));
        }
        if (INTERNATIONAL.matcher(compact).matches()) {
            return Optional.of(compact);
        }
        return Optional.empty();
    }

    /** The address in stored form (domain in lower case), or empty when it is not an e-mail address. */
    public static Optional<String> email(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String trimmed = input.strip();
        if (trimmed.length() > EMAIL_MAX || !EMAIL.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        int at = trimmed.lastIndexOf('@');
        return Optional.of(trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
