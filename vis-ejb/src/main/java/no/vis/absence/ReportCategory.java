package no.vis.absence;

/** What a report from home says the absence is — never more (no free text, no health details). */
public enum ReportCategory {
    /** Ill: linked, the absence becomes health, self-certified (egenmelding). */
    ILL,
    /** Another reason: linked, the absence stays undocumented (reported, not documented). */
    OTHER
}
