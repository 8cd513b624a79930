package no.vis.batch.democounty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.vis.calendar.SchoolCalendar;
import no.vis.timetable.Lesson;
import no.vis.timetable.SchoolTimetableSetup;
import no.vis.timetable.untis.GpuExport;
import no.vis.timetable.untis.GpuLayout;
import no.vis.timetable.untis.GpuParser;
import no.vis.timetable.untis.UntisContext;
import no.vis.timetable.untis.UntisPlan;
import no.vis.timetable.untis.UntisPlanner;
import org.junit.jupiter.api.Test;

/** The demo school's Untis files, planned against the demo school as demo-county writes it. */
class DemoUntisFilesTest {

    @Test
    void theSampleFilesReplaceTheSchoolsTimetableAndShowEachKindOfConflict() {
        SchoolTimetableSetup setup = DemoTimetablesTest.PLAN;
        List<DemoTimetables.ClassInfo> classes = DemoTimetablesTest.classes(20);
        Map<Long, String> classCodes = new HashMap<>();
        classes.forEach(c -> classCodes.put(c.id(), c.code()));
        LocalDate from = LocalDate.of(2026, 11, 30);
        Map<String, String> files = DemoUntisFiles.of(setup, classCodes, from.plusWeeks(1));
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        GpuExport export = new GpuParser(GpuLayout.defaults()).parse(bytes);
        assertEquals(List.of(), export.problems(), "the files parse");

        // the school as demo-county leaves it: groups (id = index + 1), teachers and rooms by index, VIS lessons
        Map<String, Long> classIds = new HashMap<>();
        Map<Long, List<Long>> pupils = new HashMap<>();
        classes.forEach(c -> {
            classIds.put(c.code(), c.id());
            pupils.put(c.id(), c.pupilIds());
        });
        Map<String, UntisContext.Group> groups = new HashMap<>();
        Map<Long, Set<Long>> members = new HashMap<>();
        for (int g = 0; g < setup.groups().size(); g++) {
            SchoolTimetableSetup.Group group = setup.groups().get(g);
            groups.put(group.code().toUpperCase(Locale.ROOT), new UntisContext.Group(g + 1, group.code(), group.subjectCode()));
            members.put(g + 1L, new HashSet<>(group.pupilIds()));
        }
        Map<String, Long> teachers = new HashMap<>();
        for (int t = 0; t < setup.teachers().size(); t++) {
            teachers.put(setup.teachers().get(t).shortCode().toUpperCase(Locale.ROOT), 1000L + t);
        }
        Map<String, Long> rooms = new HashMap<>();
        for (int r = 0; r < setup.rooms().size(); r++) {
            rooms.put(setup.rooms().get(r).code(), 2000L + r);
        }
        Map<DayOfWeek, Map<Integer, UntisContext.Times>> grid = new HashMap<>();
        Map<Integer, UntisContext.Times> every = new HashMap<>();
        setup.periods().forEach(p -> every.put(p.number(), new UntisContext.Times(p.starts(), p.ends())));
        grid.put(null, every);
        List<UntisContext.Existing> lessons = new ArrayList<>();
        for (int i = 0; i < setup.lessons().size(); i++) {
            SchoolTimetableSetup.WeeklySpec l = setup.lessons().get(i);
            Set<Long> ids = new HashSet<>();
            l.teachers().forEach(t -> ids.add(1000L + t));
            lessons.add(new UntisContext.Existing(5000L + i, l.group() + 1L, setup.groups().get(l.group()).code(), l.weekday(),
                    l.starts(), l.ends(), l.firstPeriod(), l.lastPeriod(), l.room() == null ? null : 2000L + l.room(), ids,
                    l.weekKind(), setup.from(), null, Lesson.Source.VIS));
        }
        SchoolCalendar calendar = SchoolCalendar.plain(2026, LocalDate.of(2026, 8, 17), LocalDate.of(2027, 6, 18),
                LocalDate.of(2027, 1, 18));
        UntisContext school = new UntisContext(1, 2026, from, calendar, classIds, pupils, groups, members, teachers, rooms, grid,
                lessons);
        UntisPlan plan = new UntisPlanner(UntisPlanner.DEFAULT_KINDS).plan(export, school);

        assertEquals(List.of("untis.line.unknownTeacher", "untis.line.unsupportedKind"),
                plan.problems().stream().map(GpuExport.LineProblem::key).toList());
        assertEquals(2, plan.count(UntisPlan.Status.REFUSED), "one teacher twice at once: both lessons");
        assertEquals(List.of(), plan.pupilClashes().stream().filter(c -> !c.second().startsWith("9002/")
                && !c.first().startsWith("9002/")).toList(), "the pupil clashes are the extra lesson's with the class's lesson (or its halves) at that time");
        assertEquals(true, !plan.pupilClashes().isEmpty());
        assertEquals(setup.lessons().size() + 1, plan.count(UntisPlan.Status.READY) + plan.count(UntisPlan.Status.NEEDS_APPROVAL),
                "every weekly lesson of the school, and the lesson that clashes for the first class's pupils");
        assertEquals(setup.lessons().size(), plan.visLessonsEnded().size(), "each office-placed lesson is replaced by Untis' copy");
        assertEquals(2, plan.changes().size(), "next week's cancellation and substitute");
        assertEquals(List.of(), plan.refusedClashes().stream().filter(c -> !c.first().startsWith("900")).toList(),
                "the demo's own timetable has no clash");
    }
}
