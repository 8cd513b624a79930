package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One registered absence as a pupil (or a guardian, where the county allows) sees it. */
public record AbsenceEntryView(long absenceId, LocalDate day, LocalTime starts, String subjectCode, String subject, AbsenceKind kind, int minutes,
                               String code, String codeName, Documentation documentation, boolean dayAbsence, boolean counts)
        implements Serializable {
}
