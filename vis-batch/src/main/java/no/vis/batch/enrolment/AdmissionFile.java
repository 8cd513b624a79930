package no.vis.batch.enrolment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.vis.enrolment.Admission;
import no.vis.enrolment.ProgrammeAreaCode;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;
import no.vis.school.SchoolClass;
import no.vis.school.SchoolClass.Level;

/**
 * The admission file that {@code enrolment-import} reads: the admitted pupils as the county's
 * admissions (VIGO) give them. VIGO's own exchange format is not public, so VIS defines this one.
 *
 * <p><b>Format.</b> Text in UTF-8 (a byte order mark is allowed), one pupil per line, fields
 * separated by semicolons ({@code ;}: what Norwegian spreadsheets write, and never part of a name,
 * number or code), a field may be wrapped in double quotes. The first line is the header naming the
 * columns, in any order (names case-insensitive; unknown columns are ignored):
 * <pre>
 * fodselsnummer;name;school_number;programme_area;level;admission_date;class
 * 01010812345;Nordmann, Kari;974567890;STSSA1----;VG1;2026-08-17;1STA
 * </pre>
 * <ul>
 *   <li>{@code fodselsnummer} — 11 digits (fødselsnummer or D-number);</li>
 *   <li>{@code name} — as VIGO has it (required; VIS stores Folkeregisteret's name);</li>
 *   <li>{@code school_number} — the school's organisation number, 9 digits;</li>
 *   <li>{@code programme_area} — Grep's programområde code, e.g. {@code STSSA1----}, whose level digit
 *       is the level's;</li>
 *   <li>{@code level} — {@code VG1}, {@code VG2} or {@code VG3};</li>
 *   <li>{@code admission_date} — the enrolment's first day, {@code yyyy-MM-dd} (or {@code dd.MM.yyyy});</li>
 *   <li>{@code class} — optional: the class code at the school in the school year of that day.</li>
 * </ul>
 * Blank lines are ignored. Line numbers count every line of the file, the header being line 1.
 *
 * <p>Why CSV and not JSON: admissions offices exchange and check such lists in spreadsheets; a
 * line is the natural unit of the report (each problem named by its line number, never by the
 * person), and of the job's checkpoint (the last line read), and a line-by-line reader needs no
 * parser for a format only {@code no.vis.registers} may read.
 *
 * <p>What the parser checks is the form of each line, and that no fødselsnummer comes twice;
 * what VIS and the register know (school, programme area offered, the pupil already enrolled, the
 * person in Folkeregisteret) the job checks afterwards.
 */
public final class AdmissionFile {

    public static final String FNR = "fodselsnummer";
    public static final String NAME = "name";
    public static final String SCHOOL = "school_number";
    public static final String PROGRAMME_AREA = "programme_area";
    public static final String LEVEL = "level";
    public static final String ADMISSION_DATE = "admission_date";
    public static final String CLASS = "class";
    private static final List<String> REQUIRED = List.of(FNR, NAME, SCHOOL, PROGRAMME_AREA, LEVEL, ADMISSION_DATE);
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final int NAME_MAX = 3 * PersonName.PART_MAX + 2;

    private final Map<String, Integer> columns;
    private final int width;
    private final boolean allowSynthetic;
    /** The numbers seen so far, with the line each was first on. */
    private final Map<Fodselsnummer, Integer> seen = new HashMap<>();

    private AdmissionFile(Map<String, Integer> columns, int width, boolean allowSynthetic) {
        this.columns = columns;
        this.width = width;
        this.allowSynthetic = allowSynthetic;
    }

