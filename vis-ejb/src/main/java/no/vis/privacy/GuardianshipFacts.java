package no.vis.privacy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the guardian access policy needs to know about one guardian and one pupil: the
 * guardianship's period (none: {@code activeFrom} null; {@code activeTo} exclusive, as
 * {@code Guardianship}'s), the pupil's birth date, leaving date and whether the pupil's address is
 * protected (any level of Folkeregisteret's {@code adressebeskyttelse}), and the consents of each
 * party about this guardian (all of them, history included).
 */
public record GuardianshipFacts(LocalDate activeFrom, LocalDate activeTo, LocalDate pupilBirthDate, LocalDate pupilLeftOn,
                                boolean pupilAddressProtected, List<ConsentPeriod> pupilConsents,
                                List<ConsentPeriod> guardianConsents) implements Serializable {

    public GuardianshipFacts {
        Objects.requireNonNull(pupilBirthDate, "pupil's birth date");
        pupilConsents = List.copyOf(pupilConsents);
        guardianConsents = List.copyOf(guardianConsents);
    }

    /** No guardianship at all between the two. */
    public static GuardianshipFacts none(LocalDate pupilBirthDate) {
        return new GuardianshipFacts(null, null, pupilBirthDate, null, false, List.of(), List.of());
    }
}
