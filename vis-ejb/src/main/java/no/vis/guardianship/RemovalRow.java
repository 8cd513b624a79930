package no.vis.guardianship;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.vis.common.NameCase;

/** A line of the office's list of what guardian-age-removal removed. */
public record RemovalRow(long pupilId, String pupilName, String schoolName, String classCode, LocalDate eighteenthBirthday,
                         int guardianshipsEnded, int guardiansDeleted, OffsetDateTime removedAt) implements Serializable {

    /** From the register's name parts: "Family, Given" as it is shown ({@link NameCase}). */
    public RemovalRow(long pupilId, String givenName, String familyName, String schoolName, String classCode,
                      LocalDate eighteenthBirthday, int guardianshipsEnded, int guardiansDeleted, OffsetDateTime removedAt) {
        this(pupilId, NameCase.familyName(familyName) + ", " + NameCase.givenName(givenName), schoolName, classCode,
                eighteenthBirthday, guardianshipsEnded, guardiansDeleted, removedAt);
    }

    @Override
    public String toString() {
        return "RemovalRow[" + pupilId + "]";
    }
}
