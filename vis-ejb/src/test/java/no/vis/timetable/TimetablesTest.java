package no.vis.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.calendar.DayKind;
import no.vis.calendar.Rotation;
import no.vis.calendar.SchoolCalendar;
import no.vis.calendar.WeekKind;
import org.junit.jupiter.api.Test;

class TimetablesTest {

    /** 2026/27: first day Wednesday 19 August 2026, last day Friday 18 June 2027. */
    static final LocalDate FIRST = LocalDate.of(2026, 8, 19);
    static final LocalDate LAST = LocalDate.of(2027, 6, 18);
    static final LocalDate SECOND_HALF = LocalDate.of(2027, 1, 1);
    static final LocalDate AUTUMN_BREAK_MONDAY = LocalDate.of(2026, 10, 5);

    static SchoolCalendar calendar(Rotation rotation, Map<LocalDate, SchoolCalendar.Entry> county,
                                   Map<LocalDate, SchoolCalendar.Entry> school) {
        return new SchoolCalendar(2026, FIRST, LAST, SECOND_HALF, rotation, LocalDate.of(2026, 8, 17), county, school);
    }

    static final SchoolCalendar PLAIN = calendar(Rotation.ALTERNATING, Map.of(), Map.of());

    static WeeklyLesson lesson(long id, DayOfWeek day, String starts, String ends, WeekKind kind, Long room, Long... teachers) {
        return new WeeklyLesson(id, 1, day, LocalTime.parse(starts), LocalTime.parse(ends), room, kind, FIRST, null,
                Set.of(teachers));
    }

    static List<Occurrence> week(LocalDate monday, List<WeeklyLesson> lessons, List<DatedChange> changes, SchoolCalendar cal) {
        return Timetables.between(monday, monday.plusWeeks(1), lessons, changes, g -> cal);
    }

    @Test
    void aWeeklyLessonIsHeldEveryWeekOnItsWeekday() {
        var monday = LocalDate.of(2026, 9, 7);
        var lessons = List.of(lesson(10, DayOfWeek.TUESDAY, "08:15", "09:45", WeekKind.EVERY, 5L, 100L));
        var occ = week(monday, lessons, List.of(), PLAIN);
        assertEquals(1, occ.size());
        assertEquals(LocalDate.of(2026, 9, 8), occ.get(0).day());
        assertEquals(Occurrence.Status.REGULAR, occ.get(0).status());
        assertEquals(Duration.ofMinutes(90), occ.get(0).length());
    }

    @Test
    void nothingBeforeTheFirstSchoolDayNorOnHolidaysNorWhenTheHolidayIsRevertedIsAnythingLost() {
        var lessons = List.of(lesson(10, DayOfWeek.MONDAY, "08:15", "09:00", WeekKind.EVERY, null, 100L),
                lesson(11, DayOfWeek.WEDNESDAY, "08:15", "09:00", WeekKind.EVERY, null, 100L));
        // first week: Monday 17 August is before the first school day, Wednesday 19th is the first
        var first = week(LocalDate.of(2026, 8, 17), lessons, List.of(), PLAIN);
        assertEquals(List.of(LocalDate.of(2026, 8, 19)), first.stream().map(Occurrence::day).toList());
        // autumn break: a whole week of holidays
        var holidays = new java.util.HashMap<LocalDate, SchoolCalendar.Entry>();
        for (int i = 0; i < 5; i++) {
            holidays.put(AUTUMN_BREAK_MONDAY.plusDays(i), new SchoolCalendar.Entry(DayKind.HOLIDAY, "Høstferie"));
        }
        var withBreak = calendar(Rotation.ALTERNATING, holidays, Map.of());
        assertEquals(List.of(), week(AUTUMN_BREAK_MONDAY, lessons, List.of(), withBreak));
        assertEquals(2, week(AUTUMN_BREAK_MONDAY, lessons, List.of(), PLAIN).size(), "the lessons return without the holiday");
        // one school keeps the Wednesday as a school day: its exception wins
        var schoolOpen = calendar(Rotation.ALTERNATING, holidays,
                Map.of(AUTUMN_BREAK_MONDAY.plusDays(2), new SchoolCalendar.Entry(DayKind.SCHOOL_DAY, null)));
        assertEquals(List.of(AUTUMN_BREAK_MONDAY.plusDays(2)),
                week(AUTUMN_BREAK_MONDAY, lessons, List.of(), schoolOpen).stream().map(Occurrence::day).toList());
    }

