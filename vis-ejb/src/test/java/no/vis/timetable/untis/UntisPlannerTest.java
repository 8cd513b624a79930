package no.vis.timetable.untis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.vis.calendar.SchoolCalendar;
import no.vis.timetable.ChangeKind;
import no.vis.timetable.untis.GpuExport.LineProblem;
import org.junit.jupiter.api.Test;

/**
 * GPU014's changes are held to the same rule as the weekly lessons: a substitute, another room or an
 * extra lesson that puts a teacher or a room in two places at once on its day is refused; one that
 * takes the place of a cancelled or changed lesson is not — unless that change is refused, and the
 * lesson is held as planned after all.
 */
class UntisPlannerTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 30);

    /** Monday: 1A's Norwegian (AAA, R1) and 1B's maths (BBB, R2) in period 1; Tuesday: 1A's English (CCC, R3). */
    private static final String GPU001 = String.join("\r\n",
            "1;\"1A\";\"AAA\";\"NOR1260\";\"R1\";1;1",
            "2;\"1B\";\"BBB\";\"MAT1019\";\"R2\";1;1",
            "3;\"1A\";\"CCC\";\"ENG1007\";\"R3\";2;1") + "\r\n";

    private static String change(int id, String date, int period, int lesson, String absent, String substitute, String room,
                                 String newRoom, int flags, String kind) {
        return id + ";" + date + ";" + period + ";;" + lesson + ";\"" + absent + "\";\"" + substitute + "\";\"X\";;;;\"" + room
                + "\";\"" + newRoom + "\";;\"1A\";;;" + flags + ";;\"" + kind + "\";202611281200;;\r\n";
    }

    private static final String GPU014 = change(1, "20261207", 1, 1, "AAA", "BBB", "R1", "", 0, "") // BBB has maths then
            + change(2, "20261214", 1, 2, "", "", "R2", "R1", 0, "R") // R1 holds Norwegian then
            + change(3, "20261208", 1, 3, "CCC", "AAA", "R3", "", 0, "") // AAA is free on Tuesdays
            + change(4, "20261221", 1, 1, "", "", "R1", "", 1, "C") // Norwegian cancelled …
            + change(5, "20261221", 1, 2, "BBB", "AAA", "R2", "", 0, "") // … so AAA may take the maths
            + change(6, "20261215", 2, 3, "", "BBB", "", "R2", 0, "A") // two extra lessons at once with BBB
            + change(7, "20261215", 2, 2, "", "BBB", "", "R1", 0, "A")
            + change(8, "20261228", 1, 1, "AAA", "CCC", "R1", "", 0, "") // CCC is busy with the extra lesson below …
            + change(9, "20261228", 1, 3, "", "CCC", "", "R3", 0, "A") // … (both refused)
            + change(10, "20261228", 1, 2, "BBB", "AAA", "R2", "", 0, ""); // so AAA keeps Norwegian, and cannot take maths

    @Test
    void aChangeThatPutsATeacherOrARoomInTwoPlacesIsRefusedOnItsOwn() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("GPU001.TXT", GPU001.getBytes(StandardCharsets.UTF_8));
        files.put("GPU014.TXT", GPU014.getBytes(StandardCharsets.UTF_8));
        GpuExport export = new GpuParser(GpuLayout.defaults()).parse(files);
        assertEquals(List.of(), export.problems());

        UntisPlan plan = new UntisPlanner(UntisPlanner.DEFAULT_KINDS).plan(export, school());

        assertEquals(3, plan.count(UntisPlan.Status.READY), "the weekly lessons themselves do not clash");
        assertEquals(List.of(
                        new LineProblem("GPU014", 1, "untis.line.changeTeacherBusy", List.of("2026-12-07", "BBB", "2 1B-MAT1019")),
                        new LineProblem("GPU014", 2, "untis.line.changeRoomBusy", List.of("2026-12-14", "R1", "1 1A-NOR1260")),
                        new LineProblem("GPU014", 6, "untis.line.changeTeacherBusy", List.of("2026-12-15", "BBB", "2 1B-MAT1019")),
                        new LineProblem("GPU014", 7, "untis.line.changeTeacherBusy", List.of("2026-12-15", "BBB", "3 1A-ENG1007")),
                        new LineProblem("GPU014", 8, "untis.line.changeTeacherBusy", List.of("2026-12-28", "CCC", "3 1A-ENG1007")),
                        new LineProblem("GPU014", 9, "untis.line.changeTeacherBusy", List.of("2026-12-28", "CCC", "1 1A-NOR1260")),
                        new LineProblem("GPU014", 10, "untis.line.changeTeacherBusy", List.of("2026-12-28", "AAA", "1 1A-NOR1260"))),
                plan.problems().stream().sorted(java.util.Comparator.comparingInt(LineProblem::line)).toList());
        assertEquals(Set.of("2026-12-08 CHANGED 3/2/1", "2026-12-21 CANCELLED 1/1/1", "2026-12-21 CHANGED 2/1/1"),
                plan.changes().stream().map(c -> c.day() + " " + c.kind() + " " + c.lessonKey()).collect(Collectors.toSet()));
        UntisPlan.Change substitute = plan.changes().stream().filter(c -> c.day().equals(LocalDate.of(2026, 12, 21))
                && c.kind() == ChangeKind.CHANGED).findFirst().orElseThrow();
        assertEquals(Set.of(1L), substitute.teacherIds(), "AAA instead of BBB");
    }

    private static UntisContext school() {
        Map<String, Long> classes = Map.of("1A", 11L, "1B", 12L);
        Map<Long, List<Long>> pupils = Map.of(11L, List.of(101L, 102L), 12L, List.of(103L));
        Map<String, Long> teachers = Map.of("AAA", 1L, "BBB", 2L, "CCC", 3L);
        Map<String, Long> rooms = Map.of("R1", 21L, "R2", 22L, "R3", 23L);
        Map<DayOfWeek, Map<Integer, UntisContext.Times>> grid = new HashMap<>();
        grid.put(null, Map.of(1, new UntisContext.Times(LocalTime.of(8, 15), LocalTime.of(9, 0)),
                2, new UntisContext.Times(LocalTime.of(9, 0), LocalTime.of(9, 45))));
        SchoolCalendar calendar = SchoolCalendar.plain(2026, LocalDate.of(2026, 8, 17), LocalDate.of(2027, 6, 18),
                LocalDate.of(2027, 1, 18));
        return new UntisContext(1, 2026, FROM, calendar, classes, pupils, Map.of(), Map.of(), teachers, rooms, grid, List.of());
    }
}
