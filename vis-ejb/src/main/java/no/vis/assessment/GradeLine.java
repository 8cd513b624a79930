package no.vis.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import no.vis.absence.Band;

/**
 * A pupil's line in a grade protocol: the pupil, their fagkode in the group, the kind of grade and its
 * scale, where their absence stands in the period (percentage and band; null without planned lessons),
 * the principal's discretion (true a grade, false none, null no decision), what the absence limit
 * proposes (IV, or null), the grade as saved (null: none yet), and — for a grade set before the pupil's absence or the
 * principal's decision changed — what the rules now say of it (a message key; null: nothing).
 */
public record GradeLine(long pupilId, String name, String className, String subjectCode, GradeKind kind, GradeScale scale,
                        BigDecimal absencePercent, Band band, boolean hasHours, Boolean discretion, GradeValue proposal,
                        GradeValue value, String remark, String note, String conflict) implements Serializable {

    /** The grade as saved, or an empty text. */
    public String valueCode() {
        return value == null ? "" : value.code();
    }
}
