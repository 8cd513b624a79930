package no.vis.absence;

import java.io.Serializable;

/**
 * One pupil on a register: name and class, and what is registered — nothing (present), or absent,
 * late or left early with minutes, code and documentation. A day absence of the contact teacher's
 * locks the line.
 */
public record RegisterLine(long pupilId, String givenName, String familyName, String classCode, AbsenceKind kind,
                           Integer minutes, Long codeId, Documentation documentation, boolean lockedByDayAbsence,
                           String dayCode) implements Serializable {

    public boolean isPresent() {
        return kind == null;
    }

    @Override
    public String toString() {
        return "RegisterLine[" + pupilId + "]";
    }
}
