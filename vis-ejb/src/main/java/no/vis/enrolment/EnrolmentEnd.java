package no.vis.enrolment;

/**
 * Why an enrolment ended. The first six are the leaving reasons schools report (the pupil leaves
 * the county's upper secondary schools: {@code student.left_on} is set); the last two are moves
 * within VIS, where a new enrolment follows on the same day. Texts: {@code enrolmentEnd.<NAME>}
 * in the bundles (nb, nn, en).
 */
public enum EnrolmentEnd {
    /** Fullført: completed upper secondary education. */
    COMPLETED(true),
    /** Moved to a school outside the county (or a private school). */
    MOVED_TO_OTHER_SCHOOL(true),
    /** Avbrudd: dropped out (reported to Lånekassen). */
    DROPPED_OUT(true),
    /** Moved away (abroad, or out of the county without a school place). */
    MOVED_AWAY(true),
    /** Went on to an apprenticeship (læreplass). */
    APPRENTICESHIP(true),
    OTHER(true),
    /** Moved to another school of the county: the receiving school's enrolment follows. */
    TRANSFERRED(false),
    /** Another programme area or level at the same school: the new enrolment follows. */
    PROGRAMME_CHANGED(false);

    private final boolean leaving;

    EnrolmentEnd(boolean leaving) {
        this.leaving = leaving;
    }

    /** Whether the pupil leaves the county's schools (what the office registers as leaving). */
    public boolean leaving() {
        return leaving;
    }

    /** The reasons the office chooses from when a pupil leaves. */
    public static java.util.List<EnrolmentEnd> leavingReasons() {
        return java.util.Arrays.stream(values()).filter(EnrolmentEnd::leaving).toList();
    }
}
