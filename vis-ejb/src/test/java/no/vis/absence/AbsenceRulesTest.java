package no.vis.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.vis.absence.AbsenceRules.Absence;
import no.vis.absence.AbsenceRules.Count;
import no.vis.absence.AbsenceRules.Lateness;
import org.junit.jupiter.api.Test;

/**
 * The limit's rules by school year: the same absences counted under the rules before and from
 * 2025/26, health absence up to the limit and not after it, the other grounds and rights-based time
 * never, lateness as the county says, and the bands compared exactly.
 */
class AbsenceRulesTest {

    /** A subject of 140 clock hours a year (the common 5-hour Vg1 subject): 8,400 minutes; the limit is 840. */
    private static final int YEAR = 140 * 60;
    private static final BigDecimal WARN_AT = new BigDecimal(8);
    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);

    private static Absence lessons(int day, int lessons, Documentation documentation) {
        return new Absence(SEPTEMBER.plusDays(day), lessons * 45, documentation, true, false);
    }

    @Test
    void theRulesFollowTheSchoolYear() {
        assertEquals(Optional.empty(), AbsenceRules.forSchoolYear(2015), "no limit before 2016/17");
        assertEquals(Optional.of(AbsenceRules.FROM_2016), AbsenceRules.forSchoolYear(2016));
        assertEquals(Optional.of(AbsenceRules.FROM_2016), AbsenceRules.forSchoolYear(2024), "2024/25 keeps the earlier rules");
        assertEquals(Optional.of(AbsenceRules.FROM_2025), AbsenceRules.forSchoolYear(2025));
        assertEquals(Optional.of(AbsenceRules.FROM_2025), AbsenceRules.forSchoolYear(2030));
    }

    @Test
    void documentedHealthAbsenceNeverCountedBefore2025AndCountsUpToTheLimitFrom2025() {
        // 8 lessons undocumented, then 20 lessons of documented illness (900 minutes)
        List<Absence> absences = List.of(lessons(0, 8, Documentation.UNDOCUMENTED), lessons(10, 20, Documentation.HEALTH_DOCUMENTED));

        Count before = AbsenceRules.FROM_2016.count(absences, YEAR, false, Lateness.MINUTES_COUNT);
        assertEquals(360, before.countedMinutes(), "only the undocumented lessons");
        assertEquals(new BigDecimal("4.29"), before.percent());
        assertEquals(Band.BELOW, before.band(WARN_AT));

        Count from2025 = AbsenceRules.FROM_2025.count(absences, YEAR, false, Lateness.MINUTES_COUNT);
        assertEquals(840, from2025.countedMinutes(), "the illness counts until the limit is reached, not beyond");
        assertEquals(new BigDecimal("10.00"), from2025.percent());
        assertEquals(Band.WARNING, from2025.band(WARN_AT), "exactly 10 % is not over the limit");
        assertEquals(0, from2025.minutesToLimit());

        // one more undocumented lesson after the illness: over the limit
        List<Absence> more = List.of(absences.get(0), absences.get(1), lessons(40, 1, Documentation.UNDOCUMENTED));
        Count over = AbsenceRules.FROM_2025.count(more, YEAR, false, Lateness.MINUTES_COUNT);
        assertEquals(885, over.countedMinutes());
        assertEquals(Band.DISCRETION, over.band(WARN_AT));
        assertEquals(Band.BELOW, AbsenceRules.FROM_2016.count(more, YEAR, false, Lateness.MINUTES_COUNT).band(WARN_AT));
    }

    @Test
    void healthAbsenceAfterTheLimitIsReachedDoesNotCountFrom2025() {
        // 19 undocumented lessons (855 minutes: over the limit already), then documented illness
        List<Absence> absences = List.of(lessons(0, 19, Documentation.UNDOCUMENTED), lessons(5, 10, Documentation.HEALTH_DOCUMENTED));
        assertEquals(855, AbsenceRules.FROM_2025.count(absences, YEAR, false, Lateness.MINUTES_COUNT).countedMinutes());
        // the same illness first: it counts up to the limit, the undocumented lessons all count after it
        List<Absence> illFirst = List.of(lessons(0, 10, Documentation.HEALTH_DOCUMENTED), lessons(20, 19, Documentation.UNDOCUMENTED));
        assertEquals(450 + 855, AbsenceRules.FROM_2025.count(illFirst, YEAR, false, Lateness.MINUTES_COUNT).countedMinutes(),
                "in the order it happened: 450 minutes of illness while under the limit");
    }

    @Test
    void selfCertifiedHealthAbsenceCountsUnlessARiskConditionIsDocumented() {
        List<Absence> absences = List.of(lessons(0, 15, Documentation.HEALTH_SELF_CERTIFIED),
                lessons(3, 10, Documentation.HEALTH_SELF_CERTIFIED));
        assertEquals(1125, AbsenceRules.FROM_2016.count(absences, YEAR, true, Lateness.MINUTES_COUNT).countedMinutes(),
                "before 2025 egenmelding was no documentation, risk or not");
        assertEquals(1125, AbsenceRules.FROM_2025.count(absences, YEAR, false, Lateness.MINUTES_COUNT).countedMinutes());
        Count risk = AbsenceRules.FROM_2025.count(absences, YEAR, true, Lateness.MINUTES_COUNT);
        assertEquals(840, risk.countedMinutes(), "with a documented risk condition: as documented health absence");
        assertEquals(Band.WARNING, risk.band(WARN_AT));
    }

    @Test
    void aRiskConditionCoversOnlyTheDaysItHolds() {
        // 15 lessons (675 min) self-certified before the condition was documented, then 10 (450) while it holds
        List<Absence> absences = List.of(lessons(0, 15, Documentation.HEALTH_SELF_CERTIFIED),
                lessons(3, 10, Documentation.HEALTH_SELF_CERTIFIED));
        AbsenceLedger.RiskPeriod fromDay3 = new AbsenceLedger.RiskPeriod(SEPTEMBER.plusDays(3), null);
        assertEquals(840, AbsenceRules.FROM_2025.count(absences, YEAR, fromDay3::holdsOn, Lateness.MINUTES_COUNT).countedMinutes(),
                "675 before counts whole; of the 450 while it holds, up to the limit (165)");
        AbsenceLedger.RiskPeriod endedBefore = new AbsenceLedger.RiskPeriod(SEPTEMBER.minusDays(30), SEPTEMBER.plusDays(3));
        assertEquals(1125, AbsenceRules.FROM_2025.count(absences, YEAR, endedBefore::holdsOn, Lateness.MINUTES_COUNT).countedMinutes(),
                "the first absence was under the condition, but the limit was not reached then; the second is after it ended");
        // the condition from day 0: the first 840 count, the rest not
        AbsenceLedger.RiskPeriod whole = new AbsenceLedger.RiskPeriod(SEPTEMBER, SEPTEMBER.plusDays(30));
        assertEquals(840, AbsenceRules.FROM_2025.count(absences, YEAR, whole::holdsOn, Lateness.MINUTES_COUNT).countedMinutes());
        assertEquals(false, endedBefore.holdsOn(SEPTEMBER.plusDays(3)), "the end is exclusive");
    }

    @Test
    void otherGroundsRightsBasedTimeAndCodesThatDoNotCountNeverCount() {
        List<Absence> absences = List.of(lessons(0, 30, Documentation.OTHER_GROUND), lessons(1, 30, Documentation.NOT_ABSENCE),
                new Absence(SEPTEMBER.plusDays(2), 900, Documentation.UNDOCUMENTED, false, false));
        for (AbsenceRules rules : AbsenceRules.values()) {
            Count count = rules.count(absences, YEAR, false, Lateness.MINUTES_COUNT);
            assertEquals(0, count.countedMinutes(), rules.name());
            assertEquals(840, count.minutesToLimit());
            assertEquals(new BigDecimal("140.00"), count.plannedHours());
        }
    }

    @Test
    void latenessCountsAsItsMinutesUnlessTheCountySaysOtherwise() {
        // 20 minutes late to a 90-minute lesson is 20 minutes
        List<Absence> absences = List.of(new Absence(SEPTEMBER, 20, Documentation.UNDOCUMENTED, true, true),
                lessons(1, 1, Documentation.UNDOCUMENTED));
        Count minutes = AbsenceRules.FROM_2025.count(absences, YEAR, false, Lateness.MINUTES_COUNT);
        assertEquals(65, minutes.countedMinutes());
        assertEquals(new BigDecimal("1.08"), minutes.countedHours(), "a 45-minute lesson is 0.75 clock hours");
        assertEquals(45, AbsenceRules.FROM_2025.count(absences, YEAR, false, Lateness.NOT_COUNTED).countedMinutes());
    }

    @Test
    void theBandsAreComparedExactlyNotByTheRoundedPercentage() {
        // 1,000 of 10,001 planned minutes is 9.999 %, shown as 10.00 but under the limit; 1,001 of 10,000 is over it
        Count under = AbsenceRules.FROM_2025.count(List.of(new Absence(SEPTEMBER, 1000, Documentation.UNDOCUMENTED, true, false)),
                10_001, false, Lateness.MINUTES_COUNT);
        assertEquals(new BigDecimal("10.00"), under.percent());
        assertEquals(Band.WARNING, under.band(WARN_AT));
        Count atLimit = AbsenceRules.FROM_2025.count(List.of(new Absence(SEPTEMBER, 1000, Documentation.UNDOCUMENTED, true, false)),
                10_000, false, Lateness.MINUTES_COUNT);
        assertEquals(Band.WARNING, atLimit.band(WARN_AT), "exactly 10 %");
        Count justOver = AbsenceRules.FROM_2025.count(List.of(new Absence(SEPTEMBER, 1001, Documentation.UNDOCUMENTED, true, false)),
                10_000, false, Lateness.MINUTES_COUNT);
        assertEquals(Band.DISCRETION, justOver.band(WARN_AT));
        assertEquals(Band.DISCRETION, AbsenceRules.FROM_2025.count(List.of(new Absence(SEPTEMBER, 1500, Documentation.UNDOCUMENTED, true,
                false)), 10_000, false, Lateness.MINUTES_COUNT).band(WARN_AT), "15 % itself still allows discretion");
        assertEquals(Band.NO_GRADE, AbsenceRules.FROM_2025.count(List.of(new Absence(SEPTEMBER, 1501, Documentation.UNDOCUMENTED, true,
                false)), 10_000, false, Lateness.MINUTES_COUNT).band(WARN_AT));
        assertEquals(Band.BELOW, AbsenceRules.FROM_2025.count(List.of(new Absence(SEPTEMBER, 799, Documentation.UNDOCUMENTED, true,
                false)), 10_000, false, Lateness.MINUTES_COUNT).band(WARN_AT));
        assertEquals(Band.WARNING, AbsenceRules.FROM_2025.count(List.of(new Absence(SEPTEMBER, 800, Documentation.UNDOCUMENTED, true,
                false)), 10_000, false, Lateness.MINUTES_COUNT).band(WARN_AT), "the warning threshold itself warns");
    }

    @Test
    void onlyAnExactComparisonGetsTheBandsRightNextToAThreshold() {
        // shown rounded onto the threshold from the other side: 10.001 % as 10.00, 15.001 % as 15.00, 7.999 % as 8.00
        assertEquals(Band.DISCRETION, band(10_001, 100_000));
        assertEquals(new BigDecimal("10.00"), count(10_001, 100_000).percent());
        assertEquals(Band.NO_GRADE, band(15_001, 100_000));
        assertEquals(Band.BELOW, band(7_999, 100_000));
        assertEquals(new BigDecimal("8.00"), count(7_999, 100_000).percent());
    }

    private static Count count(int minutes, int planned) {
        return AbsenceRules.FROM_2025.count(List.of(new Absence(SEPTEMBER, minutes, Documentation.UNDOCUMENTED, true, false)), planned,
                false, Lateness.MINUTES_COUNT);
    }

    private static Band band(int minutes, int planned) {
        return count(minutes, planned).band(WARN_AT);
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AbsenceRules.FROM_2025.count(List.of(), 0, false, Lateness.MINUTES_COUNT));
        assertThrows(IllegalArgumentException.class, () -> new Absence(SEPTEMBER, -1, Documentation.UNDOCUMENTED, true, false));
    }
}
