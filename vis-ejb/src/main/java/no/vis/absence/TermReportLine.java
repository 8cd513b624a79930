package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;
import no.vis.enrolment.EnrolmentEnd;

/**
 * One pupil of a school's term report to Lånekassen: who, where enrolled, whether met (and the first
 * day present), and — when the enrolment ended in the term — the last day and why. A dropout
 * (avbrudd) is an ending that leaves the county's schools other than by completing.
 *
 * @param lastDay the last day enrolled (the day before the enrolment ended), or null
 */
public record TermReportLine(long pupilId, String name, LocalDate birthDate, String classCode, String programmeArea,
                             String level, TermAttendance attendance, LocalDate firstPresent, int registersTaken,
                             LocalDate lastDay, EnrolmentEnd endReason) implements Serializable {

    public boolean dropout() {
        return endReason != null && endReason.leaving() && endReason != EnrolmentEnd.COMPLETED;
    }
}
