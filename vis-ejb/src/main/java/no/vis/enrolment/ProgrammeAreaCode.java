package no.vis.enrolment;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.vis.school.SchoolClass.Level;

/**
 * A programme area (programområde) code as Grep writes it: ten characters, the utdanningsprogram's
 * two letters, three letters for the programme area, the level's digit, then four letters, digits
 * or dashes ({@code STSSA1----}, {@code ELELE1----}, {@code STUSP1----}). Only the form is checked
 * here; whether a school offers it is {@link OfferedProgrammeArea}'s, and what it means is Grep's.
 */
public final class ProgrammeAreaCode {

    public static final int LENGTH = 10;
    private static final Pattern FORM = Pattern.compile("[A-Z]{5}[1-4][A-Z0-9-]{4}");

    private ProgrammeAreaCode() {
    }

    /** The code in its stored form (upper case, no spaces), or empty when it is not a programme area code. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return FORM.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /**
     * What is wrong with the code for a pupil on the level, as a message key; empty when it fits.
     * The level's digit must be the level's (a Vg2 programme area for a Vg1 pupil is a mistake).
     */
    public static Optional<String> problemWith(String text, Level level) {
        Optional<String> code = normalise(text);
        if (code.isEmpty()) {
            return Optional.of("enrolment.programmeArea.invalid");
        }
        if (level != null && code.get().charAt(5) - '0' != level.ordinal() + 1) {
            return Optional.of("enrolment.programmeArea.otherLevel");
        }
        return Optional.empty();
    }
}
