package no.vis.timetable.untis;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.vis.calendar.WeekKind;
import no.vis.timetable.ChangeKind;
import no.vis.timetable.untis.GpuExport.LineProblem;

/**
 * What an Untis import would do at one school from one day, before anything is written: the weekly
 * lessons with their status, the groups and rooms it would create, the office's own lessons it would
 * end, the dated changes from GPU014, the clashes, and the lines it cannot use.
 */
public record UntisPlan(long schoolId, LocalDate from, List<String> files, List<Lesson> lessons, List<NewGroup> newGroups,
                        List<NewRoom> newRooms, List<Ended> visLessonsEnded, List<Change> changes, List<Clash> clashes,
                        List<LineProblem> problems, int substitutionsBefore) implements Serializable {

    public UntisPlan {
        files = List.copyOf(files);
        lessons = List.copyOf(lessons);
        newGroups = List.copyOf(newGroups);
        newRooms = List.copyOf(newRooms);
        visLessonsEnded = List.copyOf(visLessonsEnded);
        changes = List.copyOf(changes);
        clashes = List.copyOf(clashes);
        problems = List.copyOf(problems);
    }

    /** Where a lesson stands: written as it is, refused (a teacher or room in two places), or written only when approved. */
    public enum Status {
        READY, NEEDS_APPROVAL, REFUSED
    }

    /**
     * A weekly lesson from Untis. Its group and room are VIS's (id) or new (code only).
     *
     * @param key          Untis' lesson number, weekday and first period ({@code 4063/2/3}): the same in every import of the file
     * @param unchanged    an UNTIS lesson of the school is already exactly this one (an earlier import)
     */
    public record Lesson(String key, int lessonNo, String line, Long groupId, String groupCode, String subject,
                         DayOfWeek weekday, LocalTime starts, LocalTime ends, int firstPeriod, int lastPeriod, Long roomId,
                         String roomCode, Set<Long> teacherIds, List<String> teacherCodes, WeekKind weekKind,
                         LocalDate validFrom, LocalDate validTo, Status status, boolean unchanged) implements Serializable {
        public Lesson {
            teacherIds = Set.copyOf(teacherIds);
            teacherCodes = List.copyOf(teacherCodes);
        }

        /** Whether the lesson is written when these pupil clashes are approved. */
        public boolean written(Set<String> approved, List<Clash> clashes) {
            if (status == Status.REFUSED) {
                return false;
            }
            if (status == Status.READY || unchanged) {
                return true;
            }
            return clashes.stream().filter(c -> c.kind() == Clash.Kind.PUPILS && c.involves(key)).allMatch(c -> approved.contains(c.key()));
        }
    }

    /** A teaching group to create: its code, fagkode, class (or none) and first pupils (the class's). */
    public record NewGroup(String code, String subject, Long classId, List<Long> pupilIds) implements Serializable {
        public NewGroup {
            pupilIds = List.copyOf(pupilIds);
        }
    }

    /** A room GPU005 has and VIS has not. */
    public record NewRoom(String code, String name, Integer capacity) implements Serializable {
    }

    /** An office-placed (VIS) lesson the import ends at its first day, when one of the lessons it clashes with is written. */
    public record Ended(long lessonId, String groupCode, DayOfWeek weekday, LocalTime starts, LocalTime ends,
                        List<String> clashesWith) implements Serializable {
        public Ended {
            clashesWith = List.copyOf(clashesWith);
        }
    }

    /**
     * A dated change from GPU014: of the lesson {@code lessonKey}'s occurrence on {@code day}
     * (CANCELLED, CHANGED), or an extra lesson of its group (EXTRA).
     */
    public record Change(String line, String lessonKey, LocalDate day, ChangeKind kind, LocalTime starts, LocalTime ends,
                         Long roomId, String roomCode, Set<Long> teacherIds, String what) implements Serializable {
        public Change {
            teacherIds = Set.copyOf(teacherIds);
        }
    }

    /**
     * Two lessons at once with a teacher, a room or pupils in common. A pupil clash's key is what the
     * office approves.
     *
     * @param second the other lesson's key, or {@code VIS:<id>} for an office-placed lesson
     */
    public record Clash(Kind kind, String first, String second, String what, DayOfWeek weekday, LocalTime starts,
                        LocalTime ends, int pupils) implements Serializable {

        public enum Kind {
            TEACHER, ROOM, PUPILS
        }

        public String key() {
            return kind + ":" + first + "|" + second;
        }

        public boolean involves(String lessonKey) {
            return first.equals(lessonKey) || second.equals(lessonKey);
        }
    }

    public long count(Status status) {
        return lessons.stream().filter(l -> l.status() == status).count();
    }

    public List<Clash> pupilClashes() {
        return clashes.stream().filter(c -> c.kind() == Clash.Kind.PUPILS).toList();
    }

    public List<Clash> refusedClashes() {
        return clashes.stream().filter(c -> c.kind() != Clash.Kind.PUPILS).toList();
    }
}
