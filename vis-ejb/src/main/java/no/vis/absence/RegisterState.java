package no.vis.absence;

/** Where a lesson's register stands. */
public enum RegisterState {
    /** The lesson is cancelled: no register. */
    CANCELLED,
    /** The lesson has not started: the register opens at its start. */
    NOT_STARTED,
    /** Started (or over), not taken. */
    NOT_TAKEN,
    /** Taken by a teacher. */
    TAKEN
}
