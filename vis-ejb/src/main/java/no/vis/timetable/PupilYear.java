package no.vis.timetable;

import java.io.Serializable;
import java.util.List;

/** A pupil's school year as the pupil and their guardians see it: school, class, contact teachers and subjects. */
public record PupilYear(long pupilId, String givenName, String schoolName, String classCode, List<String> contactTeachers,
                        List<SubjectLine> subjects) implements Serializable {

    public PupilYear {
        contactTeachers = List.copyOf(contactTeachers);
        subjects = List.copyOf(subjects);
    }

    public String contactTeacherList() {
        return contactTeachers.isEmpty() ? "–" : String.join(", ", contactTeachers);
    }

    @Override
    public String toString() {
        return "PupilYear[" + pupilId + "]";
    }
}
