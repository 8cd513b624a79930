package no.vis.timetable;

import java.io.Serializable;
import java.util.List;

/**
 * An occurrence with what a register needs of its group: the school, the group's code and fagkode,
 * its teachers' names in order, and its room's code (or null).
 */
public record HeldLesson(Occurrence occurrence, long schoolId, String groupCode, String subjectCode,
                         List<String> teacherNames, String roomCode) implements Serializable {

    public HeldLesson {
        teacherNames = List.copyOf(teacherNames);
    }

    public String key() {
        return occurrence.key();
    }

    public boolean taughtBy(long staffId) {
        return occurrence.teacherIds().contains(staffId);
    }
}
