package no.vis.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import no.vis.absence.AbsencePeriod;
import no.vis.absence.Band;
import org.junit.jupiter.api.Test;

/** The scales per vurderingsordning, IV from the absence limit with the principal's discretion, and fagmerknader. */
class GradeRulesTest {

    @Test
    void eachScaleAllowsItsOwnExpressionsAndFritattAndIv() {
        for (String code : new String[] {"1", "2", "3", "4", "5", "6", "F", "IV"}) {
            assertTrue(GradeScale.NUMERIC.allows(GradeValue.ofCode(code).orElseThrow()), code);
        }
        assertFalse(GradeScale.NUMERIC.allows(GradeValue.PASSED));
        assertFalse(GradeScale.NUMERIC.allows(GradeValue.PARTICIPATED));
        assertTrue(GradeScale.PASS_FAIL.allows(GradeValue.PASSED));
        assertTrue(GradeScale.PASS_FAIL.allows(GradeValue.NOT_PASSED));
        assertFalse(GradeScale.PASS_FAIL.allows(GradeValue.FOUR));
        assertTrue(GradeScale.PARTICIPATION.allows(GradeValue.PARTICIPATED));
        assertTrue(GradeScale.PARTICIPATION.allows(GradeValue.EXEMPT));
        assertFalse(GradeScale.PARTICIPATION.allows(GradeValue.PASSED));
    }

    @Test
    void typedCodesAreReadTolerantlyAndNothingElse() {
        assertEquals(Optional.of(GradeValue.NOT_ASSESSED), GradeValue.ofCode(" iv "));
        assertEquals(Optional.of(GradeValue.NOT_PASSED), GradeValue.ofCode("ib"));
        assertEquals(Optional.of(GradeValue.SIX), GradeValue.ofCode("6"));
        assertEquals(Optional.empty(), GradeValue.ofCode("7"));
        assertEquals(Optional.empty(), GradeValue.ofCode("0"));
        assertEquals(Optional.empty(), GradeValue.ofCode("5+"));
        assertEquals(Optional.empty(), GradeValue.ofCode(null));
    }

    @Test
    void ivIsProposedOver15PercentAndBetween10And15UnlessThePrincipalDecidedOtherwise() {
        assertNull(GradeRules.proposal(Band.BELOW, null));
        assertNull(GradeRules.proposal(Band.WARNING, null));
        assertNull(GradeRules.proposal(null, null), "no planned lessons: nothing to propose");
        assertEquals(GradeValue.NOT_ASSESSED, GradeRules.proposal(Band.DISCRETION, null));
        assertEquals(GradeValue.NOT_ASSESSED, GradeRules.proposal(Band.DISCRETION, false));
        assertNull(GradeRules.proposal(Band.DISCRETION, true));
        assertEquals(GradeValue.NOT_ASSESSED, GradeRules.proposal(Band.NO_GRADE, true), "over 15 %: no discretion");
    }

    @Test
    void aGradeOverTheLimitIsRefusedButIvAndFritattAreNot() {
        assertEquals(Optional.of("grades.value.overLimit"), GradeRules.checkValue(GradeScale.NUMERIC, GradeValue.FOUR, Band.NO_GRADE, true));
        assertEquals(Optional.empty(), GradeRules.checkValue(GradeScale.NUMERIC, GradeValue.NOT_ASSESSED, Band.NO_GRADE, null));
        assertEquals(Optional.empty(), GradeRules.checkValue(GradeScale.NUMERIC, GradeValue.EXEMPT, Band.NO_GRADE, null));
        assertEquals(Optional.of("grades.value.needsDiscretion"), GradeRules.checkValue(GradeScale.NUMERIC, GradeValue.THREE, Band.DISCRETION, null));
        assertEquals(Optional.of("grades.value.discretionRefused"),
                GradeRules.checkValue(GradeScale.NUMERIC, GradeValue.THREE, Band.DISCRETION, false));
        assertEquals(Optional.empty(), GradeRules.checkValue(GradeScale.NUMERIC, GradeValue.THREE, Band.DISCRETION, true));
        assertEquals(Optional.empty(), GradeRules.checkValue(GradeScale.NUMERIC, GradeValue.ONE, Band.WARNING, null));
        assertEquals(Optional.of("grades.value.notOnScale"), GradeRules.checkValue(GradeScale.PASS_FAIL, GradeValue.FIVE, Band.BELOW, null));
        assertEquals(Optional.of("grades.value.overLimit"), GradeRules.checkValue(GradeScale.PASS_FAIL, GradeValue.PASSED, Band.NO_GRADE, null));
    }

    @Test
    void fritattNeedsItsFagmerknadAndOnlyUdirsCodesAreTaken() {
        assertEquals(Optional.of("grades.remark.exemptNeedsCode"), GradeRules.checkRemark(GradeValue.EXEMPT, null));
        assertEquals(Optional.of("grades.remark.exemptNeedsCode"), GradeRules.checkRemark(GradeValue.EXEMPT, "FAM05"));
        assertEquals(Optional.empty(), GradeRules.checkRemark(GradeValue.EXEMPT, "FAM01"));
        assertEquals(Optional.empty(), GradeRules.checkRemark(GradeValue.FOUR, "FAM05"));
        assertEquals(Optional.empty(), GradeRules.checkRemark(GradeValue.FOUR, null));
        assertEquals(Optional.of("grades.remark.unknown"), GradeRules.checkRemark(GradeValue.FOUR, "FAM99"));
    }

    @Test
    void aRoundsGradeIsMeasuredAgainstItsOwnPeriodsAbsence() {
        assertEquals(AbsencePeriod.FIRST_HALF, RoundKind.FIRST_HALF.absencePeriod(GradeKind.HALF_YEAR));
        assertEquals(AbsencePeriod.SECOND_HALF, RoundKind.YEAR_END.absencePeriod(GradeKind.HALF_YEAR));
        assertEquals(AbsencePeriod.YEAR, RoundKind.YEAR_END.absencePeriod(GradeKind.FINAL), "standpunkt: the whole year's hours");
    }

    @Test
    void demoGradesStayOnTheScaleAndAreTheSameForTheSameSeed() {
        for (long pupil = 1; pupil < 500; pupil++) {
            GradeValue g = AssessmentSetupService.grade(1, pupil, "NOR1260", 0);
            assertTrue(GradeScale.NUMERIC.allows(g) && g.isAssessment());
            assertEquals(g, AssessmentSetupService.grade(1, pupil, "NOR1260", 0));
        }
    }
}
