package no.vis.calendar;

/** Which weeks a weekly lesson is held in. */
public enum WeekKind {
    EVERY, A, B;

    /** Whether a lesson of this kind is held in a week of the given letter (A or B). */
    public boolean heldIn(WeekKind letter) {
        return this == EVERY || this == letter;
    }
}
