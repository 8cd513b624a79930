package no.vis.enrolment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.vis.school.SchoolClass.Level;
import no.vis.school.SchoolOption;

/**
 * A pupil's enrolment and class history as the office sees it on the pupil card, newest first,
 * with what the office may choose from for a change: the classes of the pupil's school in the
 * current school year, the programme areas it offers and the county's other schools.
 */
public record EnrolmentHistory(long pupilId, long schoolId, String schoolName, LocalDate leftOn,
                               List<EnrolmentLine> enrolments, List<PlacementLine> placements,
                               List<ClassOption> classes, List<String> programmeAreas, List<SchoolOption> otherSchools)
        implements Serializable {

    /** One enrolment period; {@code to} and {@code endReason} null while current. */
    public record EnrolmentLine(long id, String schoolName, String programmeArea, Level level, LocalDate admittedOn,
                                LocalDate from, LocalDate to, EnrolmentEnd endReason) implements Serializable {
    }

    /** One class placement; {@code to} null while current. */
    public record PlacementLine(long id, String classCode, int schoolYear, String schoolName, LocalDate from, LocalDate to)
            implements Serializable {
    }

    /** A class to choose. */
    public record ClassOption(long id, String code) implements Serializable {
    }

    public boolean enrolled() {
        return leftOn == null;
    }

    /** The current enrolment, if any. */
    public EnrolmentLine current() {
        return enrolments.stream().filter(e -> e.to() == null).findFirst().orElse(null);
    }
}
