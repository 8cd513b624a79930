package no.vis.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vitnemål's days and hours per half-year, against hand-computed cases. */
class DiplomaTotalsTest {

    static final AbsenceLedger.Year Y2025 = new AbsenceLedger.Year(2025, LocalDate.of(2025, 8, 18), LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 6, 19));
    static final long PUPIL = 7;

    static DiplomaTotals.DayEntry day(LocalDate on, boolean onDiploma) {
        return new DiplomaTotals.DayEntry(PUPIL, on, onDiploma, true);
    }

    static DiplomaTotals.HourEntry hour(LocalDate on, int minutes) {
        return new DiplomaTotals.HourEntry(PUPIL, on, minutes, false, true, true);
    }

    @Test
    void daysAndHoursArePerHalfAndHoursNeverBecomeDays() {
        LocalDate autumn = LocalDate.of(2025, 9, 1);
        LocalDate spring = LocalDate.of(2026, 2, 2);
        // autumn: two days, 45 + 45 + 90 + 20 minutes = 200 minutes = 3.33 hours → 3; spring: 30 minutes → 1 (half up)
        Map<Long, DiplomaTotals.Totals> totals = DiplomaTotals.compute(Y2025, false,
                List.of(day(autumn, true), day(autumn.plusDays(1), true)),
                List.of(hour(autumn.plusDays(7), 45), hour(autumn.plusDays(7), 45), hour(autumn.plusDays(8), 90),
                        hour(autumn.plusDays(9), 20), hour(spring, 30)));
        DiplomaTotals.Totals t = totals.get(PUPIL);
        assertEquals(new DiplomaTotals.Half(2, 3, 0, false), t.first());
        assertEquals(new DiplomaTotals.Half(0, 1, 0, false), t.second());
        assertEquals(new DiplomaTotals.Half(2, 4, 0, false), t.of(AbsencePeriod.YEAR), "the vitnemål sums both halves");
        // 29 minutes: under half an hour
        assertEquals(0, DiplomaTotals.compute(Y2025, false, List.of(), List.of(hour(spring, 29))).get(PUPIL).second().hours());
        // 14 hours are 14 hours, not two days
        List<DiplomaTotals.HourEntry> many = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            many.add(hour(autumn.plusDays(i), 60));
        }
        assertEquals(new DiplomaTotals.Half(0, 14, 0, false), DiplomaTotals.compute(Y2025, false, List.of(), many).get(PUPIL).first());
    }

    @Test
    void latenessOnlyWhereTheCountyCountsIt() {
        LocalDate on = LocalDate.of(2025, 10, 6);
        List<DiplomaTotals.HourEntry> late = List.of(new DiplomaTotals.HourEntry(PUPIL, on, 60, true, true, true));
        assertEquals(0, DiplomaTotals.compute(Y2025, false, List.of(), late).getOrDefault(PUPIL, DiplomaTotals.Totals.NONE).first().hours());
        assertEquals(1, DiplomaTotals.compute(Y2025, true, List.of(), late).get(PUPIL).first().hours());
    }

    @Test
    void codesNotPrintedAndWhatIsNotAbsenceAreLeftOut() {
        LocalDate on = LocalDate.of(2025, 10, 6);
        Map<Long, DiplomaTotals.Totals> totals = DiplomaTotals.compute(Y2025, true,
                List.of(new DiplomaTotals.DayEntry(PUPIL, on, true, false)), // a rights-based day: not absence
                List.of(new DiplomaTotals.HourEntry(PUPIL, on, 90, false, false, true), // documented, not printed
                        new DiplomaTotals.HourEntry(PUPIL, on, 90, false, true, false))); // organised study work
        assertEquals(DiplomaTotals.Half.NONE, totals.getOrDefault(PUPIL, DiplomaTotals.Totals.NONE).first());
    }

    @Test
    void tenDaysAYearAreDeductedAndTheRestPrinted() {
        List<DiplomaTotals.DayEntry> days = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            days.add(day(LocalDate.of(2025, 11, 3).plusDays(i), false)); // eight in the autumn
        }
        for (int i = 0; i < 4; i++) {
            days.add(day(LocalDate.of(2026, 3, 2).plusDays(i), false)); // four in the spring: two deducted, two printed
        }
        days.add(day(LocalDate.of(2026, 3, 20), true));
        DiplomaTotals.Totals t = DiplomaTotals.compute(Y2025, false, days, List.of()).get(PUPIL);
        assertEquals(new DiplomaTotals.Half(0, 0, 8, false), t.first());
        assertEquals(new DiplomaTotals.Half(3, 0, 2, true), t.second());
        assertEquals(10, t.of(AbsencePeriod.YEAR).deductedDays());
        assertTrue(t.of(AbsencePeriod.YEAR).deductionsOverLimit());
        assertFalse(DiplomaTotals.compute(Y2025, false, days.subList(0, 10), List.of()).get(PUPIL).of(AbsencePeriod.YEAR)
                .deductionsOverLimit(), "ten are allowed");
    }

    @Test
    void absenceOutsideTheSchoolYearIsNotCounted() {
        Map<Long, DiplomaTotals.Totals> totals = DiplomaTotals.compute(Y2025, false, List.of(day(LocalDate.of(2025, 8, 15), true)),
                List.of(hour(LocalDate.of(2026, 6, 22), 60)));
        assertTrue(totals.isEmpty());
    }
}
