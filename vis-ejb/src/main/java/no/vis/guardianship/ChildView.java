package no.vis.guardianship;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import no.vis.people.Address;
import no.vis.common.NameCase;
import no.vis.privacy.DataCategory;

/**
 * What a guardian sees of a child, as the guardian access policy allows: personalia (the address
 * only when it is not protected, else null), school and class, the categories they may open, and
 * their own contact information as the school has it. The name as it is shown ({@link NameCase}).
 */
public record ChildView(long pupilId, String givenName, String middleName, String familyName, LocalDate birthDate,
                        Address address, String schoolName, String classCode, Set<DataCategory> categories,
                        ContactDetail myMobile, ContactDetail myEmail) implements Serializable {

    public ChildView {
        givenName = NameCase.givenName(givenName);
        middleName = NameCase.familyName(middleName);
        familyName = NameCase.familyName(familyName);
        categories = Set.copyOf(categories);
    }

    @Override
    public String toString() {
        return "ChildView[" + pupilId + "]"; // never personal data in logs
    }
}
