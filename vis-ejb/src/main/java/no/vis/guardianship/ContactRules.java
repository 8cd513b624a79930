package no.vis.guardianship;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What VIS accepts as an e-mail address, and the form it stores it in: one @, a dot in the domain,
 * no spaces, at most 254 characters. Phone numbers: {@link no.vis.people.PhoneNumber}.
 */
public final class ContactRules {

    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]{2,}");

    private ContactRules() {
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
