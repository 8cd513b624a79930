package no.vis.absence;

import java.io.Serializable;

/**
 * What a teacher saves for one pupil: present ({@code kind} null), absent for the lesson, or late or
 * left early with the minutes missed; the code (null: the county's first lesson code).
 */
public record RegisterEntry(long pupilId, AbsenceKind kind, Integer minutes, Long codeId) implements Serializable {

    public static RegisterEntry present(long pupilId) {
        return new RegisterEntry(pupilId, null, null, null);
    }
}
