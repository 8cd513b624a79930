package no.vis.timetable;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import no.vis.calendar.WeekKind;

/**
 * A week's timetable for one pupil, teacher, class or room.
 *
 * @param letter        A or B (null when the calendar is not known)
 * @param calendarKnown false when the county has not created the school year of the week
 */
public record WeekView(LocalDate monday, WeekKind letter, boolean calendarKnown, List<DayView> days) implements Serializable {

    public WeekView {
        days = List.copyOf(days);
    }

    public int weekNumber() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public int lessonCount() {
        return days.stream().mapToInt(d -> d.lessons().size()).sum();
    }

    /** The day of the week, or null when the week has no such day shown. */
    public DayView day(LocalDate day) {
        return days.stream().filter(d -> d.day().equals(day)).findFirst().orElse(null);
    }
}
