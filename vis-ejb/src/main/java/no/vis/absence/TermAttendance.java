package no.vis.absence;

/**
 * Whether a pupil has met (møtt) in a term, as schools still report it to Lånekassen each term
 * (DOMAIN-SCHOOL.md §2; unconfirmed for 2025/26). Texts: {@code termReport.attendance.<NAME>}.
 */
public enum TermAttendance {
    /** Present in at least one lesson whose register was taken in the term. */
    MET,
    /** Registers were taken for the pupil's lessons in the term, and the pupil was absent from every one. */
    NOT_MET,
    /** No register of the pupil's lessons has been taken in the term yet. */
    NOT_YET
}
