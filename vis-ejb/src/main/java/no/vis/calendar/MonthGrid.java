package no.vis.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * A month of a school's calendar as weeks of seven days (Monday first), for the month view: each
 * day of the month with what it is for the school and the rute's note; the days of the
 * neighbouring months in its first and last week are empty.
 */
public final class MonthGrid {

    /** A day of the month (null day: a cell of another month). */
    public record Cell(LocalDate day, DayKind kind, String note) implements Serializable {
        public boolean outsideMonth() {
            return day == null;
        }
    }

    /** A week of the month: its ISO number, its A/B letter, its seven cells. */
    public record Week(int number, WeekKind letter, List<Cell> days) implements Serializable {
        public Week {
            days = List.copyOf(days);
        }
    }

    private MonthGrid() {
    }

    public static List<Week> of(SchoolCalendar calendar, YearMonth month) {
        List<Week> weeks = new ArrayList<>();
        LocalDate first = month.atDay(1);
        for (LocalDate monday = SchoolCalendar.monday(first); !monday.isAfter(month.atEndOfMonth()); monday = monday.plusWeeks(1)) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate d = monday.plusDays(i);
                cells.add(YearMonth.from(d).equals(month) ? new Cell(d, calendar.kindOf(d), calendar.noteOf(d))
                        : new Cell(null, null, null));
            }
            weeks.add(new Week(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), calendar.weekLetterOf(monday), cells));
        }
        return weeks;
    }

    /** The weekdays in order, Monday first (for the column headings). */
    public static List<DayOfWeek> weekdays() {
        return List.of(DayOfWeek.values());
    }
}
