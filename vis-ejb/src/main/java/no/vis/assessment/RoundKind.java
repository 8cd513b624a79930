package no.vis.assessment;

import no.vis.absence.AbsencePeriod;

/**
 * An assessment round of a school year: after the first half-year (halvårsvurdering), and at the year's
 * end (standpunkt in subjects that end, halvårsvurdering in those that go on).
 */
public enum RoundKind {
    FIRST_HALF, YEAR_END;

    /** The absence period a grade of this kind in the round is measured against (§ 9-8). */
    public AbsencePeriod absencePeriod(GradeKind kind) {
        if (this == FIRST_HALF) {
            return AbsencePeriod.FIRST_HALF;
        }
        return kind == GradeKind.FINAL ? AbsencePeriod.YEAR : AbsencePeriod.SECOND_HALF;
    }
}
