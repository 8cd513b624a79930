package no.vis.batch.democounty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.vis.people.Fodselsnummer;
import org.junit.jupiter.api.Test;

class DemoCountyPlanTest {

    @Test
    void nationalScaleHasUniqueValidNumbersAgesFifteenToNineteenAndEveryPupilInAPlannedClass() {
        DemoCountyPlan plan = new DemoCountyPlan(1, 11, 190_000, 2026);
        LocalDate schoolStart = LocalDate.of(2026, 8, 1);
        Set<String> numbers = new HashSet<>();
        Map<String, Set<String>> classesBySchool = new HashMap<>();
        for (int j = 0; j < plan.schoolCount(); j++) {
            Set<String> codes = new HashSet<>();
            plan.classes(j).forEach(c -> codes.add(c.code()));
            classesBySchool.put(plan.school(j).orgNumber(), codes);
        }
        assertEquals(plan.schoolCount(), classesBySchool.size(), "organisation numbers are unique");

        for (int i = 0; i < plan.pupils(); i++) {
            DemoCountyPlan.PlannedPupil pupil = plan.pupil(i);
            String fnr = pupil.fodselsnummer().value();
            assertTrue(numbers.add(fnr), "duplicate fødselsnummer at pupil " + i);
            Fodselsnummer parsed = Fodselsnummer.parse(fnr, true);
            assertTrue(parsed.isSynthetic());
            assertEquals(pupil.birthDate().getDayOfMonth(), parsed.birthDay().getDayOfMonth());
            int age = Period.between(pupil.birthDate(), schoolStart).getYears();
            assertTrue(age >= 15 && age <= 19, "age " + age);
            assertTrue(classesBySchool.get(pupil.schoolOrgNumber()).contains(pupil.classCode()),
                    "pupil " + i + " in a class that is not planned");
        }
    }

    @Test
    void theSameIndexGivesTheSamePupil() {
        DemoCountyPlan a = new DemoCountyPlan(7, 11, 5000, 2026);
        DemoCountyPlan b = new DemoCountyPlan(7, 11, 5000, 2026);
        for (int i = 0; i < 5000; i += 97) {
            assertEquals(a.pupil(i), b.pupil(i));
        }
    }

    @Test
    void organisationNumbersHaveAValidCheckDigit() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        for (int j = 0; j < 400; j++) {
            String org = DemoCountyPlan.orgNumber(11, j);
            int sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += weights[k] * (org.charAt(k) - '0');
            }
            assertEquals((11 - sum % 11) % 11, org.charAt(8) - '0', org);
        }
    }

    @Test
    void refusesSizesOutsideTheNumberSpace() {
        assertThrows(IllegalArgumentException.class, () -> new DemoCountyPlan(1, 11, 0, 2026));
        assertThrows(IllegalArgumentException.class, () -> new DemoCountyPlan(1, 11, DemoCountyPlan.MAX_PUPILS + 1, 2026));
    }
}
