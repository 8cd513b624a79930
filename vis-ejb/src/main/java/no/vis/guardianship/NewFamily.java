package no.vis.guardianship;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.vis.people.Fodselsnummer;

/**
 * A pupil's guardians as a job delivers them: the guardianships (with their guardian, basis,
 * period and, when ended, why) and the consents about them (by the guardianship's index).
 */
public record NewFamily(Fodselsnummer pupil, List<Member> guardianships, List<GivenConsent> consents) implements Serializable {

    public NewFamily {
        Objects.requireNonNull(pupil, "pupil");
        guardianships = List.copyOf(guardianships);
        consents = List.copyOf(consents);
    }

    /** One guardianship of the family. {@code endedOn}/{@code endReason} null while active. */
    public record Member(NewGuardian guardian, GuardianshipBasis basis, ParentalResponsibility responsibility,
                         String manualReason, LocalDate from, LocalDate endedOn, GuardianshipEnd endReason)
            implements Serializable {
    }

    /** A consent about the guardian of guardianship {@code member}. */
    public record GivenConsent(int member, ConsentParty party, LocalDate givenOn, String formReference)
            implements Serializable {
    }

    @Override
    public String toString() {
        return "NewFamily[" + guardianships.size() + " guardianships]";
    }
}
