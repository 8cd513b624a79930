package no.vis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.vis.people.AddressProtection;
import no.vis.privacy.GuardianAccess.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The guardian access policy over its whole matrix. */
class GuardianAccessPolicyTest {

    private static final LocalDate BIRTH = LocalDate.of(2008, 5, 10);
    private static final LocalDate EIGHTEEN = LocalDate.of(2026, 5, 10);
    private static final LocalDate GUARDIANSHIP_FROM = BIRTH;

    private final GuardianAccessPolicy policy = new GuardianAccessPolicy(false);

    private static GuardianshipFacts facts(LocalDate birth, List<ConsentPeriod> pupil, List<ConsentPeriod> guardian) {
        return new GuardianshipFacts(birth, null, birth, null, false, pupil, guardian);
    }

    private static ConsentPeriod given(LocalDate on) {
        return new ConsentPeriod(on, null);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-05-09, UNDER_18",                // the day before the 18th birthday
            "2026-05-10, OF_AGE_WITHOUT_CONSENTS", // on the birthday
            "2026-05-11, OF_AGE_WITHOUT_CONSENTS", // after it
            "2008-05-10, UNDER_18",                // the day of birth
    })
    void withoutConsentsAccessEndsOnThe18thBirthday(LocalDate today, Decision expected) {
        assertEquals(expected, policy.decide(facts(BIRTH, List.of(), List.of()), today).decision());
    }

    /** Born 29 February: 18 on 28 February in a common year, on 29 February in a leap year. */
    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
            "2008-02-29, 2026-02-27, UNDER_18",
            "2008-02-29, 2026-02-28, OF_AGE_WITHOUT_CONSENTS",
            "2008-02-29, 2026-03-01, OF_AGE_WITHOUT_CONSENTS",
            "2010-02-28, 2028-02-27, UNDER_18",
            "2010-02-28, 2028-02-28, OF_AGE_WITHOUT_CONSENTS",
            "2012-02-29, 2030-02-28, OF_AGE_WITHOUT_CONSENTS",
            "2012-02-29, 2030-02-27, UNDER_18",
            "2014-02-28, 2032-02-27, UNDER_18",
            "2014-02-28, 2032-02-28, OF_AGE_WITHOUT_CONSENTS",
            "2014-03-01, 2032-02-29, UNDER_18",
            "2014-03-01, 2032-03-01, OF_AGE_WITHOUT_CONSENTS",
    })
    void leapDayBirthdays(LocalDate birth, LocalDate today, Decision expected) {
        assertEquals(expected, policy.decide(facts(birth, List.of(), List.of()), today).decision());
    }

    static Stream<Arguments> consentMatrix() {
        LocalDate before = EIGHTEEN.minusMonths(1);
        ConsentPeriod valid = given(before);
        ConsentPeriod revoked = new ConsentPeriod(before, EIGHTEEN.plusDays(5));
        ConsentPeriod revokedToday = new ConsentPeriod(before, EIGHTEEN.plusDays(10));
        ConsentPeriod future = given(EIGHTEEN.plusDays(30));
        LocalDate today = EIGHTEEN.plusDays(10);
        List<ConsentPeriod> none = List.of();
        return Stream.of(
                Arguments.of("both valid", List.of(valid), List.of(valid), today, Decision.CONSENTED),
                Arguments.of("pupil's missing", none, List.of(valid), today, Decision.OF_AGE_WITHOUT_CONSENTS),
                Arguments.of("guardian's missing", List.of(valid), none, today, Decision.OF_AGE_WITHOUT_CONSENTS),
                Arguments.of("both missing", none, none, today, Decision.OF_AGE_WITHOUT_CONSENTS),
                Arguments.of("pupil's revoked", List.of(revoked), List.of(valid), today, Decision.OF_AGE_WITHOUT_CONSENTS),
                Arguments.of("guardian's revoked", List.of(valid), List.of(revoked), today, Decision.OF_AGE_WITHOUT_CONSENTS),
                Arguments.of("both revoked", List.of(revoked), List.of(revoked), today, Decision.OF_AGE_WITHOUT_CONSENTS),
                Arguments.of("revoked today", List.of(revokedToday), List.of(valid), today, Decision.OF_AGE_WITHOUT_CONSENTS),
                Arguments.of("revoked from tomorrow", List.of(revokedToday), List.of(valid), today.minusDays(1), Decision.CONSENTED),
                Arguments.of("given later", List.of(future), List.of(valid), today, Decision.OF_AGE_WITHOUT_CONSENTS),
                Arguments.of("revoked, then given again", List.of(revoked, given(today)), List.of(valid), today, Decision.CONSENTED),
                Arguments.of("consents under 18 change nothing", none, none, EIGHTEEN.minusDays(1), Decision.UNDER_18));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consentMatrix")
    void after18BothConsentsAreNeeded(String name, List<ConsentPeriod> pupil, List<ConsentPeriod> guardian, LocalDate today,
                                      Decision expected) {
        GuardianAccess access = policy.decide(facts(BIRTH, pupil, guardian), today);
        assertEquals(expected, access.decision());
        assertEquals(expected.allows(), access.maySee());
        if (!access.maySee()) {
            assertTrue(access.categories().isEmpty(), "a refusal shows nothing");
        }
    }

    @Test
    void consentsEndWhenThePupilLeavesSchool() {
        LocalDate today = EIGHTEEN.plusDays(10);
        var consents = List.of(given(EIGHTEEN.minusDays(1)));
        var left = new GuardianshipFacts(BIRTH, null, BIRTH, today, false, consents, consents);
        var leavingTomorrow = new GuardianshipFacts(BIRTH, null, BIRTH, today.plusDays(1), false, consents, consents);
        assertEquals(Decision.OF_AGE_WITHOUT_CONSENTS, policy.decide(left, today).decision());
        assertEquals(Decision.CONSENTED, policy.decide(leavingTomorrow, today).decision());
    }

    @ParameterizedTest(name = "from {0} to {1} on {2}: {3}")
    @CsvSource({
            "2010-01-01, , 2026-01-01, UNDER_18",
            "2010-01-01, 2026-01-01, 2025-12-31, UNDER_18",       // the last day
            "2010-01-01, 2026-01-01, 2026-01-01, GUARDIANSHIP_NOT_ACTIVE", // ended
            "2010-01-01, 2026-01-01, 2026-06-01, GUARDIANSHIP_NOT_ACTIVE",
            "2026-02-01, , 2026-01-31, GUARDIANSHIP_NOT_ACTIVE",  // not begun
    })
    void onlyAnActiveGuardianshipGivesAccess(LocalDate from, LocalDate to, LocalDate today, Decision expected) {
        LocalDate birth = LocalDate.of(2010, 1, 1);
        var facts = new GuardianshipFacts(from, to, birth, null, false, List.of(), List.of());
        assertEquals(expected, policy.decide(facts, today).decision());
    }

    @Test
    void noGuardianshipNoAccessWhateverTheConsents() {
        GuardianAccess access = policy.decide(GuardianshipFacts.none(BIRTH), EIGHTEEN.minusYears(2));
        assertEquals(Decision.NO_GUARDIANSHIP, access.decision());
        assertFalse(access.maySee());
        assertFalse(access.pupilAddressVisible());
    }

    private static final Set<DataCategory> SEEN = EnumSet.of(DataCategory.PERSONALIA, DataCategory.CLASSES_AND_GROUPS,
            DataCategory.TIMETABLE, DataCategory.OWN_CONTACT_INFORMATION, DataCategory.HISTORY, DataCategory.CURRICULUM);

    @ParameterizedTest
    @EnumSource(DataCategory.class)
    void eachCategoryUnder18(DataCategory category) {
        GuardianAccess access = policy.decide(facts(BIRTH, List.of(), List.of()), EIGHTEEN.minusDays(1));
        assertEquals(SEEN.contains(category), access.allows(category), category.name());
    }

    @ParameterizedTest
    @EnumSource(DataCategory.class)
    void eachCategoryAfter18WithConsentsIsTheSame(DataCategory category) {
        var consents = List.of(given(EIGHTEEN));
        GuardianAccess access = policy.decide(facts(BIRTH, consents, consents), EIGHTEEN);
        assertEquals(Decision.CONSENTED, access.decision());
        assertEquals(SEEN.contains(category), access.allows(category), category.name());
    }

    @ParameterizedTest
    @EnumSource(DataCategory.class)
    void nothingAtAllWithoutAccess(DataCategory category) {
        assertFalse(policy.decide(facts(BIRTH, List.of(), List.of()), EIGHTEEN).allows(category));
    }

    @Test
    void orderAndConductIsTheCountysChoice() {
        var facts = facts(BIRTH, List.of(), List.of());
        LocalDate today = EIGHTEEN.minusDays(1);
        assertFalse(policy.decide(facts, today).allows(DataCategory.ORDER_AND_CONDUCT));
        assertTrue(new GuardianAccessPolicy(true).decide(facts, today).allows(DataCategory.ORDER_AND_CONDUCT));
        assertFalse(new GuardianAccessPolicy(true).decide(facts, today).allows(DataCategory.ABSENCE_DETAIL));
        // absence detail: only where the county shows it, and never to a guardian who may not see the pupil
        assertTrue(new GuardianAccessPolicy(false, true).decide(facts, today).allows(DataCategory.ABSENCE_DETAIL));
        assertFalse(new GuardianAccessPolicy(false, true).decide(facts, today).allows(DataCategory.ORDER_AND_CONDUCT));
        assertFalse(new GuardianAccessPolicy(false, true).decide(facts, EIGHTEEN).allows(DataCategory.ABSENCE_DETAIL),
                "of age without consents");
    }

    @ParameterizedTest
    @EnumSource(AddressProtection.class)
    void aProtectedAddressOfThePupilIsNeverShown(AddressProtection protection) {
        var facts = new GuardianshipFacts(BIRTH, null, BIRTH, null, protection.isProtected(), List.of(), List.of());
        GuardianAccess access = policy.decide(facts, EIGHTEEN.minusDays(1));
        assertTrue(access.maySee());
        assertEquals(protection == AddressProtection.UGRADERT, access.pupilAddressVisible());
    }
}
