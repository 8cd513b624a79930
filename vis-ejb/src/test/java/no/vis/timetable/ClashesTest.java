package no.vis.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.calendar.WeekKind;
import org.junit.jupiter.api.Test;

class ClashesTest {

    static final LocalDate AUG = LocalDate.of(2026, 8, 17);
    static final LocalDate JAN = LocalDate.of(2027, 1, 4);

    static Clashes.Slot slot(long group, String starts, String ends, Long room, Long... teachers) {
        return new Clashes.Slot(group, LocalTime.parse(starts), LocalTime.parse(ends), room, Set.of(teachers), "G" + group);
    }

    static WeeklyLesson weekly(long id, long group, DayOfWeek day, String starts, String ends, WeekKind kind, LocalDate from,
                               LocalDate to, Long room, Long... teachers) {
        return new WeeklyLesson(id, group, day, LocalTime.parse(starts), LocalTime.parse(ends), room, kind, from, to, Set.of(teachers));
    }

    @Test
    void aTeacherOrARoomInTwoPlacesIsAClashButBackToBackIsNot() {
        var candidate = slot(1, "08:15", "09:45", 7L, 100L);
        assertEquals(Clashes.Kind.TEACHER, Clashes.first(candidate, List.of(slot(2, "09:00", "10:00", null, 100L)), Set.of(), false)
                .orElseThrow().kind());
        assertEquals(Clashes.Kind.ROOM, Clashes.first(candidate, List.of(slot(2, "09:00", "10:00", 7L, 200L)), Set.of(), false)
                .orElseThrow().kind());
        assertTrue(Clashes.first(candidate, List.of(slot(2, "09:45", "11:15", 7L, 100L)), Set.of(), false).isEmpty(),
                "one ends when the other starts");
        assertEquals("G2", Clashes.first(candidate, List.of(slot(2, "08:00", "08:30", 7L)), Set.of(), false).orElseThrow()
                .with().label());
    }

    @Test
    void aPupilClashIsRefusedUnlessApprovedButTeacherAndRoomNeverAre() {
        var candidate = slot(1, "08:15", "09:45", 7L, 100L);
        var sharing = slot(2, "09:00", "10:00", 8L, 200L);
        assertEquals(Clashes.Kind.PUPILS, Clashes.first(candidate, List.of(sharing), Set.of(2L), false).orElseThrow().kind());
        assertTrue(Clashes.first(candidate, List.of(sharing), Set.of(2L), true).isEmpty());
        assertTrue(Clashes.first(candidate, List.of(sharing), Set.of(), false).isEmpty(), "no pupil in common");
        assertEquals(Clashes.Kind.TEACHER, Clashes.first(candidate, List.of(slot(2, "09:00", "10:00", 8L, 100L)), Set.of(2L), true)
                .orElseThrow().kind(), "approving a pupil clash does not approve a teacher in two places");
    }

    @Test
    void weeklyLessonsMeetOnlyOnTheSameWeekdayInWeeksInCommonWhileBothAreValid() {
        var candidate = weekly(-1, 1, DayOfWeek.MONDAY, "08:15", "09:45", WeekKind.A, AUG, null, null, 100L);
        var bWeeks = weekly(2, 2, DayOfWeek.MONDAY, "08:15", "09:45", WeekKind.B, AUG, null, null, 100L);
        var everyWeek = weekly(3, 2, DayOfWeek.MONDAY, "08:15", "09:45", WeekKind.EVERY, AUG, null, null, 100L);
        var tuesday = weekly(4, 2, DayOfWeek.TUESDAY, "08:15", "09:45", WeekKind.EVERY, AUG, null, null, 100L);
        var endedBefore = weekly(5, 2, DayOfWeek.MONDAY, "08:15", "09:45", WeekKind.EVERY, AUG, AUG.plusWeeks(2), null, 100L);
        var laterCandidate = weekly(-1, 1, DayOfWeek.MONDAY, "08:15", "09:45", WeekKind.A, AUG.plusWeeks(2), null, null, 100L);
        assertFalse(Clashes.sameWeeks(candidate, bWeeks), "A and B weeks never meet");
        assertTrue(Clashes.sameWeeks(candidate, everyWeek));
        assertFalse(Clashes.sameWeeks(candidate, tuesday));
        assertFalse(Clashes.sameWeeks(laterCandidate, endedBefore), "the other ends the day this one starts");
        assertTrue(Clashes.firstWeekly(candidate, List.of(bWeeks, tuesday), Map.of(), false, l -> "x").isEmpty());
        assertEquals("L3", Clashes.firstWeekly(candidate, List.of(bWeeks, everyWeek), Map.of(), false, l -> "L" + l.id())
                .orElseThrow().with().label(), "the teacher clash is with the every-week lesson, not the B-week one");
    }

    @Test
    void aPupilClashBetweenWeeklyLessonsCountsOnlyWhileThePupilIsInBothGroups() {
        var candidate = weekly(-1, 1, DayOfWeek.MONDAY, "08:15", "09:45", WeekKind.EVERY, AUG, null, null, 100L);
        var other = weekly(2, 2, DayOfWeek.MONDAY, "09:00", "10:30", WeekKind.EVERY, AUG, null, null, 200L);
        // the pupil moved from group 2 to group 1 in January: never in both at once
        var movedInJanuary = Map.of(2L, List.<Clashes.Days>of());
        assertTrue(Clashes.firstWeekly(candidate, List.of(other), movedInJanuary, false, l -> "x").isEmpty());
        var bothUntilJanuary = Map.of(2L, List.of(new Clashes.Days(AUG, JAN)));
        assertEquals(Clashes.Kind.PUPILS, Clashes.firstWeekly(candidate, List.of(other), bothUntilJanuary, false, l -> "x")
                .orElseThrow().kind());
        var fromJanuary = weekly(-1, 1, DayOfWeek.MONDAY, "08:15", "09:45", WeekKind.EVERY, JAN, null, null, 100L);
        assertTrue(Clashes.firstWeekly(fromJanuary, List.of(other), bothUntilJanuary, false, l -> "x").isEmpty(),
                "the lesson starts when the pupil has left the other group");
        assertTrue(Clashes.firstWeekly(candidate, List.of(other), bothUntilJanuary, true, l -> "x").isEmpty(), "approved");
    }

    @Test
    void daysIntersect() {
        var autumn = new Clashes.Days(AUG, JAN);
        var open = new Clashes.Days(LocalDate.of(2026, 10, 1), null);
        assertEquals(new Clashes.Days(LocalDate.of(2026, 10, 1), JAN), autumn.intersection(open));
        assertEquals(null, autumn.intersection(new Clashes.Days(JAN, null)));
        assertTrue(open.contains(LocalDate.of(2030, 1, 1)));
    }
}