    @Test
    void planningDaysHaveNoLessonsActivityDaysDoAndASaturdayOnlyWhenTheRuteSaysSo() {
        var monday = LocalDate.of(2026, 11, 2);
        var saturday = monday.plusDays(5);
        var lessons = List.of(lesson(10, DayOfWeek.MONDAY, "08:15", "09:00", WeekKind.EVERY, null),
                lesson(11, DayOfWeek.TUESDAY, "08:15", "09:00", WeekKind.EVERY, null),
                lesson(12, DayOfWeek.SATURDAY, "10:00", "11:30", WeekKind.EVERY, null));
        assertEquals(2, week(monday, lessons, List.of(), PLAIN).size(), "no Saturday lesson on a plain Saturday");
        var cal = calendar(Rotation.ALTERNATING, Map.of(monday, new SchoolCalendar.Entry(DayKind.PLANNING_DAY, null),
                monday.plusDays(1), new SchoolCalendar.Entry(DayKind.ACTIVITY_DAY, "Skidag"),
                saturday, new SchoolCalendar.Entry(DayKind.SCHOOL_DAY, "Åpen dag")), Map.of());
        var occ = week(monday, lessons, List.of(), cal);
        assertEquals(List.of(monday.plusDays(1), saturday), occ.stream().map(Occurrence::day).toList());
        assertEquals("Skidag", cal.noteOf(monday.plusDays(1)));
    }

