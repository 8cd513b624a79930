package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric.MetricType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Properties;
import javax.sql.DataSource;
import no.vis.batch.jobs.BatchJobs;
import no.vis.batch.jobs.JobRun;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * retention-cleanup against PostgreSQL, run as of a day long ago (only this test's data is old
 * enough): a pupil who left long ago loses the guardian and the consents; one who left recently
 * keeps the guardian for the grace period; a guardianship ended by staff long ago takes its
 * guardian along; a guardian still active for a sibling stays.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionCleanupJobIT {

    private static final LocalDate TODAY = LocalDate.of(1991, 3, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(RetentionCleanupJobIT.class, TestDb.class, TestPeople.class, Callers.class,
                Callers.Work.class, AsItOperations.class);
    }

    @Inject
    BatchJobs jobs;

    @Inject
    AsItOperations asItOperations;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private JobRun run() throws Exception {
        return run(false);
    }

    private JobRun run(boolean dry) throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty("today", TODAY.toString());
        parameters.setProperty("graceDays", "30");
        parameters.setProperty("dryRun", Boolean.toString(dry));
        long execution = asItOperations.call(() -> jobs.start("retention-cleanup", parameters));
        return asItOperations.call(() -> jobs.awaitFinished(execution, Duration.ofMinutes(2)));
    }

    @Test
    void guardianDataGoesWhenItsPurposeHasGoneAfterTheGracePeriod() throws Exception {
        TestPeople people = new TestPeople();
        String family = "Slutt" + TestPeople.token();
        LocalDate born = LocalDate.of(1973, 5, 5);
        long leftLongAgo, leftRecently, enrolled, sibling, guardianOfLeft, guardianOfRecent, endedByStaff, activeGuardian,
                siblingsGuardian;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = db.county("92", "Sluttfylket");
            long school = db.school(county, TestPeople.orgNumber(), "Slutt vgs " + TestPeople.token());
            long vg = db.schoolClass(school, 1990, "3STA", "VG3");
            leftLongAgo = db.pupil(people.next().value(), "Sluttet", family, born, school, vg);
            db.leftSchool(leftLongAgo, LocalDate.of(1990, 12, 1));
            leftRecently = db.pupil(people.next().value(), "Nylig", family, born, school, vg);
            db.leftSchool(leftRecently, LocalDate.of(1991, 2, 20));
            enrolled = db.pupil(people.next().value(), "Elev", family, born, school, vg);
            sibling = db.pupil(people.next().value(), "Sosken", family, born.plusYears(2), school, vg);

            guardianOfLeft = db.guardian(TestPeople.adult().value(), "Forelder", family);
            db.guardianship(guardianOfLeft, leftLongAgo, born, null);
            guardianOfRecent = db.guardian(TestPeople.adult().value(), "Nyligforelder", family);
            db.guardianship(guardianOfRecent, leftRecently, born, null);
            endedByStaff = db.guardian(TestPeople.adult().value(), "Avsluttet", family);
            db.guardianship(endedByStaff, enrolled, born, LocalDate.of(1990, 10, 1));
            activeGuardian = db.guardian(TestPeople.adult().value(), "Aktiv", family);
            db.guardianship(activeGuardian, enrolled, born, null);
            siblingsGuardian = db.guardian(TestPeople.adult().value(), "Felles", family);
            db.guardianship(siblingsGuardian, leftLongAgo, born, null);
            db.guardianship(siblingsGuardian, sibling, born.plusYears(2), null);
            db.consent(leftLongAgo, siblingsGuardian, "PUPIL", LocalDate.of(1990, 6, 1), null);
            db.consent(leftLongAgo, siblingsGuardian, "GUARDIAN", LocalDate.of(1990, 6, 1), null);
        }

        // a dry run first: the same decisions listed, nothing written
        JobRun dry = run(true);
        assertEquals(BatchStatus.COMPLETED, dry.status(), dry.toString());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            String listed = "SELECT count(*) FROM job_skipped_record WHERE job_execution_id = " + dry.executionId()
                    + " AND record_ref = ?";
            assertEquals("1", db.value(listed.replace("?", "'guardian:' || ?"), guardianOfLeft),
                    "deleted in the same run once its guardianship has ended: listed too");
            assertEquals("1", db.value(listed.replace("?", "'guardian:' || ?"), endedByStaff));
            assertEquals("0", db.value(listed.replace("?", "'guardian:' || ?"), guardianOfRecent), "within the grace period");
            assertEquals("0", db.value(listed.replace("?", "'guardian:' || ?"), siblingsGuardian), "still a guardian");
            assertNotNull(db.value("SELECT id FROM guardian WHERE id = ?", guardianOfLeft), "nothing deleted");
            assertEquals("1", db.value("SELECT count(*) FROM consent WHERE student_id = ? AND party = 'PUPIL'", leftLongAgo),
                    "nothing deleted");
            assertEquals("0", db.value("SELECT count(*) FROM access_log WHERE purpose = 'job:retention-cleanup' AND subject_id = ?",
                    leftLongAgo), "nothing changed, nothing logged as changed");
        }

        JobRun first = run();
        assertEquals(BatchStatus.COMPLETED, first.status(), first.toString());
        assertEquals(3, first.metric("end-left-pupils", MetricType.WRITE_COUNT), "three guardianships of pupils who left");

        try (TestDb db = new TestDb(dataSource.getConnection())) {
            String guardian = "SELECT id FROM guardian WHERE id = ?";
            assertNull(db.value(guardian, guardianOfLeft), "left long ago: deleted");
            assertNull(db.value(guardian, endedByStaff), "ended long ago: deleted");
            assertNotNull(db.value(guardian, guardianOfRecent), "left recently: kept for the grace period");
            assertNotNull(db.value(guardian, activeGuardian));
            assertNotNull(db.value(guardian, siblingsGuardian), "still the sibling's guardian");
            assertEquals("1991-02-20|PUPIL_LEFT_SCHOOL", db.value("SELECT active_to || '|' || end_reason FROM guardianship"
                    + " WHERE guardian_id = ?", guardianOfRecent));
            assertEquals("0", db.value("SELECT count(*) FROM consent WHERE student_id = ?", leftLongAgo), "consents gone");
            assertEquals("1", db.value("SELECT count(*) FROM access_log WHERE subject_kind = 'PUPIL' AND action = 'CHANGE'"
                    + " AND category = 'CONSENTS' AND purpose = 'job:retention-cleanup' AND subject_id = ?", leftLongAgo),
                    "the consents' deletion is in the pupil's access log");
            assertEquals("1", db.value("SELECT count(*) FROM access_log WHERE subject_kind = 'GUARDIAN' AND action = 'CHANGE'"
                    + " AND category = 'CONSENTS' AND purpose = 'job:retention-cleanup' AND subject_id = ?", siblingsGuardian),
                    "and in the guardian's");
            assertEquals("1", db.value("SELECT count(*) FROM access_log WHERE subject_kind = 'GUARDIAN' AND action = 'CHANGE'"
                    + " AND purpose = 'job:retention-cleanup' AND subject_id = ?", guardianOfLeft), "a pseudonymous trace");
        }

        JobRun second = run();
        assertEquals(BatchStatus.COMPLETED, second.status());
        assertEquals(0, second.metric("end-left-pupils", MetricType.WRITE_COUNT), "idempotent");
    }
}
