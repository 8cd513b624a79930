package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;
import no.vis.absence.AbsenceCodeService;
import no.vis.absence.AbsenceService;
import no.vis.absence.StandardCodeSet;
import no.vis.batch.jobs.BatchJobs;
import no.vis.batch.jobs.JobRun;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * absence-warnings against PostgreSQL, run as of 2 December 2024 in a county of this test's (school
 * year 19 August 2024 – 20 June 2025, a 90-minute lesson every Monday: 21 in the first half-year, 1,890
 * minutes, 44 in the year): three absences are 14.29 % of the half-year — over 10 % — and give one
 * warning, to the pupil and the guardian, in the portal and as a letter; a second run gives none; a
 * fourth absence gives two more: the half-year over 15 % (19.05 %), and the year near the limit
 * (9.09 %, over the county's 8 %). A pupil of 18 whose guardian has no consents is warned alone. The letter is a PDF for its recipients
 * only, and opening it is recorded.
 */
@ExtendWith(ArquillianExtension.class)
class AbsenceWarningJobIT {

    static final LocalDate DAY = LocalDate.of(2024, 12, 2);
    static final LocalDate FIRST = LocalDate.of(2024, 8, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(AbsenceWarningJobIT.class, TestDb.class, TestPeople.class, Callers.class,
                Callers.Work.class, AsItOperations.class, AsSystem.class, AsPupil.class, AsGuardian.class);
    }

    @Inject
    BatchJobs jobs;

    @Inject
    AsItOperations asItOperations;

    @Inject
    AsSystem asSystem;

    @Inject
    AsPupil asPupil;

    @Inject
    AsGuardian asGuardian;

    @Inject
    AbsenceCodeService codes;

    @Inject
    AbsenceService absences;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private JobRun run() throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty("today", DAY.toString());
        long execution = asItOperations.call(() -> jobs.start("absence-warnings", parameters));
        return asItOperations.call(() -> jobs.awaitFinished(execution, Duration.ofMinutes(2)));
    }

    @Test
    void aWarningOncePerThresholdCrossingToThePupilAndTheGuardiansWhoMaySee() throws Exception {
        long county;
        long group;
        long lesson;
        long school;
        long adult;
        long adultsGuardian;
        String suffix = TestPeople.token();
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            county = db.county("85", "Varselfylket");
            db.schoolYear(county, 2024, LocalDate.of(2024, 8, 19), LocalDate.of(2025, 6, 20), LocalDate.of(2025, 1, 13));
            school = db.school(county, TestPeople.orgNumber(), "Varsel vgs " + suffix);
            long vg2 = db.schoolClass(school, 2024, "2STA", "VG2");
            db.freshPupilWithId(AsPupil.ID, "Pia", "Elev", LocalDate.of(2010, 5, 5), school, vg2);
            db.execute("DELETE FROM absence_warning_copy WHERE absence_warning_id IN (SELECT id FROM absence_warning WHERE student_id = "
                    + AsPupil.ID + ")");
            db.execute("DELETE FROM absence_warning WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM absence_change WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM absence WHERE student_id = " + AsPupil.ID);
            db.freshGuardianWithId(AsGuardian.ID, "Gro", "Varsel");
            db.guardianship(AsGuardian.ID, AsPupil.ID, LocalDate.of(2010, 5, 5), null);
            adult = db.pupil(new TestPeople().next().value(), "Voksen", "Elev" + suffix, LocalDate.of(2006, 1, 10), school, vg2);
            adultsGuardian = db.guardian(TestPeople.adult().value(), "Uten", "Samtykke" + suffix);
            db.guardianship(adultsGuardian, adult, LocalDate.of(2006, 1, 10), null);
            group = db.teachingGroup(school, 2024, "2STA-NOR-" + suffix, "NOR1262", vg2);
            db.groupMember(group, AsPupil.ID, FIRST, null);
            db.groupMember(group, adult, FIRST, null);
            lesson = db.lesson(group, 1, "08:15", "09:45", null, "EVERY", FIRST);
        }
        asSystem.call(() -> codes.startFrom(county, StandardCodeSet.INSCHOOL, FIRST));
        long x;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            x = Long.parseLong(db.text("SELECT id FROM absence_code WHERE county_id = ? AND code = 'X'", county));
            for (LocalDate monday : new LocalDate[] {LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 9), LocalDate.of(2024, 9, 16)}) {
                absent(db, school, group, lesson, monday, x, AsPupil.ID, adult);
            }
        }

        JobRun first = run();
        assertEquals(BatchStatus.COMPLETED, first.status(), first.toString());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals("FIRST_HALF|DISCRETION|14.29|270|1890", db.text("SELECT period || '|' || band || '|' || percent || '|'"
                    + " || counted_minutes || '|' || planned_minutes FROM absence_warning WHERE student_id = ?", AsPupil.ID),
                    "14.29 % of the first half-year's 21 lessons: over 10 %; the year (6.8 %) is below the threshold");
            assertEquals("GUARDIAN:LETTER,GUARDIAN:PORTAL,PUPIL:LETTER,PUPIL:PORTAL", db.text("SELECT string_agg(c.recipient_kind"
                    + " || ':' || c.channel, ',' ORDER BY c.recipient_kind, c.channel) FROM absence_warning_copy c JOIN absence_warning w"
                    + " ON w.id = c.absence_warning_id WHERE w.student_id = ?", AsPupil.ID));
            assertEquals("PUPIL:LETTER,PUPIL:PORTAL", db.text("SELECT string_agg(c.recipient_kind || ':' || c.channel, ','"
                    + " ORDER BY c.recipient_kind, c.channel) FROM absence_warning_copy c JOIN absence_warning w"
                    + " ON w.id = c.absence_warning_id WHERE w.student_id = ?", adult), "18, no consents: the guardian is not warned");
        }

        JobRun second = run();
        assertEquals(BatchStatus.COMPLETED, second.status());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals("1", db.text("SELECT COUNT(*) FROM absence_warning WHERE student_id = ?", AsPupil.ID), "once per crossing");
            absent(db, school, group, lesson, LocalDate.of(2024, 9, 23), x, AsPupil.ID);
        }
        run();
        long warning;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals("FIRST_HALF|DISCRETION,FIRST_HALF|NO_GRADE,YEAR|WARNING", db.text("SELECT string_agg(period || '|' || band,"
                    + " ',' ORDER BY period, band) FROM absence_warning WHERE student_id = ?", AsPupil.ID),
                    "over 15 % in the half-year, and the year near the limit: a warning each");
            warning = Long.parseLong(db.text("SELECT id FROM absence_warning WHERE student_id = ? AND band = 'NO_GRADE'", AsPupil.ID));
        }

        // the letter: for its recipients, opened when read
        byte[] pdf = asPupil.call(() -> absences.letter(warning, Locale.forLanguageTag("nb"))).orElseThrow();
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4));
        assertTrue(asGuardian.call(() -> absences.letter(warning, Locale.forLanguageTag("en"))).isPresent());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertNotNull(db.text("SELECT opened_at FROM absence_warning_copy WHERE absence_warning_id = ? AND recipient_kind = 'PUPIL'"
                    + " AND channel = 'LETTER'", warning));
            long otherWarning = Long.parseLong(db.text("SELECT id FROM absence_warning WHERE student_id = ?", adult));
            assertTrue(asPupil.call(() -> absences.letter(otherWarning, Locale.forLanguageTag("nb"))).isEmpty(), "another pupil's");
        }
    }

    /** A whole Monday lesson absent for the pupils, with its register (as a teacher would have taken it). */
    private static void absent(TestDb db, long school, long group, long lesson, LocalDate monday, long code, long... pupils)
            throws Exception {
        String key = "L" + lesson + "-" + monday;
        db.execute("INSERT INTO lesson_register (id, occurrence_key, teaching_group_id, school_id, held_on, starts_at, ends_at,"
                + " taken_at, taken_by, version) VALUES (nextval('lesson_register_seq'), ?, CAST(? AS BIGINT), CAST(? AS BIGINT),"
                + " CAST(? AS DATE), 495, 585, CURRENT_TIMESTAMP, 'test', 1)", key, Long.toString(group), Long.toString(school),
                monday.toString());
        for (long pupil : pupils) {
            db.execute("INSERT INTO absence (id, lesson_register_id, student_id, on_day, subject_code, kind, minutes, absence_code_id,"
                    + " documentation, registered_at, registered_by, version) SELECT nextval('absence_seq'), r.id, CAST(? AS BIGINT),"
                    + " r.held_on, 'NOR1262', 'ABSENT', 90, CAST(? AS BIGINT), 'UNDOCUMENTED', CURRENT_TIMESTAMP, 'test', 1"
                    + " FROM lesson_register r WHERE r.occurrence_key = ?", Long.toString(pupil), Long.toString(code), key);
        }
    }
}
