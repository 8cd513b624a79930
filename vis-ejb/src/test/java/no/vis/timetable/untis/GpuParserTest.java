package no.vis.timetable.untis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vis.timetable.untis.GpuExport.LineProblem;
import no.vis.timetable.untis.GpuExport.TimetableRow;
import org.junit.jupiter.api.Test;

class GpuParserTest {

    private final GpuParser parser = new GpuParser(GpuLayout.defaults());

    private GpuExport parse(String name, byte[] bytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(name, bytes);
        return parser.parse(files);
    }

    private GpuExport parse(String name, String text) {
        return parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsGpu001WithSemicolonsAndQuotes() {
        GpuExport export = parse("GPU001.TXT", "4063;\"12ZU4A\";\"HOO\";\"ENG\";\"3035\";2;13;;\r\n"
                + "4064;\"1STA\";\"LALÆ\";\"NOR1260\";\"R101\";1;1;;\r\n");
        assertEquals(List.of(), export.problems());
        assertEquals(2, export.timetable().size());
        TimetableRow first = export.timetable().get(0);
        assertEquals(4063, first.lessonNo());
        assertEquals(List.of("12ZU4A"), first.classes());
        assertEquals(List.of("HOO"), first.teachers());
        assertEquals("ENG", first.subject());
        assertEquals(List.of("3035"), first.rooms());
        assertEquals(2, first.day());
        assertEquals(13, first.period());
        assertEquals(1, first.source().line());
        assertEquals("LALÆ", export.timetable().get(1).teachers().get(0));
    }

    @Test
    void readsCommasAndKeepsASeparatorInsideQuotes() {
        GpuExport export = parse("gpu001.txt", "1,\"1A\",\"VOL\",\"D\",\"Rom 1, bak\",1,1,,\n"
                + "2,\"1A\",\"VOL\",\"M\",\"101\",1,2,,\n");
        assertEquals(2, export.timetable().size());
        assertEquals(List.of("Rom 1, bak"), export.timetable().get(0).rooms());
        GpuExport semicolons = parse("GPU001.TXT", "5;\"1A\";\"VOL\";\"D\";\"R;1\";1;1;;\n");
        assertEquals(List.of("R;1"), semicolons.timetable().get(0).rooms());
        assertEquals("say \"hi\"", GpuText.split("\"say \"\"hi\"\"\";x", ';').get(0), "a doubled quote is one quote");
    }

    @Test
    void secondLineInCommaFileWithSemicolonsIsTooShortAndReported() {
        GpuExport export = parse("GPU001.TXT", "1,\"1A\",\"VOL\",\"D\",\"101\",1,1,,\n2;\"1A\";\"VOL\";\"M\";\"101\";1;2;;\n");
        // the second line has commas only inside no quotes: it splits into one field
        assertEquals(1, export.timetable().size());
        assertEquals(List.of(new LineProblem("GPU001.TXT", 2, "untis.line.tooFewColumns", List.of("1", "7"))), export.problems());
    }

    @Test
    void readsWindows1252AndUtf8WithAndWithoutBom() {
        String line = "7;\"2STB\";\"ØÅSE\";\"NOR1260\";\"Rom Æ\";3;4;;\n";
        byte[] cp1252 = line.getBytes(GpuText.WINDOWS_1252);
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        for (byte[] bytes : List.of(cp1252, utf8, bom)) {
            TimetableRow row = parse("GPU001.TXT", bytes).timetable().get(0);
            assertEquals(7, row.lessonNo(), "a BOM is not part of the first field");
            assertEquals(List.of("ØÅSE"), row.teachers());
            assertEquals(List.of("Rom Æ"), row.rooms());
        }
        assertEquals(GpuText.WINDOWS_1252, GpuText.parse(cp1252, (char) 0).charset());
        assertEquals(StandardCharsets.UTF_8, GpuText.parse(bom, (char) 0).charset());
    }

    @Test
    void crLfLfAndCrAndBlankLinesKeepTheirLineNumbers() {
        assertEquals(List.of("a", "b", "", "c", "d"), GpuText.lines("a\r\nb\n\rc\rd"));
        GpuExport export = parse("GPU001.TXT", "1;\"1A\";\"T\";\"S\";\"\";1;1\r\n\r\n2;\"1A\";\"T\";\"S\";\"\";1;x\r\n");
        assertEquals(1, export.timetable().size());
        assertEquals(3, export.problems().get(0).line());
        assertEquals("untis.line.badNumber", export.problems().get(0).key());
    }

    @Test
    void emptyFieldsAreEmptyAndAMissingRoomIsNoRoom() {
        TimetableRow row = parse("GPU001.TXT", "9;;\"\";\"KRO1017\";;5;8;;\n").timetable().get(0);
        assertEquals(List.of(), row.classes());
        assertEquals(List.of(), row.teachers());
        assertEquals(List.of(), row.rooms());
        assertEquals("KRO1017", row.subject());
    }

    @Test
    void linesWithTooFewColumnsAreReportedAndTheRestIsRead() {
        GpuExport export = parse("GPU001.TXT", "1;\"1A\";\"T\"\n2;\"1A\";\"T\";\"S\";\"R\";1;2;;\n");
        assertEquals(1, export.timetable().size());
        assertEquals(List.of(new LineProblem("GPU001.TXT", 1, "untis.line.tooFewColumns", List.of("3", "7"))), export.problems());
    }

    @Test
    void joinedClassesTeachersAndRoomsAreSplit() {
        TimetableRow row = parse("GPU001.TXT", "12;\"1STA~1STB\";\"AB~CD\";\"SPA1001\";\"R1~R2\";1;1;;\n").timetable().get(0);
        assertEquals(List.of("1STA", "1STB"), row.classes());
        assertEquals(List.of("AB", "CD"), row.teachers());
        assertEquals(List.of("R1", "R2"), row.rooms());
    }

    @Test
    void unknownDaysAndPeriodsAreReported() {
        GpuExport export = parse("GPU001.TXT", "1;\"1A\";\"T\";\"S\";\"R\";8;1;;\n2;\"1A\";\"T\";\"S\";\"R\";1;0;;\n"
                + "3;\"1A\";\"T\";\"S\";\"R\";0;25;;\n");
        assertTrue(export.timetable().isEmpty());
        assertEquals(List.of("untis.line.badDay", "untis.line.badPeriod", "untis.line.badDay", "untis.line.badPeriod"),
                export.problems().stream().map(LineProblem::key).toList());
        assertEquals(List.of(1, 2, 3, 3), export.problems().stream().map(LineProblem::line).toList());
    }

    @Test
    void readsGpu002WithWeekKindValidityAndStudentGroup() {
        String[] f = new String[46];
        java.util.Arrays.fill(f, "");
        f[0] = "4063";
        f[1] = "2";
        f[4] = "\"1STA~1STB\"";
        f[5] = "\"HOO\"";
        f[6] = "\"SPA1001\"";
        f[7] = "\"R1\"";
        f[11] = "\"A\"";
        f[14] = "20260817";
        f[15] = "20270618";
        f[41] = "\"SPA-1\"";
        GpuExport export = parse("GPU002.TXT", String.join(";", f) + "\n4064;2\n");
        GpuExport.LessonRow row = export.lessons().get(0);
        assertEquals(List.of("1STA", "1STB"), row.classes());
        assertEquals("A", row.weekKind());
        assertEquals(LocalDate.of(2026, 8, 17), row.from());
        assertEquals(LocalDate.of(2027, 6, 18), row.to());
        assertEquals("SPA-1", row.studentGroup());
        assertEquals("untis.line.tooFewColumns", export.problems().get(0).key());
    }

    @Test
    void readsGpu014Gpu005AndThePeriodGrid() {
        GpuExport export = parse("GPU014.TXT", "101;20261201;3;7;4064;\"LALÆ\";\"KRKO\";\"NOR1260\";;;;\"R101\";\"R102\";;"
                + "\"1STA~1STB\";;\"syk\";1;;\"C\";202611301200;;\n");
        GpuExport.SubstitutionRow s = export.substitutions().get(0);
        assertEquals(LocalDate.of(2026, 12, 1), s.date());
        assertEquals(3, s.period());
        assertEquals(4064, s.lessonNo());
        assertEquals("LALÆ", s.absent());
        assertEquals("KRKO", s.substitute());
        assertEquals("R102", s.substituteRoom());
        assertEquals(List.of("1STA", "1STB"), s.classes());
        assertEquals(1, s.flags());
        assertEquals("C", s.kind());
        assertEquals("untis.line.badDate", parse("GPU014.TXT", "1;2026-12-01;3;;5;;;\"X\"\n").problems().get(0).key());

        GpuExport rooms = parse("GPU005.TXT", "\"R101\";\"Klasserom 101\";;;;30\n\"GYM1\"\n");
        assertEquals(2, rooms.rooms().size());
        assertEquals(30, rooms.rooms().get(0).capacity());
        assertNull(rooms.rooms().get(1).capacity());

        GpuExport grid = parse("time.txt", "1 8 1 0815 0900\n1 8 2 0900 0945\n1 8 3 0945 0930\n");
        assertEquals(2, grid.periods().size());
        assertEquals(LocalTime.of(9, 0), grid.periods().get(1).starts());
        assertEquals("untis.line.badTimes", grid.problems().get(0).key());
    }

    @Test
    void aFileVisDoesNotKnowIsReportedAndTheOthersAreRead() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("notes.txt", "x".getBytes(StandardCharsets.UTF_8));
        files.put("GPU001.TXT", "1;\"1A\";\"T\";\"S\";\"R\";1;1;;".getBytes(StandardCharsets.UTF_8));
        GpuExport export = parser.parse(files);
        assertEquals(List.of("GPU001.TXT"), export.files());
        assertEquals(List.of(new LineProblem("notes.txt", 0, "untis.file.unknown", List.of())), export.problems());
        assertEquals(1, export.timetable().size());
    }

    @Test
    void theColumnLayoutCanBeChanged() {
        GpuLayout layout = GpuLayout.with(Map.of(GpuFile.GPU001, "room:8,day:5,period:6"));
        GpuExport export = new GpuParser(layout).parse(Map.of("GPU001.TXT",
                "1;\"1A\";\"T\";\"S\";2;3;;\"R9\"".getBytes(StandardCharsets.UTF_8)));
        TimetableRow row = export.timetable().get(0);
        assertEquals(2, row.day());
        assertEquals(3, row.period());
        assertEquals(List.of("R9"), row.rooms());
        assertThrows(IllegalArgumentException.class, () -> GpuLayout.with(Map.of(GpuFile.GPU001, "colour:3")));
        assertThrows(IllegalArgumentException.class, () -> GpuLayout.with(Map.of(GpuFile.GPU001, "day:0")));
    }
}