    /**
     * The file as its header describes it.
     *
     * @param allowSynthetic whether synthetic test numbers are accepted (test mode)
     * @throws IllegalArgumentException when the header lacks a required column or names one twice
     */
    public static AdmissionFile withHeader(String header, boolean allowSynthetic) {
        if (header == null) {
            throw new IllegalArgumentException("the file is empty: the first line must be the header");
        }
        List<String> names = fields(header.startsWith("\uFEFF") ? header.substring(1) : header);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (columns.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT), i) != null) {
                throw new IllegalArgumentException("the header names the column " + names.get(i) + " twice");
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header lacks the column(s) " + String.join(", ", missing)
                    + " (expected " + String.join(";", REQUIRED) + "[;" + CLASS + "])");
        }
        return new AdmissionFile(Map.copyOf(columns), names.size(), allowSynthetic);
    }

    /**
     * One line after the header: the admission, or every problem the line has. A fødselsnummer
     * that came on an earlier line makes this one a duplicate.
     *
     * @return empty for a blank line
     */
    public Optional<ParsedLine> parse(int lineNumber, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> values = fields(text);
        if (values.size() != width) {
            return Optional.of(new ParsedLine(lineNumber, null, "wrong number of fields: " + values.size()
                    + " where the header has " + width));
        }
        List<String> problems = new ArrayList<>();
        Fodselsnummer fnr = null;
        Optional<Fodselsnummer.Problem> fnrProblem = Fodselsnummer.problemWith(value(values, FNR), allowSynthetic);
        if (fnrProblem.isPresent()) {
            problems.add("invalid fødselsnummer (" + fnrProblem.get().name().toLowerCase(Locale.ROOT) + ")");
        } else {
            fnr = Fodselsnummer.parse(value(values, FNR), allowSynthetic);
        }
        String name = value(values, NAME);
        if (name.isEmpty()) {
            problems.add("name missing");
        } else if (name.length() > NAME_MAX) {
            problems.add("name too long");
        }
        String school = value(values, SCHOOL);
        if (!school.matches("\\d{9}")) {
            problems.add("invalid school number (9 digits)");
        }
        Level level = level(value(values, LEVEL));
        if (level == null) {
            problems.add("invalid level (VG1, VG2 or VG3)");
        }
        String area = value(values, PROGRAMME_AREA);
        Optional<String> areaProblem = ProgrammeAreaCode.problemWith(area, level);
        if (areaProblem.isPresent()) {
            problems.add(areaProblem.get().endsWith("otherLevel") ? "programme area is for another level"
                    : "invalid programme area code");
        }
        LocalDate admitted = date(value(values, ADMISSION_DATE));
        if (admitted == null) {
            problems.add("invalid admission date (yyyy-MM-dd)");
        }
        String classCode = columns.containsKey(CLASS) ? value(values, CLASS).toUpperCase(Locale.ROOT) : "";
        if (classCode.length() > SchoolClass.CODE_MAX) {
            problems.add("class code too long");
        }
        if (fnr != null) {
            Integer first = seen.putIfAbsent(fnr, lineNumber);
            if (first != null) {
                problems.add("duplicate line: the same fødselsnummer as line " + first);
            }
        }
        if (!problems.isEmpty()) {
            return Optional.of(new ParsedLine(lineNumber, null, String.join("; ", problems)));
        }
        return Optional.of(new ParsedLine(lineNumber, new Admission(lineNumber, fnr, name, school,
                ProgrammeAreaCode.normalise(area).orElseThrow(), level, admitted, classCode.isEmpty() ? null : classCode), null));
    }

    private String value(List<String> values, String column) {
        return values.get(columns.get(column));
    }

    private static Level level(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "VG1" -> Level.VG1;
            case "VG2" -> Level.VG2;
            case "VG3" -> Level.VG3;
            default -> null;
        };
    }

    private static LocalDate date(String text) {
        try {
            return text.contains(".") ? LocalDate.parse(text, NORWEGIAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The fields of a line: split at semicolons, trimmed, surrounding double quotes removed. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        for (String f : line.split(";", -1)) {
            String v = f.strip();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1).replace("\"\"", "\"").strip();
            }
            fields.add(v);
        }
        return fields;
    }
}
