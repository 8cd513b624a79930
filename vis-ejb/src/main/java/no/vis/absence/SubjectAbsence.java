package no.vis.absence;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A pupil's absence in one subject (fagkode) over a period: the planned minutes (the timetable's
 * lessons held, cancelled ones not), the minutes registered absent, what counts toward the limit
 * under the school year's rules, and the band. With no planned lessons there is no percentage
 * ({@code count} and {@code band} null) rather than a division by zero.
 */
public record SubjectAbsence(String subjectCode, String subject, AbsencePeriod period, int plannedMinutes, int registeredMinutes,
                             AbsenceRules.Count count, Band band) implements Serializable {

    public SubjectAbsence withSubject(String title) {
        return new SubjectAbsence(subjectCode, title, period, plannedMinutes, registeredMinutes, count, band);
    }

    public boolean hasPlan() {
        return count != null;
    }

    /** Counted percentage, two decimals (null without a plan). */
    public BigDecimal percent() {
        return count == null ? null : count.percent();
    }

    /** Clock hours more that may be counted before the limit is passed (null without a plan). */
    public BigDecimal hoursToLimit() {
        return count == null ? null : BigDecimal.valueOf(count.minutesToLimit()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** Registered absence in clock hours. */
    public BigDecimal registeredHours() {
        return BigDecimal.valueOf(registeredMinutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
