package no.vis.assessment;

import java.io.Serializable;

/**
 * A subject in a school year of a pupil's history: the halvårsvurdering after the first and the second
 * half-year, the standpunkt grade, and the fagmerknad (each null where there is none, or none published).
 */
public record HistorySubject(String subjectCode, String title, GradeValue firstHalf, GradeValue secondHalf, GradeValue standpunkt,
                             String remark) implements Serializable {

    HistorySubject with(RoundKind round, GradeKind kind, GradeValue value, String newRemark) {
        GradeValue first = firstHalf;
        GradeValue second = secondHalf;
        GradeValue last = standpunkt;
        if (round == RoundKind.FIRST_HALF) {
            first = value;
        } else if (kind == GradeKind.FINAL) {
            last = value;
        } else {
            second = value;
        }
        return new HistorySubject(subjectCode, title, first, second, last, newRemark); // the latest round's fagmerknad
    }

    public String firstHalfCode() {
        return firstHalf == null ? "" : firstHalf.code();
    }

    public String secondHalfCode() {
        return secondHalf == null ? "" : secondHalf.code();
    }

    public String standpunktCode() {
        return standpunkt == null ? "" : standpunkt.code();
    }
}
