package no.vis.timetable;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One occurrence as a page shows it: times, subject in the user's language, group, teachers and
 * room, and what changed.
 *
 * @param key a stable id of the occurrence on the page (no personal data)
 * @param lessonId the weekly lesson (null for an extra lesson)
 * @param changeId the change that made it so (null for a regular occurrence)
 */
public record LessonView(String key, Long lessonId, Long changeId, long groupId, LocalDate day, LocalTime starts, LocalTime ends, String subjectCode, String subject,
                         String group, List<String> teachers, String room, Occurrence.Status status, boolean moved,
                         boolean roomChanged, List<String> substitutes, LocalDate originalDay, LocalTime originalStarts,
                         String originalRoom, String note) implements Serializable {

    public LessonView {
        teachers = List.copyOf(teachers);
        substitutes = List.copyOf(substitutes);
    }

    public boolean isCancelled() {
        return status == Occurrence.Status.CANCELLED;
    }

    public boolean isExtra() {
        return status == Occurrence.Status.EXTRA;
    }

    /** Anything a pupil should notice: cancelled, moved, new room, substitute, extra. */
    public boolean isChanged() {
        return status != Occurrence.Status.REGULAR;
    }

    public boolean hasSubstitute() {
        return !substitutes.isEmpty();
    }

    /** The teachers, comma-separated; a dash when there are none. */
    public String teacherList() {
        return teachers.isEmpty() ? "–" : String.join(", ", teachers);
    }

    public String substituteList() {
        return String.join(", ", substitutes);
    }
}
