package no.vis.batch.democounty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.vis.guardianship.ConsentParty;
import no.vis.guardianship.GuardianshipBasis;
import no.vis.guardianship.NewFamily;
import no.vis.guardianship.ParentalResponsibility;
import no.vis.people.AddressProtection;
import no.vis.people.Fodselsnummer;
import org.junit.jupiter.api.Test;

class DemoFamiliesTest {

    private static final int PUPILS = 30_000;
    private final DemoCountyPlan plan = new DemoCountyPlan(1, 11, PUPILS, 2026);
    private final DemoFamilies families = new DemoFamilies(plan);
    private final LocalDate today = LocalDate.of(2026, 11, 24);

    @Test
    void aboutOnePointEightGuardiansPerPupilAsTheRegisterWouldGiveThem() {
        int guardianships = 0;
        int manual = 0;
        int refused = 0;
        int ended = 0;
        int withBothConsents = 0;
        int protectedGuardians = 0;
        Map<ParentalResponsibility, Integer> byResponsibility = new EnumMap<>(ParentalResponsibility.class);
        Set<Fodselsnummer> guardianNumbers = new HashSet<>();
        Set<Fodselsnummer> pupilNumbers = new HashSet<>();
        for (int i = 0; i < PUPILS; i++) {
            NewFamily family = families.family(i, today);
            pupilNumbers.add(family.pupil());
            guardianships += family.guardianships().size();
            for (NewFamily.Member m : family.guardianships()) {
                if (m.basis() == GuardianshipBasis.MANUAL) {
                    manual++;
                    assertTrue(m.manualReason() != null && !m.manualReason().isBlank());
                } else {
                    byResponsibility.merge(m.responsibility(), 1, Integer::sum);
                }
                if (m.guardian().fodselsnummerRefused()) {
                    refused++;
                }
                if (m.endedOn() != null) {
                    ended++;
                }
                if (m.guardian().address().protection() != AddressProtection.UGRADERT) {
                    protectedGuardians++;
                }
                Fodselsnummer fnr = m.guardian().fodselsnummer();
                if (fnr != null && !fnr.value().equals(DemoGuardians.GUNNAR)) {
                    assertTrue(guardianNumbers.add(fnr), "guardian numbers are unique: pupil " + i);
                }
            }
            long pupilConsents = family.consents().stream().filter(c -> c.party() == ConsentParty.PUPIL).count();
            long guardianConsents = family.consents().stream().filter(c -> c.party() == ConsentParty.GUARDIAN).count();
            if (pupilConsents > 0 && guardianConsents > 0) {
                withBothConsents++;
            }
        }
        double perPupil = guardianships / (double) PUPILS;
        assertTrue(perPupil > 1.7 && perPupil < 1.9, "guardians per pupil: " + perPupil);
        assertTrue(byResponsibility.get(ParentalResponsibility.FELLES) > PUPILS, "shared responsibility is the rule");
        assertTrue(byResponsibility.get(ParentalResponsibility.MOR) > PUPILS / 20);
        assertTrue(byResponsibility.get(ParentalResponsibility.FAR) > PUPILS / 100);
        assertTrue(byResponsibility.get(ParentalResponsibility.ANDRE) > PUPILS / 100);
        assertEquals(manual, refused, "the manual ones are parents without a Norwegian number");
        assertTrue(manual > PUPILS / 100);
        assertTrue(ended > PUPILS / 10, "guardianships of pupils of 18 without consents ended: " + ended);
        assertTrue(withBothConsents > PUPILS / 50, "some pupils of 18 have both consents: " + withBothConsents);
        assertTrue(protectedGuardians > 0);
        guardianNumbers.retainAll(pupilNumbers);
        assertTrue(guardianNumbers.isEmpty(), "no guardian has a pupil's number");
    }

    @Test
    void aPureFunctionOfTheIndex() {
        assertEquals(families.family(1234, today).toString(), new DemoFamilies(plan).family(1234, today).toString());
        assertEquals(families.family(1234, today).guardianships().get(0).guardian().fodselsnummer(),
                new DemoFamilies(plan).family(1234, today).guardianships().get(0).guardian().fodselsnummer());
    }

    @Test
    void gunnarForesattIsAGuardianOfPupilsZeroAndThree() {
        for (int i : new int[] {0, 3}) {
            assertTrue(families.family(i, today).guardianships().stream()
                    .anyMatch(m -> m.guardian().fodselsnummer() != null
                            && m.guardian().fodselsnummer().value().equals(DemoGuardians.GUNNAR)));
        }
    }
}
