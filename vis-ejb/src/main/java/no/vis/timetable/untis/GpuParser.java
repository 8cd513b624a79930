package no.vis.timetable.untis;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vis.timetable.untis.GpuExport.LessonRow;
import no.vis.timetable.untis.GpuExport.LineProblem;
import no.vis.timetable.untis.GpuExport.PeriodRow;
import no.vis.timetable.untis.GpuExport.RoomRow;
import no.vis.timetable.untis.GpuExport.Source;
import no.vis.timetable.untis.GpuExport.SubstitutionRow;
import no.vis.timetable.untis.GpuExport.TimetableRow;

/**
 * Reads Untis' GPU export files into {@link GpuExport}: a pure function of the files' names and
 * bytes and the column layout. A line it cannot use — too few columns, a lesson number, weekday,
 * period or date that is not one — is reported with its file and line number and the rest is read;
 * nothing is fatal but a file VIS does not know by its name.
 */
public final class GpuParser {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final GpuLayout layout;

    public GpuParser(GpuLayout layout) {
        this.layout = layout;
    }

    /** @param files file name → its bytes, in upload order */
    public GpuExport parse(Map<String, byte[]> files) {
        List<String> names = new ArrayList<>();
        List<TimetableRow> timetable = new ArrayList<>();
        List<LessonRow> lessons = new ArrayList<>();
        List<RoomRow> rooms = new ArrayList<>();
        List<SubstitutionRow> substitutions = new ArrayList<>();
        List<PeriodRow> periods = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : new LinkedHashMap<>(files).entrySet()) {
            String name = f.getKey();
            GpuFile kind = GpuFile.ofName(name).orElse(null);
            if (kind == null) {
                problems.add(new LineProblem(name, 0, "untis.file.unknown", List.of()));
                continue;
            }
            names.add(name);
            GpuText.Parsed text = GpuText.parse(f.getValue(), kind == GpuFile.PERIODS ? periodSeparator(f.getValue()) : 0);
            for (GpuText.Row row : text.rows()) {
                Lines lines = new Lines(name, row, problems);
                if (row.fields().size() < layout.minimumColumns(kind)) {
                    lines.problem("untis.line.tooFewColumns", Integer.toString(row.fields().size()),
                            Integer.toString(layout.minimumColumns(kind)));
                    continue;
                }
                Source source = new Source(kind, row.line());
                switch (kind) {
                    case GPU001 -> timetableRow(source, row, lines, timetable);
                    case GPU002 -> lessonRow(source, row, lines, lessons);
                    case GPU005 -> roomRow(source, row, lines, rooms);
                    case GPU014 -> substitutionRow(source, row, lines, substitutions);
                    case PERIODS -> periodRow(source, row, lines, periods);
                }
            }
        }
        return new GpuExport(names, timetable, lessons, rooms, substitutions, periods, problems);
    }

    /** Collects a line's problems; a line with one is not used. */
    private static final class Lines {
        final String file;
        final GpuText.Row row;
        final List<LineProblem> problems;
        boolean bad;

        Lines(String file, GpuText.Row row, List<LineProblem> problems) {
            this.file = file;
            this.row = row;
            this.problems = problems;
        }

        void problem(String key, String... args) {
            problems.add(new LineProblem(file, row.line(), key, Arrays.asList(args)));
            bad = true;
        }
    }

    private String field(GpuFile file, GpuText.Row row, String name) {
        int column = layout.column(file, name);
        return column == 0 ? "" : row.field(column);
    }

    private void timetableRow(Source source, GpuText.Row row, Lines lines, List<TimetableRow> out) {
        GpuFile f = GpuFile.GPU001;
        Integer lesson = number(lines, "lesson", field(f, row, "lesson"), 1, 999_999);
        Integer day = number(lines, "day", field(f, row, "day"), null, null);
        if (day != null && (day < 1 || day > 7)) {
            lines.problem("untis.line.badDay", Integer.toString(day));
        }
        Integer period = number(lines, "period", field(f, row, "period"), null, null);
        if (period != null && (period < 1 || period > 20)) {
            lines.problem("untis.line.badPeriod", Integer.toString(period));
        }
        if (!lines.bad) {
            out.add(new TimetableRow(source, lesson, list(field(f, row, "class")), list(field(f, row, "teacher")),
                    field(f, row, "subject"), list(field(f, row, "room")), day, period));
        }
    }

    private void lessonRow(Source source, GpuText.Row row, Lines lines, List<LessonRow> out) {
        GpuFile f = GpuFile.GPU002;
        Integer lesson = number(lines, "lesson", field(f, row, "lesson"), 1, 999_999);
        LocalDate from = date(lines, field(f, row, "from"), false);
        LocalDate to = date(lines, field(f, row, "to"), false);
        if (from != null && to != null && to.isBefore(from)) {
            lines.problem("untis.line.badValidity", from.toString(), to.toString());
        }
        if (!lines.bad) {
            out.add(new LessonRow(source, lesson, list(field(f, row, "class")), list(field(f, row, "teacher")),
                    field(f, row, "subject"), field(f, row, "room"), field(f, row, "weekKind"), from, to,
                    field(f, row, "studentGroup")));
        }
    }

    private void roomRow(Source source, GpuText.Row row, Lines lines, List<RoomRow> out) {
        GpuFile f = GpuFile.GPU005;
        String capacity = field(f, row, "capacity");
        Integer cap = capacity.isEmpty() ? null : number(lines, "capacity", capacity, 0, 2000);
        if (field(f, row, "code").isEmpty()) {
            lines.problem("untis.line.missing", "code");
        }
        if (!lines.bad) {
            out.add(new RoomRow(source, field(f, row, "code"), field(f, row, "name"), cap == null || cap == 0 ? null : cap));
        }
    }

    private void substitutionRow(Source source, GpuText.Row row, Lines lines, List<SubstitutionRow> out) {
        GpuFile f = GpuFile.GPU014;
        LocalDate date = date(lines, field(f, row, "date"), true);
        Integer period = number(lines, "period", field(f, row, "period"), null, null);
        if (period != null && (period < 1 || period > 20)) {
            lines.problem("untis.line.badPeriod", Integer.toString(period));
        }
        Integer lesson = number(lines, "lesson", field(f, row, "lesson"), 0, 999_999);
        String flags = field(f, row, "flags");
        Integer bits = flags.isEmpty() ? Integer.valueOf(0) : number(lines, "flags", flags, 0, Integer.MAX_VALUE);
        if (!lines.bad) {
            out.add(new SubstitutionRow(source, date, period, lesson, field(f, row, "absent"), field(f, row, "substitute"),
                    field(f, row, "subject"), field(f, row, "room"), field(f, row, "substituteRoom"),
                    list(field(f, row, "classes")), bits, field(f, row, "kind")));
        }
    }

    private void periodRow(Source source, GpuText.Row row, Lines lines, List<PeriodRow> out) {
        GpuFile f = GpuFile.PERIODS;
        Integer day = number(lines, "day", field(f, row, "day"), null, null);
        if (day != null && (day < 1 || day > 7)) {
            lines.problem("untis.line.badDay", Integer.toString(day));
        }
        Integer period = number(lines, "period", field(f, row, "period"), null, null);
        if (period != null && (period < 1 || period > 20)) {
            lines.problem("untis.line.badPeriod", Integer.toString(period));
        }
        LocalTime starts = time(lines, field(f, row, "starts"));
        LocalTime ends = time(lines, field(f, row, "ends"));
        if (starts != null && ends != null && !starts.isBefore(ends)) {
            lines.problem("untis.line.badTimes", starts.toString(), ends.toString());
        }
        if (!lines.bad) {
            out.add(new PeriodRow(source, day, period, starts, ends));
        }
    }

    private static Integer number(Lines lines, String field, String value, Integer min, Integer max) {
        try {
            int n = Integer.parseInt(value);
            if ((min != null && n < min) || (max != null && n > max)) {
                lines.problem("untis.line.badNumber", field, value);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            lines.problem(value.isEmpty() ? "untis.line.missing" : "untis.line.badNumber", field, value);
            return null;
        }
    }

    private static LocalDate date(Lines lines, String value, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                lines.problem("untis.line.missing", "date");
            }
            return null;
        }
        try {
            return LocalDate.parse(value, YYYYMMDD);
        } catch (DateTimeParseException e) {
            lines.problem("untis.line.badDate", value);
            return null;
        }
    }

    /** {@code HHMM} or {@code HH:MM}. */
    private static LocalTime time(Lines lines, String value) {
        String v = value.replace(":", "");
        if (v.matches("\\d{3,4}")) {
            int n = Integer.parseInt(v);
            if (n / 100 < 24 && n % 100 < 60) {
                return LocalTime.of(n / 100, n % 100);
            }
        }
        lines.problem("untis.line.badTime", value);
        return null;
    }

    /** Untis joins several classes, teachers or rooms with {@code ~}. */
    static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("~")) {
            if (!part.isBlank() && !out.contains(part.strip())) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** time.txt: semicolon, comma, tab or spaces (the Info-Stundenplan example has spaces). */
    private static char periodSeparator(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), GpuText.WINDOWS_1252);
        for (char c : new char[] {';', ',', '\t'}) {
            if (head.indexOf(c) >= 0) {
                return c;
            }
        }
        return ' ';
    }
}
