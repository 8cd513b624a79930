package no.vis.batch.democounty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.calendar.WeekKind;
import no.vis.school.SchoolClass.Level;
import no.vis.timetable.ChangeKind;
import no.vis.timetable.SchoolTimetableSetup;
import org.junit.jupiter.api.Test;

class DemoTimetablesTest {

    static List<DemoTimetables.ClassInfo> classes(int count) {
        List<DemoTimetables.ClassInfo> classes = new ArrayList<>();
        long pupil = 1;
        String[] programmes = {"ST", "EL", "HO"};
        for (int k = 0; k < count; k++) {
            List<Long> pupils = new ArrayList<>();
            for (int p = 0; p < 28; p++) {
                pupils.add(pupil++);
            }
            classes.add(new DemoTimetables.ClassInfo(100 + k, (k % 3 + 1) + programmes[k % 3] + (char) ('A' + k / 3),
                    Level.values()[k % 3], programmes[k % 3], pupils));
        }
        return classes;
    }

    static final SchoolTimetableSetup PLAN = DemoTimetables.plan(0, "912345678", 2026, LocalDate.of(2026, 8, 19), classes(20),
            List.of(new DemoTimetables.KnownTeacher("lars", "Lars Lærer"), new DemoTimetables.KnownTeacher("kristin",
                    "Kristin Kontaktlærer")), LocalDate.of(2026, 11, 30), 1);

    @Test
    void noTeacherRoomOrPupilIsInTwoPlacesAtOnceInAnyWeek() {
        for (WeekKind letter : List.of(WeekKind.A, WeekKind.B)) {
            Set<String> teacherSlots = new HashSet<>();
            Set<String> roomSlots = new HashSet<>();
            Set<String> pupilSlots = new HashSet<>();
            for (SchoolTimetableSetup.WeeklySpec l : PLAN.lessons()) {
                if (!l.weekKind().heldIn(letter)) {
                    continue;
                }
                String slot = l.weekday() + "@" + l.starts();
                for (int t : l.teachers()) {
                    assertTrue(teacherSlots.add(t + slot), "teacher " + t + " twice at " + slot);
                }
                assertTrue(roomSlots.add(l.room() + slot), "room " + l.room() + " twice at " + slot);
                for (long p : PLAN.groups().get(l.group()).pupilIds()) {
                    assertTrue(pupilSlots.add(p + slot), "pupil " + p + " twice at " + slot);
                }
            }
        }
    }

    @Test
    void everyPupilHasTheWeeklyLessonsOfTheirProgrammeAndTheTeachersAreAboutOnePerTwelvePupils() {
        Map<Long, Integer> minutesA = new HashMap<>();
        Map<Long, Integer> minutesB = new HashMap<>();
        for (SchoolTimetableSetup.WeeklySpec l : PLAN.lessons()) {
            int minutes = (int) java.time.Duration.between(l.starts(), l.ends()).toMinutes();
            for (long p : PLAN.groups().get(l.group()).pupilIds()) {
                if (l.weekKind().heldIn(WeekKind.A)) {
                    minutesA.merge(p, minutes, Integer::sum);
                }
                if (l.weekKind().heldIn(WeekKind.B)) {
                    minutesB.merge(p, minutes, Integer::sum);
                }
            }
        }
        // pupil 1 is in the first class (Vg1 ST: 30 weekly 45-minute lessons = 1350 minutes on average)
        assertEquals(1350, (minutesA.get(1L) + minutesB.get(1L)) / 2);
        assertEquals(560, PLAN.groups().stream().mapToInt(g -> g.pupilIds().size()).max().orElse(0) * 20, "whole classes of 28");
        int teachers = PLAN.teachers().size();
        assertTrue(teachers >= 560 / 12 && teachers < 560 / 12 * 1.6, "teachers: " + teachers);
        assertEquals("lars", PLAN.teachers().get(0).feideUserId());
        assertEquals(1, PLAN.contacts().get(0).teacher(), "Kristin is the first class's contact teacher");
        assertTrue(PLAN.groups().stream().filter(g -> g.classId() == 100L).anyMatch(g -> g.teachers().contains(0)),
                "Lars teaches the first class");
        assertEquals(PLAN.teachers().size(), PLAN.teachers().stream().map(SchoolTimetableSetup.Teacher::shortCode).distinct().count());
    }

    @Test
    void theFirstClassHasEveryKindOfChangeThisWeekAndNext() {
        Set<ChangeKind> kinds = new HashSet<>();
        PLAN.changes().forEach(c -> kinds.add(c.kind()));
        assertEquals(Set.of(ChangeKind.CANCELLED, ChangeKind.CHANGED, ChangeKind.EXTRA), kinds);
        assertTrue(PLAN.changes().stream().anyMatch(c -> c.originalDay() != null && c.originalDay().isAfter(LocalDate.of(2026, 12, 6))));
        assertFalse(PLAN.changes().isEmpty());
    }
}
