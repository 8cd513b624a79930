package no.vis.assessment;

import java.util.List;
import java.util.Optional;
import no.vis.absence.Band;

/**
 * The rules for one grade, as a pure function: the expression must be on the fagkode's scale; over the
 * absence limit (opplæringsforskrifta § 9-8) only IV or fritatt — between 10 and 15 % a grade only where
 * the principal decided so; fritatt is recorded with its fagmerknad (FAM01 or FAM02); at most one
 * fagmerknad per subject, one of Udir's codes.
 */
public final class GradeRules {

    /** Udir's fagmerknader a grade protocol offers (Føring av vitnemål og kompetansebevis, vgs). */
    public static final List<String> REMARKS = List.of("FAM01", "FAM02", "FAM03", "FAM04", "FAM05", "FAM59");
    /** The fagmerknader that go with fritatt. */
    public static final List<String> EXEMPTION_REMARKS = List.of("FAM01", "FAM02");

    private GradeRules() {
    }

    /**
     * What the absence limit proposes: IV over 15 %, and between 10 and 15 % unless the principal decided
     * the pupil is to have a grade; null where the limit does not stand in the way.
     *
     * @param discretion the principal's decision for the pupil, subject and period: true a grade, false
     *                   none, null no decision
     */
    public static GradeValue proposal(Band band, Boolean discretion) {
        if (band == Band.NO_GRADE || band == Band.DISCRETION && !Boolean.TRUE.equals(discretion)) {
            return GradeValue.NOT_ASSESSED;
        }
        return null;
    }

    /** The message key of what is wrong with the value on the scale and against the absence limit; empty when it may be set. */
    public static Optional<String> checkValue(GradeScale scale, GradeValue value, Band band, Boolean discretion) {
        if (!scale.allows(value)) {
            return Optional.of("grades.value.notOnScale");
        }
        if (value.isAssessment() && band == Band.NO_GRADE) {
            return Optional.of("grades.value.overLimit");
        }
        if (value.isAssessment() && band == Band.DISCRETION && !Boolean.TRUE.equals(discretion)) {
            return Optional.of(discretion == null ? "grades.value.needsDiscretion" : "grades.value.discretionRefused");
        }
        return Optional.empty();
    }

    /** The message key of what is wrong with the fagmerknad (null: none) for the value; empty when it is right. */
    public static Optional<String> checkRemark(GradeValue value, String remark) {
        if (remark != null && !REMARKS.contains(remark)) {
            return Optional.of("grades.remark.unknown");
        }
        if (value == GradeValue.EXEMPT && (remark == null || !EXEMPTION_REMARKS.contains(remark))) {
            return Optional.of("grades.remark.exemptNeedsCode");
        }
        return Optional.empty();
    }
}
