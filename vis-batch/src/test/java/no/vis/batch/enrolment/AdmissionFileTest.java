package no.vis.batch.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import no.vis.enrolment.Admission;
import no.vis.people.Fodselsnummer;
import no.vis.school.SchoolClass.Level;
import org.junit.jupiter.api.Test;

/** The admission file's form: every kind of bad line is reported by its line number, never with its content. */
class AdmissionFileTest {

    private static final String HEADER = "fodselsnummer;name;school_number;programme_area;level;admission_date;class";
    private static final String FNR = Fodselsnummer.compose(LocalDate.of(2010, 3, 14), 512, false, Fodselsnummer.Synthetic.TENOR)
            .orElseThrow().value();
    private static final String OTHER = Fodselsnummer.compose(LocalDate.of(2010, 3, 15), 512, false, Fodselsnummer.Synthetic.TENOR)
            .orElseThrow().value();

    private static AdmissionFile file() {
        return AdmissionFile.withHeader(HEADER, true);
    }

    private static ParsedLine line(AdmissionFile file, int n, String text) {
        return file.parse(n, text).orElseThrow();
    }

    private static String problem(String text) {
        ParsedLine parsed = line(file(), 2, text);
        assertFalse(parsed.usable(), text);
        assertEquals(2, parsed.line());
        return parsed.problem();
    }

    @Test
    void aGoodLineIsAnAdmission() {
        ParsedLine parsed = line(file(), 2, FNR + ";Nordmann, Kari;974567890;stssa1----;vg1;2026-08-17;1sta");
        assertTrue(parsed.usable());
        Admission a = parsed.admission();
        assertEquals(2, a.line());
        assertEquals(FNR, a.fodselsnummer().value());
        assertEquals("974567890", a.schoolNumber());
        assertEquals("STSSA1----", a.programmeArea());
        assertEquals(Level.VG1, a.level());
        assertEquals(LocalDate.of(2026, 8, 17), a.admittedOn());
        assertEquals("1STA", a.classCode());
    }

    @Test
    void columnsInAnyOrderQuotesABomAndNorwegianDates() {
        AdmissionFile file = AdmissionFile.withHeader("\uFEFFLevel;Fodselsnummer;Admission_Date;Name;Programme_Area;School_Number;extra", true);
        ParsedLine parsed = line(file, 5, "VG2;\"" + FNR + "\";17.08.2026;\"Nordmann; Kari\";ELELE2----;974567890;x");
        // a semicolon inside quotes is not supported: the line has one field too many
        assertFalse(parsed.usable());
        parsed = line(file, 6, "VG2;\"" + FNR + "\";17.08.2026;\"Kari Nordmann\";ELELE2----;974567890;x");
        assertTrue(parsed.usable(), parsed.problem());
        assertEquals(LocalDate.of(2026, 8, 17), parsed.admission().admittedOn());
        assertNull(parsed.admission().classCode(), "no class column: no class");
    }

    @Test
    void blankLinesAreIgnored() {
        assertTrue(file().parse(3, "   ").isEmpty());
        assertTrue(file().parse(3, "").isEmpty());
    }

