package no.vis.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.vis.calendar.WeekKind;
import org.junit.jupiter.api.Test;

class WeekCopyTest {

    static final LocalDate FIRST = LocalDate.of(2026, 8, 17);
    static final LocalDate FROM = LocalDate.of(2026, 11, 2);

    static WeeklyLesson lesson(long id, long group, DayOfWeek day, String starts, WeekKind kind, Long room, long teacher) {
        LocalTime s = LocalTime.parse(starts);
        return new WeeklyLesson(id, group, day, s, s.plusMinutes(90), room, kind, FIRST, null, Set.of(teacher));
    }

    static WeekCopy.Slot slot(long group, DayOfWeek day, String starts, Long room, long teacher) {
        LocalTime s = LocalTime.parse(starts);
        return new WeekCopy.Slot(group, day, s, s.plusMinutes(90), room, Set.of(teacher));
    }

    @Test
    void theWeekAsItIsLeavesOutCancelledLessonsAndTakesMovedAndExtraOnesWhereTheyWereHeld() {
        LocalDate monday = LocalDate.of(2026, 10, 26);
        var regular = new Occurrence(1, 10L, null, Occurrence.Status.REGULAR, monday, LocalTime.of(8, 15), LocalTime.of(9, 45), 5L,
                Set.of(100L), monday, LocalTime.of(8, 15), 5L, Set.of(100L), null);
        var cancelled = new Occurrence(2, 11L, 7L, Occurrence.Status.CANCELLED, monday, LocalTime.of(10, 0), LocalTime.of(11, 30), 5L,
                Set.of(100L), monday, LocalTime.of(10, 0), 5L, Set.of(100L), null);
        var moved = new Occurrence(3, 12L, 8L, Occurrence.Status.CHANGED, monday.plusDays(2), LocalTime.of(12, 0),
                LocalTime.of(13, 30), 6L, Set.of(200L), monday, LocalTime.of(12, 0), 5L, Set.of(100L), null);
        var extra = new Occurrence(4, null, 9L, Occurrence.Status.EXTRA, monday.plusDays(4), LocalTime.of(14, 0),
                LocalTime.of(14, 45), null, Set.of(100L), null, null, null, null, null);
        var slots = WeekCopy.slotsOf(List.of(extra, cancelled, moved, regular));
        assertEquals(List.of(slot(1, DayOfWeek.MONDAY, "08:15", 5L, 100L),
                slot(3, DayOfWeek.WEDNESDAY, "12:00", 6L, 200L),
                new WeekCopy.Slot(4, DayOfWeek.FRIDAY, LocalTime.of(14, 0), LocalTime.of(14, 45), null, Set.of(100L))), slots);
    }

    @Test
    void everyWeekKeepsWhatIsAlreadySoEndsTheRestAndCreatesTheNew() {
        var same = lesson(10, 1, DayOfWeek.MONDAY, "08:15", WeekKind.EVERY, 5L, 100L);
        var cancelledThatWeek = lesson(11, 2, DayOfWeek.MONDAY, "10:00", WeekKind.EVERY, 5L, 100L);
        var movedThatWeek = lesson(12, 3, DayOfWeek.MONDAY, "12:00", WeekKind.EVERY, 5L, 100L);
        var aWeeksOnly = lesson(13, 4, DayOfWeek.TUESDAY, "08:15", WeekKind.A, 5L, 100L);
        var week = List.of(slot(1, DayOfWeek.MONDAY, "08:15", 5L, 100L), slot(3, DayOfWeek.WEDNESDAY, "12:00", 6L, 200L),
                slot(4, DayOfWeek.TUESDAY, "08:15", 5L, 100L));
        var plan = WeekCopy.plan(week, List.of(same, cancelledThatWeek, movedThatWeek, aWeeksOnly), WeekKind.EVERY, FROM);
        assertEquals(List.of(same), plan.kept());
        assertEquals(List.of(cancelledThatWeek, movedThatWeek, aWeeksOnly), plan.ended());
        assertEquals(List.of(new WeekCopy.Created(slot(4, DayOfWeek.TUESDAY, "08:15", 5L, 100L), WeekKind.EVERY),
                new WeekCopy.Created(slot(3, DayOfWeek.WEDNESDAY, "12:00", 6L, 200L), WeekKind.EVERY)), plan.created(),
                "an A-week lesson in the copied week is held every week from now on");
    }

    @Test
    void copyingAToBLeavesTheAWeeksAsTheyAre() {
        var every = lesson(10, 1, DayOfWeek.MONDAY, "08:15", WeekKind.EVERY, 5L, 100L);
        var everyCancelledThatWeek = lesson(11, 2, DayOfWeek.MONDAY, "10:00", WeekKind.EVERY, 5L, 100L);
        var aLesson = lesson(12, 3, DayOfWeek.TUESDAY, "08:15", WeekKind.A, 5L, 100L);
        var bLesson = lesson(13, 4, DayOfWeek.TUESDAY, "08:15", WeekKind.B, 5L, 101L);
        // the A week: every-week lessons and the A lesson, one of them cancelled that week
        var aWeek = List.of(slot(1, DayOfWeek.MONDAY, "08:15", 5L, 100L), slot(3, DayOfWeek.TUESDAY, "08:15", 5L, 100L));
        var plan = WeekCopy.plan(aWeek, List.of(every, everyCancelledThatWeek, aLesson, bLesson), WeekKind.B, FROM);
        assertEquals(List.of(every), plan.kept(), "held in B weeks already");
        assertEquals(List.of(everyCancelledThatWeek, bLesson), plan.ended(), "the A lesson is not touched");
        assertEquals(List.of(new WeekCopy.Created(slot(2, DayOfWeek.MONDAY, "10:00", 5L, 100L), WeekKind.A),
                new WeekCopy.Created(slot(3, DayOfWeek.TUESDAY, "08:15", 5L, 100L), WeekKind.B)), plan.created(),
                "the every-week lesson not in the A week goes on in A weeks; B weeks get the A lesson");
    }

    @Test
    void aLessonThatStartsLaterOrEndsBeforeTheYearsEndIsReplacedAndOneEndedBeforeTheDayIsNotTouched() {
        var later = new WeeklyLesson(20, 1, DayOfWeek.MONDAY, LocalTime.of(8, 15), LocalTime.of(9, 45), 5L, WeekKind.EVERY,
                FROM.plusWeeks(1), null, Set.of(100L));
        var endsInJanuary = new WeeklyLesson(21, 2, DayOfWeek.TUESDAY, LocalTime.of(8, 15), LocalTime.of(9, 45), 5L, WeekKind.EVERY,
                FIRST, LocalDate.of(2027, 1, 4), Set.of(100L));
        var endedAlready = new WeeklyLesson(22, 3, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 30), 5L, WeekKind.EVERY,
                FIRST, FROM, Set.of(100L));
        var week = List.of(slot(1, DayOfWeek.MONDAY, "08:15", 5L, 100L), slot(2, DayOfWeek.TUESDAY, "08:15", 5L, 100L));
        var plan = WeekCopy.plan(week, List.of(later, endsInJanuary, endedAlready), WeekKind.EVERY, FROM);
        assertTrue(plan.kept().isEmpty());
        assertEquals(List.of(later, endsInJanuary), plan.ended());
        assertEquals(2, plan.created().size());
        assertTrue(WeekCopy.plan(List.of(), List.of(), WeekKind.EVERY, FROM).changesNothing());
    }
}
