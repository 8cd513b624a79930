package no.vis.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import no.vis.calendar.WeekKind;
import no.vis.common.DayPeriod;

/** A weekly lesson as the timetable arithmetic needs it. */
public record WeeklyLesson(long id, long groupId, DayOfWeek weekday, LocalTime starts, LocalTime ends, Long roomId,
                           WeekKind weekKind, LocalDate validFrom, LocalDate validTo, Set<Long> teacherIds) {

    public WeeklyLesson {
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(weekKind, "weekKind");
        Objects.requireNonNull(validFrom, "validFrom");
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException("a lesson starts before it ends");
        }
        teacherIds = Set.copyOf(teacherIds);
    }

    /** Whether the series includes the day (weekday and validity; not the calendar or the week letter). */
    public boolean covers(LocalDate day) {
        return day.getDayOfWeek() == weekday && DayPeriod.contains(validFrom, validTo, day);
    }
}
