package no.vis.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One school's calendar for one school year, as a pure value: the county's skolerute with the
 * school's exceptions on top. A weekday between the first and the last school day is a school day
 * unless the rute says otherwise; a Saturday or Sunday is one only when the rute makes it so. A
 * school's own entry for a day replaces the county's. Changing a day to a holiday hides its lessons,
 * and changing it back shows them again: lessons are never deleted by the calendar.
 */
public final class SchoolCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A day the rute names, with an optional note ("Høstferie", "Aktivitetsdag: skidag"). */
    public record Entry(DayKind kind, String note) implements Serializable {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            if (!kind.storable()) {
                throw new IllegalArgumentException("not a kind the skolerute stores: " + kind);
            }
        }
    }

    private final int startYear;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final LocalDate secondHalfFrom;
    private final Rotation rotation;
    private final LocalDate rotationAnchor;
    private final TreeMap<LocalDate, Entry> days;

    /**
     * @param rotationAnchor the Monday of an A week (ALTERNATING); any day of it is taken as its week
     * @param countyDays     the county's skolerute entries
     * @param schoolDays     the school's exceptions, which win over the county's
     */
    public SchoolCalendar(int startYear, LocalDate firstDay, LocalDate lastDay, LocalDate secondHalfFrom,
                          Rotation rotation, LocalDate rotationAnchor, Map<LocalDate, Entry> countyDays,
                          Map<LocalDate, Entry> schoolDays) {
        this.startYear = startYear;
        this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the last school day is before the first");
        }
        this.secondHalfFrom = Objects.requireNonNull(secondHalfFrom, "secondHalfFrom");
        this.rotation = Objects.requireNonNull(rotation, "rotation");
        this.rotationAnchor = monday(Objects.requireNonNull(rotationAnchor, "rotationAnchor"));
        this.days = new TreeMap<>(countyDays);
        this.days.putAll(schoolDays);
    }

    /** A calendar with no skolerute entries: every weekday from the first to the last day is a school day. */
    public static SchoolCalendar plain(int startYear, LocalDate firstDay, LocalDate lastDay, LocalDate secondHalfFrom) {
        return new SchoolCalendar(startYear, firstDay, lastDay, secondHalfFrom, Rotation.ALTERNATING, firstDay,
                Map.of(), Map.of());
    }

    /** The school year containing a day: 1 August to 31 July, named by the year it starts in. */
    public static int schoolYearOf(LocalDate day) {
        return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    }

    /** The Monday of the ISO week a day is in. */
    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public int startYear() {
        return startYear;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public LocalDate secondHalfFrom() {
        return secondHalfFrom;
    }

    public Rotation rotation() {
        return rotation;
    }

    /** What the day is for this school. */
    public DayKind kindOf(LocalDate day) {
        if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
            return DayKind.OUTSIDE_YEAR;
        }
        Entry entry = days.get(day);
        if (entry != null) {
            return entry.kind();
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.SCHOOL_DAY;
    }

    /** Whether the weekly lessons are held on the day. */
    public boolean hasLessons(LocalDate day) {
        return kindOf(day).hasLessons();
    }

    /** The rute's note on the day ("Vinterferie"), or null. */
    public String noteOf(LocalDate day) {
        Entry entry = days.get(day);
        return entry == null ? null : entry.note();
    }

    /** Whether the day is in the second half of the school year (after the halvårsskille). */
    public boolean inSecondHalf(LocalDate day) {
        return !day.isBefore(secondHalfFrom);
    }

    /** A or B: the letter of the week a day is in. */
    public WeekKind weekLetterOf(LocalDate day) {
        if (rotation == Rotation.ISO_PARITY) {
            return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2 == 1 ? WeekKind.A : WeekKind.B;
        }
        long weeks = ChronoUnit.WEEKS.between(rotationAnchor, monday(day));
        return Math.floorMod(weeks, 2) == 0 ? WeekKind.A : WeekKind.B;
    }

    /** How many days of the year have lessons (the skolerute should give 190). */
    public int schoolDayCount() {
        int count = 0;
        for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
            if (hasLessons(d)) {
                count++;
            }
        }
        return count;
    }
}
