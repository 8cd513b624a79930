package no.vis.enrolment;

import java.io.Serializable;
import java.time.LocalDate;
import no.vis.people.NewPupil;
import no.vis.school.SchoolClass.Level;

/** A pupil to add with the enrolment (programme area, level, from the day) and the class placement from the same day. */
public record NewEnrolment(NewPupil pupil, String programmeArea, Level level, LocalDate from) implements Serializable {

    @Override
    public String toString() {
        return "NewEnrolment[…]";
    }
}
