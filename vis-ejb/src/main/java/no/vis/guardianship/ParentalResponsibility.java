package no.vis.guardianship;

import java.util.Locale;
import java.util.Optional;

/**
 * Folkeregisteret's {@code foreldreansvar.ansvar}: who holds parental responsibility. Shared
 * responsibility ({@code felles}) is one element per parent, both {@code felles}.
 */
public enum ParentalResponsibility {
    FELLES, MOR, FAR, MEDMOR, ANDRE, UKJENT;

    /** The value for the register's text; empty for a value VIS does not know (the register adds values). */
    public static Optional<ParentalResponsibility> fromRegister(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
