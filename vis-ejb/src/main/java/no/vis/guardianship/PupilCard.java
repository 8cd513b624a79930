package no.vis.guardianship;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.common.NameCase;

/**
 * The pupil card for staff: personalia (the fødselsnummer only for roles that need it, the address
 * only when unprotected and the role needs it — the protection level always, so that staff know),
 * the guardians with basis and status, and the consents. Guardians and consents are empty for a
 * role that does not work with guardians. {@code registerFlags}: what Folkeregisteret said the
 * office must follow up ({@code DEAD}, {@code EMIGRATED}), for the roles that see guardians. Names
 * as they are shown ({@link NameCase}; the guardians' from {@code PersonName.displayName()}).
 */
public record PupilCard(long pupilId, String givenName, String middleName, String familyName, String fodselsnummer,
                        LocalDate birthDate, boolean ofAge, LocalDate eighteenthBirthday, Address address,
                        AddressProtection addressProtection, long schoolId, String schoolName, String classCode,
                        LocalDate leftOn, boolean guardiansShown, List<GuardianLine> guardians, List<ConsentLine> consents,
                        boolean mayManageGuardians, List<String> registerFlags) implements Serializable {

    public PupilCard {
        givenName = NameCase.givenName(givenName);
        middleName = NameCase.familyName(middleName);
        familyName = NameCase.familyName(familyName);
        guardians = List.copyOf(guardians);
        consents = List.copyOf(consents);
        registerFlags = List.copyOf(registerFlags);
    }

    @Override
    public String toString() {
        return "PupilCard[" + pupilId + "]"; // never personal data in logs
    }

    public String fullName() {
        return givenName + (middleName == null ? "" : " " + middleName) + " " + familyName;
    }

    /** Whether consents may be registered: the pupil is of age, or turns 18 within 90 days. */
    public boolean consentsRelevant() {
        return ofAge || !eighteenthBirthday.isAfter(no.vis.common.Today.inNorway().plusDays(90));
    }

    /** The active guardianships, for choosing whom a consent is about. */
    public List<GuardianLine> activeGuardians() {
        return guardians.stream().filter(GuardianLine::active).toList();
    }

    /** A guardianship with its guardian, as the card shows it. */
    public record GuardianLine(long guardianshipId, long guardianId, String name, GuardianshipBasis basis,
                               ParentalResponsibility responsibility, String manualReason, LocalDate activeFrom,
                               LocalDate activeTo, GuardianshipEnd endReason, String endNote, boolean active,
                               boolean seesPupil, Address address, AddressProtection addressProtection,
                               boolean fodselsnummerRefused, boolean canLogIn, ContactDetail mobile, ContactDetail email,
                               Language language) implements Serializable {

        @Override
        public String toString() {
            return "GuardianLine[" + guardianshipId + "]";
        }
    }

    /** A consent, valid or not. */
    public record ConsentLine(long consentId, long guardianId, String guardianName, ConsentParty party, LocalDate givenOn,
                              String formReference, LocalDate revokedOn, ConsentParty revokedBy, boolean validToday)
            implements Serializable {

        @Override
        public String toString() {
            return "ConsentLine[" + consentId + "]";
        }

        public Optional<LocalDate> revoked() {
            return Optional.ofNullable(revokedOn);
        }
    }
}
