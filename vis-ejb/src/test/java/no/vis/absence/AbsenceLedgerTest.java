package no.vis.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.vis.timetable.GroupPlan;
import org.junit.jupiter.api.Test;

/**
 * The absence per subject against the timetable, by hand: Norwegian has ten 90-minute lessons in the
 * first half (900 minutes) and ten 45-minute lessons in the second (450); maths the same days, joined
 * by the pupil at the half-year; a subject with no lessons planned has no percentage.
 */
class AbsenceLedgerTest {

    static final AbsenceLedger.Year Y2025 = new AbsenceLedger.Year(2025, LocalDate.of(2025, 8, 18), LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 6, 19));
    static final AbsenceLedger.Year Y2024 = new AbsenceLedger.Year(2024, LocalDate.of(2024, 8, 19), LocalDate.of(2025, 1, 6),
            LocalDate.of(2025, 6, 20));
    static final BigDecimal EIGHT = new BigDecimal(8);
    static final long PUPIL = 7;
    static final long NOR = 1;
    static final long MAT = 2;
    static final long EMPTY = 3;

    /** Ten Mondays from the first, 90 minutes, and ten from the second, 45 minutes. */
    static GroupPlan plan(long group, String subject, LocalDate firstHalf, LocalDate secondHalf) {
        List<Long> days = new ArrayList<>();
        List<Integer> minutes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            days.add(firstHalf.plusWeeks(i).toEpochDay());
            minutes.add(90);
        }
        for (int i = 0; i < 10; i++) {
            days.add(secondHalf.plusWeeks(i).toEpochDay());
            minutes.add(45);
        }
        return new GroupPlan(group, subject, days.stream().mapToLong(Long::longValue).toArray(),
                minutes.stream().mapToInt(Integer::intValue).toArray());
    }

    static Map<Long, GroupPlan> plans(AbsenceLedger.Year y) {
        LocalDate first = y.firstDay().plusWeeks(2);
        return Map.of(NOR, plan(NOR, "NOR1260", first, y.secondHalfFrom()), MAT, plan(MAT, "MAT1021", first, y.secondHalfFrom()),
                EMPTY, new GroupPlan(EMPTY, "KRO1017", new long[0], new int[0]));
    }

    static List<AbsenceLedger.Membership> memberships(AbsenceLedger.Year y) {
        return List.of(new AbsenceLedger.Membership(PUPIL, NOR, "NOR1260", y.firstDay(), null),
                new AbsenceLedger.Membership(PUPIL, MAT, "MAT1021", y.secondHalfFrom(), null),
                new AbsenceLedger.Membership(PUPIL, EMPTY, "KRO1017", y.firstDay(), null));
    }

    static AbsenceLedger.Entry nor(LocalDate day, int minutes, Documentation documentation, boolean late) {
        return new AbsenceLedger.Entry(PUPIL, "NOR1260", new AbsenceRules.Absence(day, minutes, documentation, true, late));
    }

    static SubjectAbsence line(Map<Long, List<SubjectAbsence>> result, String subject, AbsencePeriod period) {
        return result.get(PUPIL).stream().filter(s -> s.subjectCode().equals(subject) && s.period() == period).findFirst().orElseThrow();
    }

    static Map<Long, List<SubjectAbsence>> run(AbsenceLedger.Year y, AbsenceRules.Lateness lateness, List<AbsenceLedger.Entry> entries) {
        return new AbsenceLedger(y, lateness, EIGHT).subjects(memberships(y), plans(y), entries, List.of(AbsencePeriod.values()));
    }

    @Test
    void aWholeLessonAndLateMinutesAgainstTheHalfYearAndTheYear() {
        LocalDate first = Y2025.firstDay().plusWeeks(2);
        var result = run(Y2025, AbsenceRules.Lateness.MINUTES_COUNT, List.of(nor(first, 90, Documentation.UNDOCUMENTED, false),
                nor(first.plusWeeks(1), 20, Documentation.UNDOCUMENTED, true)));
        SubjectAbsence half = line(result, "NOR1260", AbsencePeriod.FIRST_HALF);
        assertEquals(900, half.plannedMinutes());
        assertEquals(110, half.count().countedMinutes());
        assertEquals(new BigDecimal("12.22"), half.percent());
        assertEquals(Band.DISCRETION, half.band(), "over 10 %, not over 15 %");
        SubjectAbsence year = line(result, "NOR1260", AbsencePeriod.YEAR);
        assertEquals(1350, year.plannedMinutes(), "900 + ten 45-minute lessons");
        assertEquals(new BigDecimal("8.15"), year.percent());
        assertEquals(Band.WARNING, year.band(), "over the county's 8 %");
        assertEquals(new BigDecimal("0.42"), year.hoursToLimit(), "135 minutes allowed, 110 used: 25 minutes");
        assertEquals(0, line(result, "NOR1260", AbsencePeriod.SECOND_HALF).count().countedMinutes());
        assertEquals(Band.BELOW, line(result, "NOR1260", AbsencePeriod.SECOND_HALF).band());
    }

    @Test
    void lateMinutesLeftOutWhereTheCountySaysLatenessDoesNotCount() {
        LocalDate first = Y2025.firstDay().plusWeeks(2);
        var result = run(Y2025, AbsenceRules.Lateness.NOT_COUNTED, List.of(nor(first, 90, Documentation.UNDOCUMENTED, false),
                nor(first.plusWeeks(1), 20, Documentation.UNDOCUMENTED, true)));
        SubjectAbsence half = line(result, "NOR1260", AbsencePeriod.FIRST_HALF);
        assertEquals(90, half.count().countedMinutes());
        assertEquals(110, half.registeredMinutes(), "still registered");
        assertEquals(Band.WARNING, half.band(), "exactly 10 % is not over the limit");
    }

    @Test
    void documentedHealthAbsenceCountsUntilTheLimitFrom2025AndNotBefore() {
        LocalDate first = Y2025.firstDay().plusWeeks(2);
        var from2025 = run(Y2025, AbsenceRules.Lateness.MINUTES_COUNT, List.of(nor(first, 90, Documentation.HEALTH_DOCUMENTED, false),
                nor(first.plusWeeks(1), 90, Documentation.UNDOCUMENTED, false), nor(first.plusWeeks(2), 90, Documentation.HEALTH_DOCUMENTED, false)));
        SubjectAbsence half = line(from2025, "NOR1260", AbsencePeriod.FIRST_HALF);
        assertEquals(180, half.count().countedMinutes(), "the first health absence up to the limit (90), the undocumented, not the second health one");
        assertEquals(Band.NO_GRADE, half.band(), "20 %: over 15 %");

        LocalDate first2024 = Y2024.firstDay().plusWeeks(2);
        var before = new AbsenceLedger(Y2024, AbsenceRules.Lateness.MINUTES_COUNT, EIGHT).subjects(memberships(Y2024), plans(Y2024),
                List.of(nor(first2024, 90, Documentation.HEALTH_DOCUMENTED, false), nor(first2024.plusWeeks(1), 90, Documentation.UNDOCUMENTED, false)),
                List.of(AbsencePeriod.FIRST_HALF));
        assertEquals(90, line(before, "NOR1260", AbsencePeriod.FIRST_HALF).count().countedMinutes(), "2024/25: documented health never counts");
    }

    @Test
    void aPupilWhoJoinedAtTheHalfYearIsMeasuredFromThenAndASubjectWithoutLessonsHasNoPercentage() {
        var result = run(Y2025, AbsenceRules.Lateness.MINUTES_COUNT, List.of());
        assertEquals(450, line(result, "MAT1021", AbsencePeriod.YEAR).plannedMinutes(), "only the second half's lessons");
        assertEquals(0, line(result, "MAT1021", AbsencePeriod.FIRST_HALF).plannedMinutes());
        assertNull(line(result, "MAT1021", AbsencePeriod.FIRST_HALF).band(), "no lessons: no percentage, no division by zero");
        assertNull(line(result, "KRO1017", AbsencePeriod.YEAR).percent());
    }

    @Test
    void aLessonLessInThePlanRaisesThePercentage() {
        // the same absence against nine lessons (one cancelled: LessonLookup leaves it out of the plan)
        LocalDate first = Y2025.firstDay().plusWeeks(2);
        GroupPlan nine = new GroupPlan(NOR, "NOR1260", java.util.stream.IntStream.range(0, 9)
                .mapToLong(i -> first.plusWeeks(i).toEpochDay()).toArray(), new int[] {90, 90, 90, 90, 90, 90, 90, 90, 90});
        var result = new AbsenceLedger(Y2025, AbsenceRules.Lateness.MINUTES_COUNT, EIGHT).subjects(
                List.of(new AbsenceLedger.Membership(PUPIL, NOR, "NOR1260", Y2025.firstDay(), null)), Map.of(NOR, nine),
                List.of(nor(first, 90, Documentation.UNDOCUMENTED, false)), List.of(AbsencePeriod.FIRST_HALF));
        assertEquals(new BigDecimal("11.11"), line(result, "NOR1260", AbsencePeriod.FIRST_HALF).percent());
        assertEquals(Band.DISCRETION, line(result, "NOR1260", AbsencePeriod.FIRST_HALF).band());
    }
}
