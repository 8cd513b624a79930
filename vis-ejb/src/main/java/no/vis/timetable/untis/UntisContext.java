package no.vis.timetable.untis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.calendar.SchoolCalendar;
import no.vis.calendar.WeekKind;
import no.vis.timetable.Lesson;

/**
 * What the planner needs to know of one school, read by the service: codes (upper case) to ids, the
 * period grid, group memberships, and the weekly lessons valid on or after the import's first day.
 *
 * @param calendar the school's calendar for the year (null: the county has not made the year)
 * @param grid     weekday (null: every day without its own) → period number → its start and end
 */
public record UntisContext(long schoolId, int schoolYear, LocalDate from, SchoolCalendar calendar,
                           Map<String, Long> classes, Map<Long, List<Long>> pupilsByClass, Map<String, Group> groups,
                           Map<Long, Set<Long>> membersByGroup, Map<String, Long> teachers, Map<String, Long> rooms,
                           Map<DayOfWeek, Map<Integer, Times>> grid, List<Existing> lessons) {

    public record Group(long id, String code, String subject) {
    }

    public record Times(LocalTime starts, LocalTime ends) {
    }

    /** A weekly lesson already in VIS. */
    public record Existing(long id, long groupId, String groupCode, DayOfWeek weekday, LocalTime starts, LocalTime ends,
                           Integer firstPeriod, Integer lastPeriod, Long roomId, Set<Long> teacherIds, WeekKind weekKind,
                           LocalDate validFrom, LocalDate validTo, Lesson.Source source) {
    }

    /** A period's times on a weekday: the day's own grid, else the common one. */
    public Times period(DayOfWeek day, int number) {
        Map<Integer, Times> own = grid.get(day);
        if (own != null && !own.isEmpty()) {
            return own.get(number);
        }
        Map<Integer, Times> common = grid.get(null);
        return common == null ? null : common.get(number);
    }
}
