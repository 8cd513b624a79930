package no.vis.timetable;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * One occurrence as the office edits it: the weekly lesson and its original day (or the extra
 * lesson's change), what it is now, and the school's rooms and teachers to choose from.
 */
public record EditableOccurrence(Long lessonId, Long changeId, long groupId, long schoolId, String group, String subject,
                                 LocalDate originalDay, LocalTime originalStarts, LocalTime originalEnds,
                                 Occurrence.Status status, LocalDate day, LocalTime starts, LocalTime ends, Long roomId,
                                 Set<Long> teacherIds, String note, SchoolChoices choices) implements Serializable {

    public EditableOccurrence {
        teacherIds = Set.copyOf(teacherIds);
    }
}
