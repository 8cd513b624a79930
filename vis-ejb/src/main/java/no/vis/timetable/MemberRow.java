package no.vis.timetable;

import java.io.Serializable;

/** A pupil of a teacher's group or class: name and class. */
public record MemberRow(long pupilId, String givenName, String familyName, String classCode) implements Serializable {

    @Override
    public String toString() {
        return "MemberRow[" + pupilId + "]";
    }
}
