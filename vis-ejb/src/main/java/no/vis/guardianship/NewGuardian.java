package no.vis.guardianship;

import java.io.Serializable;
import java.util.Objects;
import no.vis.people.Address;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;
import no.vis.people.PhoneNumber;

/** A guardian as a register or a job delivers them (the fødselsnummer may be missing or refused). */
public record NewGuardian(Fodselsnummer fodselsnummer, boolean fodselsnummerRefused, PersonName name, Address address,
                          PhoneNumber mobile, ContactSource mobileSource, String email, ContactSource emailSource,
                          Language language) implements Serializable {

    public NewGuardian {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
    }

    Guardian create() {
        Guardian guardian = new Guardian(fodselsnummer, fodselsnummerRefused, name, address);
        if (mobile != null) {
            guardian.setMobile(mobile, mobileSource);
        }
        if (email != null) {
            guardian.setEmail(email, emailSource);
        }
        guardian.changePreferredLanguage(language);
        return guardian;
    }

    @Override
    public String toString() {
        return "NewGuardian[…]";
    }
}
