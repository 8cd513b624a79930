package no.vis.timetable;

/** What a dated change does to the timetable. */
public enum ChangeKind {
    /** the occurrence is not held */
    CANCELLED,
    /** the occurrence is held otherwise: another day or time (moved, stretched, shortened), room or teachers (substitute) */
    CHANGED,
    /** a lesson of the group outside its weekly lessons */
    EXTRA
}
