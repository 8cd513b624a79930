package no.vis.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodGridsTest {

    static PeriodGrids.Entry p(Long id, DayOfWeek day, int number, String starts, String ends) {
        return new PeriodGrids.Entry(id, day, number, LocalTime.parse(starts), LocalTime.parse(ends));
    }

    /** 45-minute periods 1-2, a 90-minute period 3, every day; Friday its own short day. */
    static final List<PeriodGrids.Entry> GRID = List.of(p(1L, null, 1, "08:15", "09:00"), p(2L, null, 2, "09:00", "09:45"),
            p(3L, null, 3, "10:00", "11:30"), p(4L, DayOfWeek.FRIDAY, 1, "08:30", "10:00"));

    @Test
    void aWeekdayHasItsOwnPeriodsOrElseTheEveryDayOnes() {
        assertEquals(List.of(1, 2, 3), PeriodGrids.ofDay(GRID, DayOfWeek.MONDAY).stream().map(PeriodGrids.Entry::number).toList());
        assertEquals(List.of(1), PeriodGrids.ofDay(GRID, DayOfWeek.FRIDAY).stream().map(PeriodGrids.Entry::number).toList());
        assertEquals(90, GRID.get(2).minutes());
    }

    @Test
    void overlappingPeriodsAndTakenNumbersAreRefusedAmongTheSameDaysPeriodsOnly() {
        assertEquals(Optional.of("calendar.period.overlap"), PeriodGrids.problem(GRID, p(null, null, 4, "11:00", "12:30")));
        assertEquals(Optional.of("calendar.period.number.taken"), PeriodGrids.problem(GRID, p(null, null, 3, "12:00", "12:45")));
        assertEquals(Optional.of("calendar.period.ends.beforeStart"), PeriodGrids.problem(GRID, p(null, null, 4, "13:00", "12:00")));
        assertEquals(Optional.of("calendar.period.number.range"), PeriodGrids.problem(GRID, p(null, null, 0, "13:00", "14:00")));
        assertTrue(PeriodGrids.problem(GRID, p(null, null, 4, "11:30", "13:00")).isEmpty(), "starts when period 3 ends");
        assertTrue(PeriodGrids.problem(GRID, p(null, DayOfWeek.FRIDAY, 2, "10:00", "11:30")).isEmpty(),
                "Friday's periods are not compared with the every-day ones");
        assertTrue(PeriodGrids.problem(GRID, p(3L, null, 3, "10:00", "11:00")).isEmpty(), "a period changed is not compared with itself");
        assertEquals(Optional.of("calendar.period.overlap"), PeriodGrids.problem(GRID, p(2L, null, 2, "08:45", "09:45")));
    }

    @Test
    void consecutivePeriodsGiveTheTimesOfALessonAndAGapIsNoSpan() {
        var monday = PeriodGrids.ofDay(GRID, DayOfWeek.MONDAY);
        assertArrayEquals(new LocalTime[] {LocalTime.of(8, 15), LocalTime.of(9, 45)}, PeriodGrids.span(monday, 1, 2).orElseThrow());
        assertArrayEquals(new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(11, 30)}, PeriodGrids.span(monday, 3, 3).orElseThrow());
        assertTrue(PeriodGrids.span(monday, 2, 1).isEmpty());
        assertTrue(PeriodGrids.span(monday, 3, 4).isEmpty(), "no period 4");
        assertArrayEquals(new Integer[] {1, 2}, PeriodGrids.periodsOf(monday, LocalTime.of(8, 15), LocalTime.of(9, 45)));
        assertArrayEquals(new Integer[] {null, null}, PeriodGrids.periodsOf(monday, LocalTime.of(8, 20), LocalTime.of(9, 45)));
    }

    @Test
    void aLessonLiesInEveryPeriodItOverlapsAndOneOutsideTheGridIsShownApart() {
        var monday = PeriodGrids.ofDay(GRID, DayOfWeek.MONDAY);
        record L(String name, LocalTime starts, LocalTime ends) { }
        var dbl = new L("double", LocalTime.of(8, 15), LocalTime.of(9, 45));
        var late = new L("late", LocalTime.of(15, 0), LocalTime.of(16, 0));
        var third = new L("third", LocalTime.of(10, 0), LocalTime.of(11, 30));
        var layout = PeriodGrids.layout(monday, List.of(dbl, late, third), L::starts, L::ends);
        assertEquals(List.of(dbl), layout.in(1));
        assertEquals(List.of(dbl), layout.in(2));
        assertEquals(List.of(third), layout.in(3));
        assertEquals(List.of(late), layout.outside());
    }
}
