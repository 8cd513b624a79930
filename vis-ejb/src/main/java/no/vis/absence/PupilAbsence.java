package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A pupil's absence this school year: per subject for the current half-year and the year (percent,
 * band, distance to the limit), and — where the viewer may see detail — each registered absence, newest
 * first — the warnings the viewer received, and the days and hours for the vitnemål per half-year. {@code detail} false: the entries are left out (a
 * guardian in a county that does not show them).
 */
public record PupilAbsence(int schoolYear, LocalDate secondHalfFrom, AbsencePeriod currentHalf, List<SubjectAbsence> subjects,
                           boolean detail, List<AbsenceEntryView> entries, int totalMinutes, List<WarningView> warnings,
                           List<DiplomaHalf> diploma)
        implements Serializable {

    public PupilAbsence {
        subjects = List.copyOf(subjects);
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
        diploma = List.copyOf(diploma);
    }

    /** No school year (the county has none for today): nothing to show. */
    public static PupilAbsence none() {
        return new PupilAbsence(0, null, AbsencePeriod.FIRST_HALF, List.of(), false, List.of(), 0, List.of(), List.of());
    }

    public boolean isEmpty() {
        return subjects.isEmpty();
    }

    public List<SubjectAbsence> ofPeriod(AbsencePeriod period) {
        return subjects.stream().filter(s -> s.period() == period).toList();
    }

    public List<SubjectAbsence> getYear() {
        return ofPeriod(AbsencePeriod.YEAR);
    }

    public List<SubjectAbsence> getHalf() {
        return ofPeriod(currentHalf);
    }

    /** Total registered absence in clock hours (for everyone who may see the pupil's history). */
    public java.math.BigDecimal totalHours() {
        return java.math.BigDecimal.valueOf(totalMinutes).divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
    }
}
