package no.vis.guardianship;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A line of the office's list of what guardian-age-removal removed. */
public record RemovalRow(long studentId, String pupilName, String schoolName, String classCode, LocalDate eighteenthBirthday,
                         int guardianshipsEnded, int guardiansDeleted, OffsetDateTime removedAt) implements Serializable {

    @Override
    public String toString() {
        return "RemovalRow[" + studentId + "]";
    }
}
