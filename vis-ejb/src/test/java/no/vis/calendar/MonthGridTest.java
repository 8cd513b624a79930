package no.vis.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthGridTest {

    @Test
    void aMonthIsWeeksOfSevenDaysWithTheRutesDaysAndEmptyCellsOfOtherMonths() {
        LocalDate autumnBreak = LocalDate.of(2026, 10, 5);
        SchoolCalendar calendar = new SchoolCalendar(2026, LocalDate.of(2026, 8, 19), LocalDate.of(2027, 6, 18),
                LocalDate.of(2027, 1, 4), Rotation.ALTERNATING, LocalDate.of(2026, 8, 17),
                Map.of(autumnBreak, new SchoolCalendar.Entry(DayKind.HOLIDAY, "Høstferie")),
                Map.of(LocalDate.of(2026, 10, 16), new SchoolCalendar.Entry(DayKind.PLANNING_DAY, null)));
        var weeks = MonthGrid.of(calendar, YearMonth.of(2026, 10));
        assertEquals(5, weeks.size(), "1 October 2026 is a Thursday; the 31st a Saturday");
        assertEquals(40, weeks.get(0).number());
        assertTrue(weeks.get(0).days().get(0).outsideMonth(), "Monday 28 September is September's");
        assertEquals(LocalDate.of(2026, 10, 1), weeks.get(0).days().get(3).day());
        var monday = weeks.get(1).days().get(0);
        assertEquals(DayKind.HOLIDAY, monday.kind());
        assertEquals("Høstferie", monday.note());
        assertEquals(DayKind.PLANNING_DAY, weeks.get(2).days().get(4).kind(), "the school's own planning day");
        assertEquals(DayKind.WEEKEND, weeks.get(2).days().get(5).kind());
        assertEquals(WeekKind.B, weeks.get(1).letter(), "week 41 is seven weeks after the A week 34");
        assertEquals(WeekKind.A, weeks.get(2).letter());
    }
}
