package no.vis.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the calendar screen shows and sends. */
public final class CalendarAdmin {

    private CalendarAdmin() {
    }

    /** The county's school year: first and last school day, halvårsskille, how A and B weeks alternate (from an A week). */
    public record YearForm(LocalDate firstDay, LocalDate lastDay, LocalDate secondHalfFrom, Rotation rotation,
                           LocalDate rotationAnchor) implements Serializable {
    }

    /** A day of the skolerute (the county's, or a school's exception): its kind and note. */
    public record DayForm(LocalDate day, DayKind kind, String note) implements Serializable {
    }

    /** A period of the grid: null id for a new one, null weekday for every day. */
    public record PeriodForm(Long id, DayOfWeek weekday, Integer number, LocalTime starts, LocalTime ends) implements Serializable {
    }

    /** A skolerute day as listed: the county's ({@code school} false) or the school's exception. */
    public record DayLine(long id, LocalDate day, DayKind kind, String note, boolean school) implements Serializable {
    }

    /**
     * A school's calendar for a school year: the county's year (null when not created), its
     * skolerute days and the school's exceptions, the whole calendar (for the month view), the
     * period grid, and whether the caller may change the county's year and rute.
     */
    public record View(long schoolId, int startYear, YearForm year, List<DayLine> countyDays, List<DayLine> schoolDays,
                       SchoolCalendar calendar, List<PeriodGrids.Entry> periods, boolean mayEditCounty) implements Serializable {
        public View {
            countyDays = List.copyOf(countyDays);
            schoolDays = List.copyOf(schoolDays);
            periods = List.copyOf(periods);
        }
    }
}
