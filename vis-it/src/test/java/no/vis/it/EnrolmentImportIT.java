package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vis.batch.democounty.DemoPopulation;
import no.vis.devtools.registers.RegisterSimulator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * enrolment-import over HTTP against the register simulators (which serve newcomers: any synthetic
 * number nobody registered is a person with parents) and PostgreSQL, started as IT operations would
 * (WildFly's management API): every bad line reported by its line number and reason, never the
 * number; the good ones enrolled with Folkeregisteret's facts, enrolment, placement and guardians;
 * a second run adds nothing; a register that fails leaves nothing of the chunk, and the restart
 * completes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentImportIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final String HEADER = "fodselsnummer;name;school_number;programme_area;level;admission_date;class";
    private static RegisterSimulator simulator;

    private final Path importDir = Path.of(System.getProperty("it.import.dir", "target/it-import"));
    private String schoolNumber;
    private long school;
    private long otherSchool;
    private long classId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = RegisterSimulator.start(Integer.getInteger("it.registers.port", 18091),
                new DemoPopulation(1, 91, 2031, "11", TODAY), RegisterSimulator.Faults.NONE, 2000).serveNewcomers();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    /** A school offering STSSA1---- with class 1STA this school year, and another school of the county. */
    @BeforeEach
    void schools() throws Exception {
        Files.createDirectories(importDir);
        schoolNumber = TestPeople.orgNumber();
        try (TestDb db = new TestDb()) {
            long county = db.county("93", "Inntaksfylket");
            school = db.school(county, schoolNumber, "Inntak vgs " + TestPeople.token());
            otherSchool = db.school(county, TestPeople.orgNumber(), "Annen vgs " + TestPeople.token());
            db.execute("INSERT INTO school_programme_area (id, school_id, programme_area, version)"
                    + " VALUES (nextval('school_programme_area_seq'), " + school + ", 'STSSA1----', 1)");
            classId = db.schoolClass(school, schoolYear(TODAY), "1STA", "VG1");
        }
    }

    private static int schoolYear(LocalDate day) {
        return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    }

    private static String newNumber() {
        return TestPeople.tenorPupil().value();
    }

    private String line(String fnr, String school, String area, String date, String classCode) {
        return fnr + ";Inntatt Elev;" + school + ";" + area + ";VG1;" + date + ";" + classCode;
    }

    private String write(List<String> lines) throws Exception {
        String name = "vigo/" + TestPeople.token() + ".csv";
        Path file = importDir.resolve(name);
        Files.createDirectories(file.getParent());
        List<String> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(lines);
        Files.write(file, all, StandardCharsets.UTF_8);
        return name;
    }

    @Test
    void everyBadLineIsReportedTheGoodOnesEnrolledWithGuardiansAndASecondRunAddsNothing() throws Exception {
        String today = TODAY.toString();
        String p1 = newNumber();
        String p2 = newNumber();
        String p3 = newNumber();
        String notInRegister = newNumber();
        simulator.forget(notInRegister);
        String elsewhere = new TestPeople().next().value();
        try (TestDb db = new TestDb()) {
            db.pupil(elsewhere, "Annet", "Sted", LocalDate.of(2010, 5, 5), otherSchool, db.schoolClass(otherSchool, 2026, "1X", "VG1"));
        }
        String badNumber = p1.substring(0, 10) + (char) ('0' + (p1.charAt(10) - '0' + 1) % 10);
        String file = write(List.of(
                line(p1, schoolNumber, "STSSA1----", today, "1STA"),          // 2: enrolled, placed in 1STA
                line(p2, schoolNumber, "stssa1----", today, ""),              // 3: enrolled, no class
                line(badNumber, schoolNumber, "STSSA1----", today, ""),       // 4: invalid fødselsnummer
                line(newNumber(), "811111111", "STSSA1----", today, ""),      // 5: unknown school
                line(newNumber(), schoolNumber, "ELELE1----", today, ""),     // 6: programme area not offered
                line(newNumber(), schoolNumber, "STSSA1----", "2026-13-01", ""), // 7: bad date
                line(p1, schoolNumber, "STSSA1----", today, ""),              // 8: duplicate of line 2
                line(elsewhere, schoolNumber, "STSSA1----", today, ""),       // 9: enrolled at another school
                line(notInRegister, schoolNumber, "STSSA1----", today, ""),   // 10: not in Folkeregisteret
                "",                                                           // 11: blank, ignored
                line(newNumber(), schoolNumber, "STSSA1----", today, "9ZZZ"), // 12: unknown class
                line(p3, schoolNumber, "STSSA1----", today, "1STA"),          // 13: enrolled
                p3.substring(0, 5) + ";short line"));                         // 14: wrong number of fields

        String[] first = CliJobs.runToEnd("enrolment-import", Map.of("file", file, "chunk", "4")).split(":");
        assertEquals("COMPLETED", first[1]);
        long run = Long.parseLong(first[0]);
        try (TestDb db = new TestDb()) {
            Map<String, String> reasons = new LinkedHashMap<>();
            for (int line = 2; line <= 14; line++) {
                String reason = db.value("SELECT reason FROM job_skipped_record WHERE job_execution_id = " + run
                        + " AND record_ref = 'line:' || ?", line);
                if (reason != null) {
                    reasons.put("line:" + line, reason);
                }
            }
            String notFound = reasons.remove("line:10");
            assertTrue(notFound != null && notFound.startsWith("Folkeregisteret: not found"), "line 10: " + notFound);
            assertEquals(Map.of(
                    "line:4", "invalid fødselsnummer (checksum)",
                    "line:5", "unknown school: no school of the county has this organisation number",
                    "line:6", "programme area not offered by the school",
                    "line:7", "invalid admission date (yyyy-MM-dd)",
                    "line:8", "duplicate line: the same fødselsnummer as line 2",
                    "line:9", "pupil already enrolled at another school: the office moves the pupil",
                    "line:12", "unknown class at the school for the school year of the admission date",
                    "line:14", "wrong number of fields: 2 where the header has 7"), reasons);
            reasons.forEach((ref, reason) -> assertEquals(-1, reason.indexOf(p1.substring(0, 6)), "no number in " + ref));
            assertEquals("0", db.text("SELECT count(*) FROM job_skipped_record WHERE job_execution_id = ?"
                    + " AND (reason LIKE '%' || ? || '%' OR reason LIKE '%' || ? || '%')", run, elsewhere, notInRegister),
                    "never a number in a reason");
            assertEquals("enrolled 3; already enrolled 0; lines skipped 9; guardians created ",
                    db.value("SELECT exitstatus FROM job_execution WHERE jobexecutionid = ?", run).replaceAll("created \\d.*", "created "));

            for (String fnr : List.of(p1, p2, p3)) {
                long id = Long.parseLong(db.text("SELECT id FROM student WHERE fnr = ? AND school_id = ?", fnr, school));
                assertEquals("STSSA1----|VG1|" + TODAY + "|null", db.value("SELECT programme_area || '|' || level || '|'"
                        + " || active_from || '|' || COALESCE(CAST(active_to AS VARCHAR), 'null') FROM enrolment WHERE student_id = ?", id));
                assertNotNull(db.activeGuardians(id), "Folkeregisteret's guardians at once");
                assertEquals("0", db.text("SELECT count(*) FROM guardianship gs JOIN guardian g ON g.id = gs.guardian_id"
                        + " WHERE gs.student_id = ? AND (g.fnr IS NULL OR gs.basis <> 'FOLKEREGISTERET' OR gs.active_from > ?)", id, TODAY),
                        "each guardian has a number (logs in with ID-porten) and sees the child from today (under 18)");
                assertTrue(Long.parseLong(db.value("SELECT count(*) FROM access_log WHERE subject_kind = 'PUPIL' AND action = 'CHANGE'"
                        + " AND purpose = 'job:enrolment-import' AND subject_id = ?", id)) >= 2, "the enrolment is logged");
            }
            long p1Id = Long.parseLong(db.text("SELECT id FROM student WHERE fnr = ?", p1));
            assertEquals(Long.toString(classId), db.value("SELECT school_class_id FROM student WHERE id = ?", p1Id));
            assertEquals(classId + "|" + TODAY, db.value("SELECT school_class_id || '|' || active_from FROM class_placement"
                    + " WHERE active_to IS NULL AND student_id = ?", p1Id));
            assertEquals("0", db.text("SELECT count(*) FROM class_placement WHERE student_id = (SELECT id FROM student WHERE fnr = ?)", p2));
            assertNull(db.text("SELECT id FROM student WHERE fnr = ?", notInRegister), "not half-imported");
            assertEquals(Long.toString(otherSchool), db.text("SELECT school_id FROM student WHERE fnr = ?", elsewhere));
        }

        String[] second = CliJobs.runToEnd("enrolment-import", Map.of("file", file)).split(":");
        assertEquals("COMPLETED", second[1]);
        try (TestDb db = new TestDb()) {
            assertTrue(db.value("SELECT exitstatus FROM job_execution WHERE jobexecutionid = ?", Long.parseLong(second[0]))
                    .startsWith("enrolled 0; already enrolled 3; lines skipped 9; guardians created 0, guardianships started 0"),
                    "the same lines reported again, nothing enrolled twice");
            assertEquals("3", db.value("SELECT count(*) FROM enrolment WHERE school_id = ?", school), "nothing added");
        }
    }

    @Test
    void aRegisterThatFailsLeavesNothingOfTheChunkAndTheRestartCompletesIt() throws Exception {
        List<String> numbers = List.of(newNumber(), newNumber(), newNumber());
        String file = write(numbers.stream().map(n -> line(n, schoolNumber, "STSSA1----", TODAY.toString(), "1STA")).toList());
        simulator.setFaults(new RegisterSimulator.Faults(1.0, 0, 0, 0));
        String[] failed;
        try {
            failed = CliJobs.runToEnd("enrolment-import", Map.of("file", file)).split(":");
        } finally {
            simulator.setFaults(RegisterSimulator.Faults.NONE);
        }
        assertEquals("FAILED", failed[1]);
        try (TestDb db = new TestDb()) {
            for (String fnr : numbers) {
                assertNull(db.text("SELECT id FROM student WHERE fnr = ?", fnr), "no pupil half-imported");
            }
        }
        String[] restarted = CliJobs.restartToEnd(Long.parseLong(failed[0])).split(":");
        assertEquals("COMPLETED", restarted[1]);
        try (TestDb db = new TestDb()) {
            for (String fnr : numbers) {
                String id = db.text("SELECT id FROM student WHERE fnr = ?", fnr);
                assertNotNull(id, "enrolled by the restart");
                assertNotNull(db.activeGuardians(Long.parseLong(id)));
                assertEquals("1", db.value("SELECT count(*) FROM class_placement WHERE student_id = ?", Long.parseLong(id)));
            }
        }
    }

    @Test
    void aFileOutsideTheImportDirectoryIsRefused() throws Exception {
        String[] ended = CliJobs.runToEnd("enrolment-import", Map.of("file", "../../pom.xml")).split(":");
        assertEquals("FAILED", ended[1], "the parameter rules refuse a path out of the directory");
    }
}
