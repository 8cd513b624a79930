package no.vis.guardianship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;
import no.vis.people.Pupil;
import no.vis.privacy.GuardianAccess;
import no.vis.privacy.GuardianAccessPolicy;
import no.vis.privacy.GuardianshipFacts;
import no.vis.school.County;
import no.vis.school.School;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a guardianship is active: from its first day (inclusive) to the day it ended (exclusive). */
class GuardianshipTest {

    private static final LocalDate BIRTH = LocalDate.of(2008, 3, 14);
    private static final LocalDate EIGHTEEN = LocalDate.of(2026, 3, 14);
    private static final LocalDate FROM = LocalDate.of(2020, 8, 1);

    private static Guardianship from(LocalDate from) {
        Address address = new Address("Skolegata 1", "3000", "DRAMMEN", AddressProtection.UGRADERT);
        Pupil pupil = new Pupil(Fodselsnummer.compose(BIRTH, 123, false, Fodselsnummer.Synthetic.NONE).orElseThrow(),
                new PersonName("Kari", null, "Elev"), BIRTH, address,
                new School(new County("33", "Buskerud"), "999999999", "Skolen vgs"), null);
        Guardian guardian = new Guardian(null, false, new PersonName("Ola", null, "Foresatt"), address);
        return Guardianship.manual(guardian, pupil, from, "far i utlandet", "staff:1");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2020-07-31, false", // the day before it began
            "2020-08-01, true",  // the day it began
            "2026-03-13, true",  // the last day: the day before the 18th birthday
            "2026-03-14, false", // the day it ended — the 18th birthday
            "2026-03-15, false", // the day after
    })
    void activeFromTheFirstDayToTheDayBeforeItEnded(LocalDate day, boolean active) {
        Guardianship gs = from(FROM);
        gs.end(EIGHTEEN, GuardianshipEnd.PUPIL_TURNED_18, null, "job:guardian-age-removal");
        assertEquals(active, gs.isActiveOn(day));
    }

    @Test
    void openWhileNotEnded() {
        Guardianship gs = from(FROM);
        assertFalse(gs.isActiveOn(FROM.minusDays(1)));
        assertTrue(gs.isActiveOn(FROM));
        assertTrue(gs.isActiveOn(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void endedOnTheDayItBeganItWasNeverActive() {
        Guardianship gs = from(FROM);
        gs.end(FROM, GuardianshipEnd.ENDED_BY_STAFF, "feil registrert", "staff:1");
        assertFalse(gs.isActiveOn(FROM));
        assertFalse(gs.isActiveOn(FROM.minusDays(1)));
    }

    @Test
    void endedByRuleBeforeItBeganEndsOnItsFirstDay() {
        Guardianship gs = from(EIGHTEEN.plusDays(10));
        gs.endByRule(EIGHTEEN, GuardianshipEnd.PUPIL_TURNED_18, "job:guardian-age-removal");
        assertEquals(EIGHTEEN.plusDays(10), gs.getActiveTo().orElseThrow());
        assertFalse(gs.isActiveOn(EIGHTEEN.plusDays(10)));
    }

    @Test
    void cannotEndBeforeItBeganNorTwice() {
        Guardianship gs = from(FROM);
        assertThrows(IllegalArgumentException.class,
                () -> gs.end(FROM.minusDays(1), GuardianshipEnd.ENDED_BY_STAFF, "x", "staff:1"));
        gs.end(EIGHTEEN, GuardianshipEnd.PUPIL_TURNED_18, null, "job");
        assertThrows(IllegalStateException.class, () -> gs.end(EIGHTEEN, GuardianshipEnd.ENDED_BY_STAFF, "x", "staff:1"));
    }

    @Test
    void theAccessPolicyAgreesOnEveryBoundaryDay() {
        Guardianship gs = from(FROM);
        gs.end(EIGHTEEN.minusDays(30), GuardianshipEnd.ENDED_BY_STAFF, "flyttet", "staff:1");
        GuardianshipFacts facts = new GuardianshipFacts(gs.getActiveFrom(), gs.getActiveTo().orElse(null), BIRTH, null,
                false, java.util.List.of(), java.util.List.of());
        GuardianAccessPolicy policy = new GuardianAccessPolicy(false);
        for (LocalDate day = FROM.minusDays(2); !day.isAfter(FROM.plusDays(2)); day = day.plusDays(1)) {
            assertEquals(gs.isActiveOn(day), policy.decide(facts, day).decision() != GuardianAccess.Decision.GUARDIANSHIP_NOT_ACTIVE, day::toString);
        }
        for (LocalDate day = EIGHTEEN.minusDays(32); !day.isAfter(EIGHTEEN.minusDays(28)); day = day.plusDays(1)) {
            assertEquals(gs.isActiveOn(day), policy.decide(facts, day).decision() != GuardianAccess.Decision.GUARDIANSHIP_NOT_ACTIVE, day::toString);
        }
    }
}
