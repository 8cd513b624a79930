package no.vis.people;

import no.vis.common.NameCase;
import java.io.Serializable;
import java.time.LocalDate;

/** One line of the staff students list: what the list shows, read by one query; the name as it is shown ({@link NameCase}). */
public record StudentRow(long id, String givenName, String middleName, String familyName, LocalDate birthDate,
                         long schoolId, String schoolName, String classCode) implements Serializable {

    public StudentRow {
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
        return "StudentRow[" + id + "]"; // never personal data in logs
    }
}
