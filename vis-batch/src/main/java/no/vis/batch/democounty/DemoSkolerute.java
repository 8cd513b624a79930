package no.vis.batch.democounty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import no.vis.calendar.DayKind;
import no.vis.calendar.SchoolCalendar;

/**
 * The demo county's skolerute for a school year, shaped like a western Norwegian county's: first
 * school day the Wednesday in week 34, last the Friday before 21 June; autumn break week 40,
 * Christmas from 21 December to 1 January, winter break week 9, Easter from Monday before to Monday
 * after, 1 and 17 May, Ascension Day and the Friday after, Whit Monday; a planning day in November.
 */
final class DemoSkolerute {

    final LocalDate firstDay;
    final LocalDate lastDay;
    final LocalDate secondHalfFrom;
    final Map<LocalDate, SchoolCalendar.Entry> days = new TreeMap<>();

    DemoSkolerute(int startYear) {
        firstDay = LocalDate.of(startYear, Month.AUGUST, 17).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        lastDay = LocalDate.of(startYear + 1, Month.JUNE, 20).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        secondHalfFrom = week(startYear + 1, 3);
        holidayWeek(week(startYear, 40), "Høstferie");
        for (LocalDate d = LocalDate.of(startYear, 12, 21); !d.isAfter(LocalDate.of(startYear + 1, 1, 1)); d = d.plusDays(1)) {
            holiday(d, "Juleferie");
        }
        holidayWeek(week(startYear + 1, 9), "Vinterferie");
        LocalDate easter = easterSunday(startYear + 1);
        for (LocalDate d = easter.minusDays(6); !d.isAfter(easter.plusDays(1)); d = d.plusDays(1)) {
            holiday(d, "Påskeferie");
        }
        holiday(LocalDate.of(startYear + 1, 5, 1), "Arbeidernes dag");
        holiday(LocalDate.of(startYear + 1, 5, 17), "Grunnlovsdagen");
        holiday(easter.plusDays(39), "Kristi himmelfartsdag");
        holiday(easter.plusDays(40), "Fridag");
        holiday(easter.plusDays(50), "2. pinsedag");
        LocalDate planning = week(startYear, 46).plusDays(4);
        days.put(planning, new SchoolCalendar.Entry(DayKind.PLANNING_DAY, "Planleggingsdag"));
    }

    /** The Friday of week 38: the first school's activity day (its exception to the county's rute). */
    LocalDate activityDay() {
        return week(firstDay.getYear(), 38).plusDays(4);
    }

    private static LocalDate week(int year, int isoWeek) {
        return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, isoWeek).with(DayOfWeek.MONDAY);
    }

    private void holidayWeek(LocalDate monday, String note) {
        for (int i = 0; i < 5; i++) {
            holiday(monday.plusDays(i), note);
        }
    }

    private void holiday(LocalDate day, String note) {
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            days.put(day, new SchoolCalendar.Entry(DayKind.HOLIDAY, note));
        }
    }

    /** Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
