package no.vis.timetable;

import java.io.Serializable;
import java.util.List;

/** One of a pupil's subjects this year: fagkode, title in the user's language, the group and its teachers. */
public record SubjectLine(String fagkode, String title, String group, List<String> teachers) implements Serializable {

    public SubjectLine {
        teachers = List.copyOf(teachers);
    }

    public String teacherList() {
        return teachers.isEmpty() ? "–" : String.join(", ", teachers);
    }
}
