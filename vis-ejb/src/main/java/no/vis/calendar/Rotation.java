package no.vis.calendar;

/**
 * How A and B weeks follow each other. Schools differ (DOMAIN-SCHOOL.md §1), so the school year says.
 */
public enum Rotation {
    /** A, B, A, B … from the year's anchor week (an A week), whatever the week numbers: two odd ISO weeks in a row (53 and 1) still alternate */
    ALTERNATING,
    /** odd ISO weeks are A weeks, even ones B weeks (InSchool's "odd/even week" plans): week 53 and week 1 are both A */
    ISO_PARITY
}
