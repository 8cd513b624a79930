package no.vis.enrolment;

import java.io.Serializable;
import java.time.LocalDate;
import no.vis.school.SchoolClass.Level;

/** What the office types to enrol a pupil by hand; the class is optional. */
public record NewEnrolmentForm(String fodselsnummer, Long schoolId, String programmeArea, Level level, LocalDate from,
                               Long classId) implements Serializable {

    @Override
    public String toString() {
        return "NewEnrolmentForm[school=" + schoolId + "]";
    }
}
