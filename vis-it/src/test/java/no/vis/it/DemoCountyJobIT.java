package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric.MetricType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import no.vis.access.SchoolService;
import no.vis.batch.jobs.BatchJobs;
import no.vis.batch.jobs.JobRun;
import no.vis.common.PageRequest;
import no.vis.people.PupilSearch;
import no.vis.people.PupilService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** demo-county runs to COMPLETED with the metrics of its size, and a second run adds nobody. */
@ExtendWith(ArquillianExtension.class)
class DemoCountyJobIT {

    private static final String COUNTY = "97";
    private static final int PUPILS = 3000;

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(DemoCountyJobIT.class, VisDeployment.class, Callers.class, Callers.Work.class,
                AsOffice.class, AsItOperations.class, AsSystem.class, AsCountyAdmin.class);
    }

    @Inject
    BatchJobs jobs;

    @Inject
    PupilService pupilService;

    @Inject
    SchoolService schools;

    @Inject
    AsItOperations asItOperations;

    @Inject
    AsOffice asOffice;

    @Inject
    no.vis.batch.democounty.DemoCountyStore store;

    @Inject
    AsSystem asSystem;

    @Inject
    AsCountyAdmin asCountyAdmin;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/VisDS")
    javax.sql.DataSource dataSource;

    /** One number from the database. */
    private long count(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private JobRun runDemoCounty() throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty("pupils", Integer.toString(PUPILS));
        parameters.setProperty("countyCode", COUNTY);
        parameters.setProperty("countyName", "Testfylket");
        parameters.setProperty("schoolYear", "2025");
        parameters.setProperty("chunk", "500");
        parameters.setProperty("partitions", "2");
        // IT operations start jobs; the job itself runs as SYSTEM
        long execution = asItOperations.call(() -> jobs.start("demo-county", parameters));
        return asItOperations.call(() -> jobs.awaitFinished(execution, Duration.ofMinutes(5)));
    }

    /** The jobs' stores act as the system: a user who reaches one (a page that injected it) is refused. */
    @Test
    void aJobsStoreRefusesUsers() {
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> asOffice.call(() -> store.listClassRefs(2025)))));
    }

    @Test
    void createsTheCountyOnceWithTheMetricsOfItsSize() throws Exception {
        JobRun first = runDemoCounty();
        assertEquals(BatchStatus.COMPLETED, first.status(), "first run: " + first);
        assertEquals(PUPILS, first.metric("pupils", MetricType.READ_COUNT));
        assertEquals(PUPILS, first.metric("pupils", MetricType.WRITE_COUNT));
        assertEquals(0, first.metric("pupils", MetricType.ROLLBACK_COUNT));
        // 2 partitions of 1500 pupils in chunks of 500: 3 commits each, and one at each partition's end
        assertTrue(first.metric("pupils", MetricType.COMMIT_COUNT) >= 6, "commits: " + first.stepMetrics());
        assertEquals(PUPILS, asSystem.call(() -> pupilService.countPupils(COUNTY)));

        long schoolCount = asSystem.call(() -> schools.listSchools()).stream().filter(s -> s.name().endsWith("videregående skole")
                || s.name().contains("videregående skole avdeling")).count();
        assertTrue(schoolCount >= 6, "3000 pupils make 6 schools of at most 550");

        // every pupil enrolled in the class's programme area from the school year's first day, and placed in the class
        String ofCounty = " JOIN student s ON s.id = x.student_id JOIN school sc ON sc.id = s.school_id JOIN county co"
                + " ON co.id = sc.county_id WHERE co.code = '" + COUNTY + "'";
        // (but the one who dropped out: the term report's avbrudd)
        assertEquals(PUPILS - 1, count("SELECT count(*) FROM enrolment x" + ofCounty + " AND x.active_to IS NULL"
                + " AND x.active_from = DATE '2025-08-01' AND x.school_id = s.school_id"));
        assertEquals(1, count("SELECT count(*) FROM enrolment x" + ofCounty + " AND x.end_reason = 'DROPPED_OUT'"
                + " AND x.active_to = s.left_on AND s.school_class_id IS NULL"), "the demo dropout");
        assertEquals(1, count("SELECT count(*) FROM absence_higher_risk x" + ofCounty + " AND x.valid_to IS NULL"),
                "the demo's documented condition with a higher risk of absence");
        assertEquals(PUPILS - 1, count("SELECT count(*) FROM class_placement x" + ofCounty + " AND x.active_to IS NULL"
                + " AND x.school_class_id = s.school_class_id"));
        assertEquals(0, count("SELECT count(*) FROM enrolment x" + ofCounty + " AND NOT EXISTS (SELECT 1 FROM school_programme_area o"
                + " WHERE o.school_id = x.school_id AND o.programme_area = x.programme_area)"), "the school offers each pupil's programme area");

        // half a school year of absence at least: registers for the lessons held, absence at realistic rates
        String ofCountyRegisters = " FROM lesson_register r JOIN school sc ON sc.id = r.school_id JOIN county co ON co.id = sc.county_id"
                + " WHERE co.code = '" + COUNTY + "'";
        long registers = count("SELECT count(*)" + ofCountyRegisters);
        long absences = count("SELECT count(*) FROM absence a JOIN lesson_register r ON r.id = a.lesson_register_id"
                + " JOIN school sc ON sc.id = r.school_id JOIN county co ON co.id = sc.county_id WHERE co.code = '" + COUNTY + "'");
        long pupilLessons = count("SELECT count(*) FROM lesson_register r JOIN group_member m ON m.teaching_group_id = r.teaching_group_id"
                + " AND m.from_day <= r.held_on AND (m.to_day IS NULL OR m.to_day > r.held_on) JOIN school sc ON sc.id = r.school_id"
                + " JOIN county co ON co.id = sc.county_id WHERE co.code = '" + COUNTY + "'");
        assertTrue(registers > 1000, "registers: " + registers);
        double share = (double) absences / pupilLessons;
        assertTrue(share > 0.01 && share < 0.08, "absent in " + absences + " of " + pupilLessons + " pupil-lessons");

        // grades: each school's rounds of the year and the two before, the first half's grades of the pupils in groups, and
        // the earlier years of those in Vg2 and Vg3 (and the demo pupils' first Vg1)
        String ofCountyRounds = " FROM grade_round r JOIN school sc ON sc.id = r.school_id JOIN county co ON co.id = sc.county_id"
                + " WHERE co.code = '" + COUNTY + "'";
        assertEquals(schoolCount * 6, count("SELECT count(*)" + ofCountyRounds));
        String ofCountyGrades = " FROM grade g JOIN grade_round r ON r.id = g.grade_round_id JOIN school sc ON sc.id = r.school_id"
                + " JOIN county co ON co.id = sc.county_id WHERE co.code = '" + COUNTY + "'";
        long graded = count("SELECT count(DISTINCT g.student_id)" + ofCountyGrades + " AND r.school_year = 2025 AND r.kind = 'FIRST_HALF'");
        assertTrue(graded > PUPILS * 9 / 10, "first-half grades of " + graded + " pupils");
        long earlier = count("SELECT count(DISTINCT g.student_id)" + ofCountyGrades + " AND r.school_year = 2024");
        assertTrue(earlier >= PUPILS * 2 / 3 - 10 && earlier <= PUPILS * 2 / 3 + 10, "last year's grades of the Vg2 and Vg3 pupils: " + earlier);
        assertTrue(count("SELECT count(*)" + ofCountyGrades + " AND r.school_year = 2023") > 0, "the Vg3 pupils' Vg1");
        assertTrue(count("SELECT count(*) FROM grade_protocol p JOIN grade_round r ON r.id = p.grade_round_id JOIN school sc"
                + " ON sc.id = r.school_id JOIN county co ON co.id = sc.county_id WHERE co.code = '" + COUNTY + "' AND p.state = 'OPEN'") > 0,
                "the demo teachers' protocols are left open");
        long grades = count("SELECT count(*)" + ofCountyGrades);
        long remarked = count("SELECT count(DISTINCT x.student_id) FROM conduct_remark x" + ofCounty);
        assertTrue(remarked > PUPILS / 50 && remarked < PUPILS / 12, "pupils with remarks in orden or atferd: " + remarked);
        assertTrue(count("SELECT count(*) FROM conduct_warning x" + ofCounty) > 0, "warnings before NG or LG");

        JobRun second = runDemoCounty();
        assertEquals(BatchStatus.COMPLETED, second.status(), "second run: " + second);
        assertEquals(registers, count("SELECT count(*)" + ofCountyRegisters), "a second run adds no registers");
        assertEquals(grades, count("SELECT count(*)" + ofCountyGrades), "nor grades");
        assertEquals(PUPILS, second.metric("pupils", MetricType.READ_COUNT));
        assertEquals(PUPILS, asSystem.call(() -> pupilService.countPupils(COUNTY)), "a second run must not duplicate pupils");
        assertEquals(PUPILS, count("SELECT count(*) FROM enrolment x JOIN student s ON s.id = x.student_id JOIN school sc"
                + " ON sc.id = s.school_id JOIN county co ON co.id = sc.county_id WHERE co.code = '" + COUNTY + "'"), "nor enrolments");

        // every pupil is in a class, and the list pages them from the database
        var page = asCountyAdmin.call(() -> pupilService.search(new PupilSearch(null, null, "1", null, null), new PageRequest(0, 10)));
        assertTrue(page.total() >= PUPILS / 3 - 1, "Vg1 pupils (one dropped out): " + page.total());
    }
}