    @Test
    void aAndBWeeksAlternateFromTheAnchorAndAcrossIsoWeek53() {
        var a = lesson(10, DayOfWeek.WEDNESDAY, "08:15", "09:00", WeekKind.A, null);
        var b = lesson(11, DayOfWeek.WEDNESDAY, "09:15", "10:00", WeekKind.B, null);
        assertEquals(List.of(10L), week(LocalDate.of(2026, 8, 17), List.of(a, b), List.of(), PLAIN).stream()
                .map(Occurrence::lessonId).toList(), "the anchor week is an A week");
        assertEquals(List.of(11L), week(LocalDate.of(2026, 8, 24), List.of(a, b), List.of(), PLAIN).stream()
                .map(Occurrence::lessonId).toList());
        // 2026 has an ISO week 53 (28 Dec 2026 - 3 Jan 2027): alternating keeps alternating ...
        var w53 = LocalDate.of(2026, 12, 28);
        var w1 = LocalDate.of(2027, 1, 4);
        assertEquals(53, w53.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertTrue(PLAIN.weekLetterOf(w53) != PLAIN.weekLetterOf(w1));
        // ... while odd/even weeks give two A weeks in a row
        var parity = calendar(Rotation.ISO_PARITY, Map.of(), Map.of());
        assertEquals(WeekKind.A, parity.weekLetterOf(w53));
        assertEquals(WeekKind.A, parity.weekLetterOf(w1));
        assertEquals(WeekKind.B, parity.weekLetterOf(w1.plusWeeks(1)));
        // and the halvårsskille does not disturb the rotation
        assertTrue(PLAIN.inSecondHalf(w1) && !PLAIN.inSecondHalf(w53));
    }

    @Test
    void wallClockTimesStayAcrossTheDaylightSavingChanges() {
        var lessons = List.of(lesson(10, DayOfWeek.FRIDAY, "08:15", "09:00", WeekKind.EVERY, null),
                lesson(11, DayOfWeek.MONDAY, "08:15", "09:00", WeekKind.EVERY, null));
        // summer time ends Sunday 25 October 2026; begins Sunday 28 March 2027
        var autumn = week(LocalDate.of(2026, 10, 19), lessons, List.of(), PLAIN);
        var after = week(LocalDate.of(2026, 10, 26), lessons, List.of(), PLAIN);
        assertEquals(ZoneOffset.ofHours(2), autumn.get(1).start().getOffset());
        assertEquals(ZoneOffset.ofHours(1), after.get(0).start().getOffset());
        assertEquals(LocalTime.of(8, 15), after.get(0).starts());
        assertEquals(Duration.ofMinutes(45), after.get(0).length());
        var spring = week(LocalDate.of(2027, 3, 29), lessons, List.of(), PLAIN);
        assertEquals(ZoneOffset.ofHours(2), spring.get(0).start().getOffset());
        // the instants of the same wall-clock lesson a week apart differ by a week plus or minus an hour
        assertEquals(Duration.ofDays(7).plusHours(1), Duration.between(autumn.get(1).start().toInstant(),
                after.get(1).start().toInstant()));
    }

    @Test
    void aLessonMovedToAnotherWeekLeavesItsOwnWeekAndAppearsInTheOther() {
        var lesson = lesson(10, DayOfWeek.MONDAY, "08:15", "09:45", WeekKind.EVERY, 5L, 100L);
        var monday = LocalDate.of(2026, 9, 7);
        var moved = new DatedChange(1, 1, 10L, monday, ChangeKind.CHANGED, monday.plusDays(8),
                LocalTime.of(12, 0), LocalTime.of(13, 0), 6L, Set.of(100L), "Flyttet");
        assertEquals(List.of(), week(monday, List.of(lesson), List.of(moved), PLAIN), "gone from its own week");
        var next = week(monday.plusWeeks(1), List.of(lesson), List.of(moved), PLAIN);
        assertEquals(2, next.size(), "next week's own Monday lesson and the moved one on Tuesday");
        var m = next.get(1);
        assertEquals(Occurrence.Status.CHANGED, m.status());
        assertEquals(monday.plusDays(8), m.day());
        assertTrue(m.moved() && m.roomChanged());
        assertEquals(monday, m.originalDay());
        assertEquals(Duration.ofMinutes(60), m.length(), "shortened: its real end is kept");
    }

    @Test
    void aSubstituteACancellationAndAnExtraLesson() {
        var monday = LocalDate.of(2026, 9, 7);
        var lessons = List.of(lesson(10, DayOfWeek.MONDAY, "08:15", "09:00", WeekKind.EVERY, 5L, 100L),
                lesson(11, DayOfWeek.TUESDAY, "08:15", "09:00", WeekKind.EVERY, 5L, 100L));
        var substitute = new DatedChange(1, 1, 10L, monday, ChangeKind.CHANGED, monday, LocalTime.of(8, 15),
                LocalTime.of(9, 0), 5L, Set.of(200L), null);
        var cancelled = new DatedChange(2, 1, 11L, monday.plusDays(1), ChangeKind.CANCELLED, null, null, null, null,
                null, "Lærer syk");
        var extra = new DatedChange(3, 1, null, null, ChangeKind.EXTRA, monday.plusDays(3), LocalTime.of(14, 0),
                LocalTime.of(15, 30), 7L, Set.of(100L), "Ekstratime før prøven");
        var occ = week(monday, lessons, List.of(substitute, cancelled, extra), PLAIN);
        assertEquals(List.of(Occurrence.Status.CHANGED, Occurrence.Status.CANCELLED, Occurrence.Status.EXTRA),
                occ.stream().map(Occurrence::status).toList());
        assertEquals(Set.of(200L), occ.get(0).substitutes());
        assertTrue(!occ.get(0).moved() && !occ.get(0).roomChanged());
        assertEquals("Lærer syk", occ.get(1).note());
        assertEquals(Duration.ofMinutes(90), occ.get(2).length());
    }

    @Test
    void aChangedOrExtraLessonOnAHolidayIsNotShownButOnASaturdayItIs() {
        var monday = LocalDate.of(2026, 9, 7);
        var saturday = monday.plusDays(5);
        var cal = calendar(Rotation.ALTERNATING, Map.of(monday.plusDays(2), new SchoolCalendar.Entry(DayKind.HOLIDAY, null)),
                Map.of());
        var onHoliday = new DatedChange(3, 1, null, null, ChangeKind.EXTRA, monday.plusDays(2), LocalTime.of(14, 0),
                LocalTime.of(15, 0), null, Set.of(), null);
        var onSaturday = new DatedChange(4, 1, null, null, ChangeKind.EXTRA, saturday, LocalTime.of(10, 0),
                LocalTime.of(12, 0), null, Set.of(), null);
        assertEquals(List.of(saturday), week(monday, List.of(), List.of(onHoliday, onSaturday), cal).stream()
                .map(Occurrence::day).toList());
    }

    @Test
    void aMembershipEndingMidWeekKeepsOnlyTheDaysBefore() {
        var monday = LocalDate.of(2026, 9, 7);
        var lessons = List.of(lesson(10, DayOfWeek.MONDAY, "08:15", "09:00", WeekKind.EVERY, null),
                lesson(11, DayOfWeek.THURSDAY, "08:15", "09:00", WeekKind.EVERY, null));
        var occ = week(monday, lessons, List.of(), PLAIN);
        var leftOnWednesday = List.of(new Membership(1, FIRST, monday.plusDays(2)));
        assertEquals(List.of(10L), Timetables.ofMember(occ, leftOnWednesday).stream().map(Occurrence::lessonId).toList());
        var joinedOnWednesday = List.of(new Membership(1, monday.plusDays(2), null));
        assertEquals(List.of(11L), Timetables.ofMember(occ, joinedOnWednesday).stream().map(Occurrence::lessonId).toList());
        assertEquals(List.of(), Timetables.ofMember(occ, List.of(new Membership(2, FIRST, null))), "another group");
    }

    @Test
    void aLessonSeriesEndsAtItsValidityAndASecondSeriesTakesOver() {
        var monday = LocalDate.of(2026, 9, 7);
        var old = new WeeklyLesson(10, 1, DayOfWeek.MONDAY, LocalTime.of(8, 15), LocalTime.of(9, 0), null, WeekKind.EVERY,
                FIRST, monday.plusWeeks(1), Set.of());
        var renewed = new WeeklyLesson(11, 1, DayOfWeek.MONDAY, LocalTime.of(10, 15), LocalTime.of(11, 0), null,
                WeekKind.EVERY, monday.plusWeeks(1), null, Set.of());
        assertEquals(List.of(10L), week(monday, List.of(old, renewed), List.of(), PLAIN).stream().map(Occurrence::lessonId).toList());
        assertEquals(List.of(11L), week(monday.plusWeeks(1), List.of(old, renewed), List.of(), PLAIN).stream()
                .map(Occurrence::lessonId).toList());
    }

    @Test
    void malformedInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> lesson(1, DayOfWeek.MONDAY, "09:00", "08:00", WeekKind.EVERY, null));
        assertThrows(IllegalArgumentException.class, () -> new DatedChange(1, 1, null, null, ChangeKind.CHANGED,
                LocalDate.of(2026, 9, 7), LocalTime.NOON, LocalTime.of(13, 0), null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new SchoolCalendar.Entry(DayKind.WEEKEND, null));
        assertEquals(190 > 0, PLAIN.schoolDayCount() > 180);
    }
}
