package no.vis.absence;

/** Where a pupil's counted absence in a subject stands against the limit. */
public enum Band {
    /** Below the county's warning threshold. */
    BELOW,
    /** At or over the warning threshold, not over 10 %: a warning is due. */
    WARNING,
    /** Over 10 %, not over 15 %: no grade (IV) unless the principal decides otherwise, with reasons. */
    DISCRETION,
    /** Over 15 %: no grade, no discretion. */
    NO_GRADE
}
