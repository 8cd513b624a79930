package no.vis.assessment;

import java.util.Locale;
import java.util.Optional;

/**
 * An assessment expression: a grade 1–6, bestått / ikke bestått, deltatt, fritatt, or IV (ikke
 * vurdert: no basis for assessment, e.g. the absence limit). {@link #code()} is what is stored and what
 * documents print.
 */
public enum GradeValue {
    ONE("1"), TWO("2"), THREE("3"), FOUR("4"), FIVE("5"), SIX("6"),
    PASSED("B"), NOT_PASSED("IB"), PARTICIPATED("D"), EXEMPT("F"), NOT_ASSESSED("IV");

    private final String code;

    GradeValue(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A grade that says what the pupil achieved (1–6, B, IB, D), as opposed to fritatt or IV. */
    public boolean isAssessment() {
        return this != EXEMPT && this != NOT_ASSESSED;
    }

    /** The value of a stored or typed code ("5", "iv", " B "); empty for anything else. */
    public static Optional<GradeValue> ofCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        for (GradeValue v : values()) {
            if (v.code.equals(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
