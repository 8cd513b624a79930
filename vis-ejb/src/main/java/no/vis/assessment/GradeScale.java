package no.vis.assessment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The expressions a fagkode's assessment allows. Most subjects are graded 1–6; some bestått / ikke
 * bestått, some only deltatt. Grep's vurderingsordning does not say which, so the county keeps the
 * subjects that are not 1–6 ({@code grade_scale}); every scale also allows fritatt and IV.
 */
public enum GradeScale {
    NUMERIC(EnumSet.of(GradeValue.ONE, GradeValue.TWO, GradeValue.THREE, GradeValue.FOUR, GradeValue.FIVE, GradeValue.SIX)),
    PASS_FAIL(EnumSet.of(GradeValue.PASSED, GradeValue.NOT_PASSED)),
    PARTICIPATION(EnumSet.of(GradeValue.PARTICIPATED));

    private final Set<GradeValue> allowed;

    GradeScale(Set<GradeValue> grades) {
        EnumSet<GradeValue> all = EnumSet.copyOf(grades);
        all.add(GradeValue.EXEMPT);
        all.add(GradeValue.NOT_ASSESSED);
        this.allowed = all;
    }

    public boolean allows(GradeValue value) {
        return allowed.contains(value);
    }

    /** The expressions in the order a page offers them. */
    public Set<GradeValue> allowed() {
        return EnumSet.copyOf(allowed);
    }
}
