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
 * guardian-age-removal against PostgreSQL, run as of a fixed day long ago (job parameter
 * {@code today}) so that only this test's pupils are of age then: 18 today without consents →
 * guardianships end and a guardian with no other child is deleted; 18 today with both consents →
 * kept; 18 tomorrow → kept; only the pupil's consent → ended. A second run ends nothing.
 */
@ExtendWith(ArquillianExtension.class)
class GuardianAgeRemovalJobIT {

    private static final LocalDate TODAY = LocalDate.of(1990, 6, 15);
    private static final LocalDate EIGHTEEN_TODAY = TODAY.minusYears(18);

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(GuardianAgeRemovalJobIT.class, TestDb.class, TestPeople.class, Callers.class,
                Callers.Work.class, AsItOperations.class, AsCountyAdmin.class);
    }

    @Inject
    BatchJobs jobs;

    @Inject
    AsItOperations asItOperations;

    @Inject
    AsCountyAdmin asCountyAdmin;

    @Inject
    no.vis.guardianship.AgeRemovalService ageRemoval;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private JobRun run() throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty("today", TODAY.toString());
        parameters.setProperty("chunk", "2");
        long execution = asItOperations.call(() -> jobs.start("guardian-age-removal", parameters));
        return asItOperations.call(() -> jobs.awaitFinished(execution, Duration.ofMinutes(2)));
    }

    @Test
    void pupilsWhoTurn18WithoutBothConsentsLoseTheirGuardiansAndGuardiansWithoutBasisAreDeleted() throws Exception {
        TestPeople people = new TestPeople();
        String family = "Atten" + TestPeople.token();
        long turns18, consented, tomorrow, halfConsented, sibling, onlyChildGuardian, sharedGuardian, consentedGuardian,
                tomorrowGuardian, halfGuardian;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            // pupils born before 1980 are this test's only: end what an earlier run on the same database left
            db.value("WITH ended AS (UPDATE guardianship SET active_to = active_from, end_reason = 'ENDED_BY_STAFF'"
                    + " WHERE active_to IS NULL AND student_id IN (SELECT id FROM student WHERE birth_date < DATE '1980-01-01'"
                    + " AND id > ?) RETURNING id) SELECT count(*) FROM ended", 0);
            long county = db.county("93", "Attenfylket");
            long school = db.school(county, TestPeople.orgNumber(), "Atten vgs " + TestPeople.token());
            long vg3 = db.schoolClass(school, 1989, "3STA", "VG3");
            turns18 = db.pupil(people.next().value(), "Atten", family, EIGHTEEN_TODAY, school, vg3);
            consented = db.pupil(people.next().value(), "Samtykke", family, EIGHTEEN_TODAY, school, vg3);
            tomorrow = db.pupil(people.next().value(), "Imorgen", family, EIGHTEEN_TODAY.plusDays(1), school, vg3);
            halfConsented = db.pupil(people.next().value(), "Halv", family, EIGHTEEN_TODAY.minusDays(40), school, vg3);
            sibling = db.pupil(people.next().value(), "Lillesoster", family, TODAY.minusYears(15), school, vg3);

            onlyChildGuardian = db.guardian(TestPeople.adult().value(), "Eneste", family);
            db.guardianship(onlyChildGuardian, turns18, EIGHTEEN_TODAY, null);
            sharedGuardian = db.guardian(TestPeople.adult().value(), "Delt", family);
            db.guardianship(sharedGuardian, turns18, EIGHTEEN_TODAY, null);
            db.guardianship(sharedGuardian, sibling, TODAY.minusYears(15), null);
            consentedGuardian = db.guardian(TestPeople.adult().value(), "Samtykket", family);
            db.guardianship(consentedGuardian, consented, EIGHTEEN_TODAY, null);
            db.consent(consented, consentedGuardian, "PUPIL", TODAY.minusDays(20), null);
            db.consent(consented, consentedGuardian, "GUARDIAN", TODAY.minusDays(19), null);
            tomorrowGuardian = db.guardian(TestPeople.adult().value(), "Imorgen", family);
            db.guardianship(tomorrowGuardian, tomorrow, EIGHTEEN_TODAY.plusDays(1), null);
            halfGuardian = db.guardian(TestPeople.adult().value(), "Halv", family);
            db.guardianship(halfGuardian, halfConsented, EIGHTEEN_TODAY.minusDays(40), null);
            db.consent(halfConsented, halfGuardian, "PUPIL", TODAY.minusDays(50), null);
        }

        JobRun first = run();
        assertEquals(BatchStatus.COMPLETED, first.status(), first.toString());
        String step = "end-guardianships";
        assertEquals(5, first.metric(step, MetricType.READ_COUNT), "the active guardianships of pupils who may be 18");
        assertEquals(2, first.metric(step, MetricType.FILTER_COUNT), "both consents; 18 tomorrow");
        assertEquals(3, first.metric(step, MetricType.WRITE_COUNT), "ended");

        try (TestDb db = new TestDb(dataSource.getConnection())) {
            String guardianExists = "SELECT id FROM guardian WHERE id = ?";
            assertNull(db.value(guardianExists, onlyChildGuardian), "no basis left: deleted");
            assertNull(db.value(guardianExists, halfGuardian), "only the pupil's consent: deleted");
            assertNotNull(db.value(guardianExists, sharedGuardian), "still the sibling's guardian");
            assertNotNull(db.value(guardianExists, consentedGuardian));
            assertNotNull(db.value(guardianExists, tomorrowGuardian));
            assertEquals(EIGHTEEN_TODAY.plusYears(18) + "|PUPIL_TURNED_18", db.value("SELECT active_to || '|' || end_reason"
                    + " FROM guardianship WHERE student_id = ?", turns18));
            assertEquals("1", db.value("SELECT count(*) FROM guardianship WHERE active_to IS NULL AND student_id = ?", sibling));
            assertEquals("2|1", db.value("SELECT guardianships_ended || '|' || guardians_deleted FROM guardian_removal"
                    + " WHERE student_id = ?", turns18), "the office's list");
            assertEquals("1|1", db.value("SELECT guardianships_ended || '|' || guardians_deleted FROM guardian_removal"
                    + " WHERE student_id = ?", halfConsented));
            assertEquals("0", db.value("SELECT count(*) FROM consent WHERE guardian_id = ?", halfGuardian));
            assertEquals("1", db.value("SELECT count(*) FROM access_log WHERE subject_kind = 'GUARDIAN' AND action = 'CHANGE'"
                    + " AND actor = 'system' AND subject_id = ?", onlyChildGuardian), "a pseudonymous trace remains");
        }

        // the office's list (here the county administrator's: every school)
        var removed = asCountyAdmin.call(() -> ageRemoval.recentRemovals(30)).stream()
                .filter(r -> r.pupilId() == turns18).findFirst().orElseThrow();
        assertEquals(2, removed.guardianshipsEnded());
        assertEquals(1, removed.guardiansDeleted());
        assertEquals(TODAY, removed.eighteenthBirthday());

        JobRun second = run();
        assertEquals(BatchStatus.COMPLETED, second.status());
        assertEquals(0, second.metric(step, MetricType.WRITE_COUNT), "a second run the same day ends nothing");
        assertEquals(2, second.metric(step, MetricType.READ_COUNT));
    }
}
