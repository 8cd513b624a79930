package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A report from home as its reporter, and the contact teacher, see it. {@code byGuardian}: reported by a guardian. */
public record ReportView(long id, long pupilId, String pupilName, LocalDate from, LocalDate to, LocalTime fromTime, LocalTime toTime,
                         ReportCategory category, AbsenceReport.Status status, OffsetDateTime submittedAt, boolean byGuardian)
        implements Serializable {

    public boolean isLinked() {
        return status == AbsenceReport.Status.LINKED;
    }

    public boolean oneDay() {
        return from.equals(to);
    }
}
