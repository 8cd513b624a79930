package no.vis.batch.democounty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import no.vis.absence.AbsenceSetupService.NewAbsence;
import no.vis.absence.AbsenceSetupService.SetupLesson;
import no.vis.common.Today;
import org.junit.jupiter.api.Test;

/**
 * The demo's absence: rates mostly low with a tail; a register for every lesson started, none for
 * lessons to come, the demo teachers' lessons of today left not taken; the demo pupils' share of their
 * busiest subject's half-year.
 */
class DemoAbsencesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final ZonedDateTime NOW = MONDAY.plusWeeks(5).atTime(12, 0).atZone(Today.NORWAY); // a Monday at noon
    static final List<Long> PUPILS = LongStream.rangeClosed(1, 30).boxed().toList();
    static final long DEMO_TEACHER = 500;
    static final DemoAbsences.Codes CODES = new DemoAbsences.Codes(1, 2, 3);

    /** Ten weeks of a 90-minute lesson every Monday at 08:15 (the demo teacher's) and at 13:00 (another's). */
    static List<SetupLesson> lessons() {
        List<SetupLesson> held = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            LocalDate day = MONDAY.plusWeeks(w);
            held.add(new SetupLesson("L1-" + day, 1, "ENG1007", day, LocalTime.of(8, 15), LocalTime.of(9, 45), 90, DEMO_TEACHER, PUPILS));
            held.add(new SetupLesson("L2-" + day, 2, "NAT1007", day, LocalTime.of(13, 0), LocalTime.of(14, 30), 90, 501L, PUPILS));
        }
        return held;
    }

    @Test
    void mostPupilsHaveLittleAbsenceAndATailHasMuch() {
        Random random = new Random(1);
        int low = 0;
        int high = 0;
        for (int i = 0; i < 10_000; i++) {
            double rate = DemoAbsences.rate(random);
            low += rate < 0.04 ? 1 : 0;
            high += rate > 0.10 ? 1 : 0;
        }
        assertTrue(low > 8_800 && low < 9_200, "under 4 %: " + low);
        assertTrue(high > 200 && high < 500, "over 10 %: " + high);
    }

    @Test
    void registersForTheLessonsStartedAndTheDemoTeachersLessonsOfTodayNotTaken() {
        List<SetupLesson> held = lessons();
        DemoAbsences.Plan plan = DemoAbsences.plan(held, NOW, 1, List.of(), Set.of(DEMO_TEACHER), CODES, MONDAY);
        // weeks 0-4 both lessons, week 5 only the morning one (noon): 11 registers
        assertEquals(11, plan.registers().size());
        var todays = plan.registers().stream().filter(r -> held.get(r.lesson()).day().equals(NOW.toLocalDate())).toList();
        assertEquals(1, todays.size());
        assertNull(todays.get(0).takenAt(), "the demo teacher's lesson today: not taken");
        assertTrue(plan.registers().stream().filter(r -> !held.get(r.lesson()).day().equals(NOW.toLocalDate()))
                .filter(r -> r.takenAt() != null).count() >= 9, "the others taken (a few may not be)");
    }

    @Test
    void theDemoPupilsAreNearAndOverTheLimitInTheirBusiestSubject() {
        List<SetupLesson> held = new ArrayList<>(lessons());
        // English twice a week: the busiest subject
        for (int w = 0; w < 10; w++) {
            LocalDate day = MONDAY.plusWeeks(w).minusDays(3); // the Friday before
            held.add(new SetupLesson("L3-" + day, 1, "ENG1007", day, LocalTime.of(8, 15), LocalTime.of(9, 45), 90, 501L, PUPILS));
        }
        DemoAbsences.Plan plan = DemoAbsences.plan(held, NOW, 1, List.of(1L, 2L), Set.of(), CODES, MONDAY.minusDays(3));
        long first = english(plan, held, 1);
        long second = english(plan, held, 2);
        assertEquals(Math.round(0.09 * 20), first, "9 % of the half-year's 20 English lessons");
        assertEquals(Math.round(0.125 * 20), second, "12.5 %");
    }

    private static long english(DemoAbsences.Plan plan, List<SetupLesson> held, long pupil) {
        return plan.absences().stream().filter(a -> a.pupilId() == pupil)
                .filter(a -> held.get(plan.registers().get(a.register()).lesson()).subjectCode().equals("ENG1007"))
                .map(NewAbsence::kind).count();
    }
}
