package no.vis.people;

import no.vis.common.NameCase;
import java.io.Serializable;
import java.time.LocalDate;

/** One line of the staff pupils list: what the list shows, read by one query; the name as it is shown ({@link NameCase}). */
public record PupilRow(long id, String givenName, String middleName, String familyName, LocalDate birthDate,
                         long schoolId, String schoolName, String classCode) implements Serializable {

    public PupilRow {
        givenName = NameCase.givenName(givenName);
        middleName = NameCase.familyName(middleName);
        familyName = NameCase.familyName(familyName);
    }

    /** "Family, Given Middle", the order lists are sorted in. */
    public String listName() {
        return familyName + ", " + givenName + (middleName == null ? "" : " " + middleName);
    }

    @Override
    public String toString() {
        return "PupilRow[" + id + "]"; // never personal data in logs
    }
}