    @Test
    void aHeaderWithoutARequiredColumnRefusesTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdmissionFile.withHeader("fodselsnummer;name;school_number;level;admission_date", true));
        assertTrue(e.getMessage().contains("programme_area"));
        assertThrows(IllegalArgumentException.class, () -> AdmissionFile.withHeader(null, true));
        assertThrows(IllegalArgumentException.class, () -> AdmissionFile.withHeader(HEADER + ";name", true));
    }

    @Test
    void wrongNumberOfFields() {
        assertEquals("wrong number of fields: 6 where the header has 7", problem(FNR + ";Kari;974567890;STSSA1----;VG1;2026-08-17"));
    }

    @Test
    void invalidFodselsnummerWithoutTheNumberInTheReason() {
        String bad = FNR.substring(0, 10) + (char) ('0' + (FNR.charAt(10) - '0' + 1) % 10);
        String reason = problem(bad + ";Kari;974567890;STSSA1----;VG1;2026-08-17;");
        assertEquals("invalid fødselsnummer (checksum)", reason);
        assertFalse(reason.contains(bad));
        assertEquals("invalid fødselsnummer (format)", problem("1234;Kari;974567890;STSSA1----;VG1;2026-08-17;"));
        assertEquals("invalid fødselsnummer (synthetic_not_allowed)", line(AdmissionFile.withHeader(HEADER, false), 2,
                FNR + ";Kari;974567890;STSSA1----;VG1;2026-08-17;").problem(), "outside test mode");
    }

    @Test
    void nameMissing() {
        assertEquals("name missing", problem(FNR + "; ;974567890;STSSA1----;VG1;2026-08-17;"));
    }

    @Test
    void invalidSchoolNumber() {
        assertEquals("invalid school number (9 digits)", problem(FNR + ";Kari;97456789;STSSA1----;VG1;2026-08-17;"));
        assertEquals("invalid school number (9 digits)", problem(FNR + ";Kari;NO974567890;STSSA1----;VG1;2026-08-17;"));
    }

    @Test
    void invalidProgrammeAreaOrOneForAnotherLevel() {
        assertEquals("invalid programme area code", problem(FNR + ";Kari;974567890;STUDIESPES;VG1;2026-08-17;"));
        assertEquals("invalid programme area code", problem(FNR + ";Kari;974567890;;VG1;2026-08-17;"));
        assertEquals("programme area is for another level", problem(FNR + ";Kari;974567890;STSSA2----;VG1;2026-08-17;"));
    }

    @Test
    void invalidLevel() {
        // without a level only the programme area code's form can be checked
        assertEquals("invalid level (VG1, VG2 or VG3)", problem(FNR + ";Kari;974567890;STSSA1----;VG4;2026-08-17;"));
        assertEquals("invalid level (VG1, VG2 or VG3)", problem(FNR + ";Kari;974567890;STSSA1----;1;2026-08-17;"));
    }

    @Test
    void badDates() {
        assertEquals("invalid admission date (yyyy-MM-dd)", problem(FNR + ";Kari;974567890;STSSA1----;VG1;2026-02-30;"));
        assertEquals("invalid admission date (yyyy-MM-dd)", problem(FNR + ";Kari;974567890;STSSA1----;VG1;30.02.2026;"));
        assertEquals("invalid admission date (yyyy-MM-dd)", problem(FNR + ";Kari;974567890;STSSA1----;VG1;17/08/2026;"));
        assertEquals("invalid admission date (yyyy-MM-dd)", problem(FNR + ";Kari;974567890;STSSA1----;VG1;;"));
    }

    @Test
    void classCodeTooLong() {
        assertEquals("class code too long", problem(FNR + ";Kari;974567890;STSSA1----;VG1;2026-08-17;ABCDEFGHIJKLMNOPQRSTU"));
    }

    @Test
    void duplicateLineNamesTheFirst() {
        AdmissionFile file = file();
        assertTrue(line(file, 2, FNR + ";Kari;974567890;STSSA1----;VG1;2026-08-17;").usable());
        assertTrue(line(file, 3, OTHER + ";Ola;974567890;STSSA1----;VG1;2026-08-17;").usable());
        ParsedLine again = line(file, 7, FNR + ";Kari N;974567890;ELELE1----;VG1;2026-08-17;");
        assertEquals("duplicate line: the same fødselsnummer as line 2", again.problem());
        assertEquals(7, again.line());
    }

    @Test
    void everyProblemOfALineIsReported() {
        assertEquals("invalid fødselsnummer (format); name missing; invalid school number (9 digits); invalid admission date (yyyy-MM-dd)",
                problem("x;;1;STSSA1----;VG1;tomorrow;"));
    }
}
