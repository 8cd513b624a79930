package no.vis.absence;

/** How a pupil missed (part of) a lesson. */
public enum AbsenceKind {
    /** The whole lesson. */
    ABSENT,
    /** Came late: the minutes missed. */
    LATE,
    /** Left early: the minutes missed. */
    LEFT_EARLY;

    /** Lateness (late or left early) rather than the whole lesson. */
    public boolean isLateness() {
        return this != ABSENT;
    }
}
