package no.vis.timetable;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.vis.calendar.WeekKind;

/**
 * A school's whole year at once — periods, rooms, teachers, teaching groups with their pupils and
 * teachers, contact teachers and weekly lessons — as a set-up job (the demo county, an import)
 * delivers it, with some dated changes. Groups, lessons, contact teachers and changes refer to teachers, groups and rooms by their
 * index in these lists.
 */
public record SchoolTimetableSetup(int schoolYear, LocalDate from, List<Period> periods, List<RoomSpec> rooms,
                                   List<Teacher> teachers, List<Group> groups, List<WeeklySpec> lessons,
                                   List<Contact> contacts, List<ChangeSpec> changes) implements Serializable {

    public record Period(int number, LocalTime starts, LocalTime ends) implements Serializable {
    }

    public record RoomSpec(String code, String name, Integer capacity, String kind) implements Serializable {
    }

    /** A teacher by Feide user id, created in the county if VIS does not know them, given the TEACHER role at the school. */
    public record Teacher(String feideUserId, String name, String shortCode) implements Serializable {
    }

    /** A group with its pupils (who may have their own fagkode, or null) and its teachers. */
    public record Group(String code, String subjectCode, Long classId, String blockCode, List<Long> pupilIds,
                        List<Integer> teachers) implements Serializable {
    }

    public record WeeklySpec(int group, DayOfWeek weekday, LocalTime starts, LocalTime ends, Integer firstPeriod,
                             Integer lastPeriod, Integer room, WeekKind weekKind, List<Integer> teachers) implements Serializable {
    }

    public record Contact(long classId, int teacher) implements Serializable {
    }

    /**
     * A dated change: of weekly lesson {@code lesson} (its index) on {@code originalDay}, or, for an
     * extra lesson ({@code lesson} null), of group {@code group}.
     */
    public record ChangeSpec(Integer lesson, int group, LocalDate originalDay, ChangeKind kind, LocalDate heldOn,
                             LocalTime starts, LocalTime ends, Integer room, List<Integer> teachers, String note)
            implements Serializable {
    }
}
