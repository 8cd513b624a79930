package no.vis.timetable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the office's group screens show and send: rows, a group's card and the forms. */
public final class GroupAdmin {

    private GroupAdmin() {
    }

    /** Which groups to list: of a class, of a subject (fagkode or part of it), of a teacher; ended ones too or not. */
    public record Filter(Long classId, String subject, Long teacherId, boolean withEnded) implements Serializable {
    }

    /** A group in the list: its teachers now, its pupils now, its weekly lessons, and when it ended. */
    public record Row(long id, String code, String subjectCode, String subject, String classCode, String blockCode,
                      String teachers, long pupils, long lessons, LocalDate endedOn) implements Serializable {
    }

    /** A new group, or a group's new code, fagkode, class (basisgruppe, optional) and block code. */
    public record Form(String code, String subjectCode, Long classId, String blockCode) implements Serializable {
    }

    /** A teacher of the group, from a day until a day (exclusive; null: still). */
    public record TeacherLine(long id, long staffId, String name, LocalDate from, LocalDate to) implements Serializable {
    }

    /**
     * A pupil's membership of the group, from a day until a day (exclusive; null: still), with the
     * group the pupil moved to that day (or came from), when so.
     */
    public record MemberLine(long id, long pupilId, String name, String classCode, LocalDate from, LocalDate to,
                             String movedTo, String movedFrom) implements Serializable {
        public boolean active(LocalDate day) {
            return no.vis.common.DayPeriod.contains(from, to, day);
        }

        @Override
        public String toString() {
            return "MemberLine[" + id + "]";
        }
    }

    /** The group's card: what it is, its teachers and pupils with their history, its lessons, and the choices of its school. */
    public record Card(long id, long schoolId, int schoolYear, String code, String subjectCode, String subject, Long classId,
                       String classCode, String blockCode, LocalDate endedOn, List<TeacherLine> teachers,
                       List<MemberLine> members, long lessons, List<Choice> classes, List<Choice> staff,
                       List<Choice> otherGroups) implements Serializable {
        public Card {
            teachers = List.copyOf(teachers);
            members = List.copyOf(members);
            classes = List.copyOf(classes);
            staff = List.copyOf(staff);
            otherGroups = List.copyOf(otherGroups);
        }
    }

    /** A class of the school and its contact teachers (kontaktlærere) with their history. */
    public record ClassContacts(long classId, String code, List<TeacherLine> contacts) implements Serializable {
        public ClassContacts {
            contacts = List.copyOf(contacts);
        }
    }
}
