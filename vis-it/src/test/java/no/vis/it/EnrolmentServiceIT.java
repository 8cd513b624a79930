package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import no.vis.batch.jobs.BatchJobs;
import no.vis.batch.jobs.JobRun;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.enrolment.EnrolmentEnd;
import no.vis.enrolment.EnrolmentHistory;
import no.vis.enrolment.EnrolmentService;
import no.vis.enrolment.NewEnrolmentForm;
import no.vis.enrolment.PersonFacts;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.PersonName;
import no.vis.school.SchoolClass.Level;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office's enrolment service against PostgreSQL, as an office worker of one school: the
 * office of another school is refused (and the refusal logged); a class change and a programme
 * change keep the history; leaving sets the pupil's leaving day, which retention-cleanup reads;
 * a move to another school of the county hands the pupil to that school's office.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentServiceIT {

    private static final LocalDate TODAY = Today.inNorway();
    private static final int YEAR = TODAY.getMonthValue() >= 8 ? TODAY.getYear() : TODAY.getYear() - 1;

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(EnrolmentServiceIT.class, TestDb.class, TestPeople.class, Callers.class,
                Callers.Work.class, AsOfficeStaff.class, AsItOperations.class);
    }

    @Inject
    EnrolmentService enrolment;

    @Inject
    AsOfficeStaff asOffice;

    @Inject
    AsItOperations asItOperations;

    @Inject
    BatchJobs jobs;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private long school;
    private long otherSchool;
    private long class1A;
    private long class1B;
    private long otherClass;
    private long otherSchoolsPupil;
    private final TestPeople people = new TestPeople();

    /** The office worker's school (offering STSSA1---- and ELELE1----, classes 1STA and 1STB) and another school of the county. */
    @BeforeEach
    void schools() throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = db.county("94", "Klassefylket");
            school = db.school(county, TestPeople.orgNumber(), "Klasse vgs " + TestPeople.token());
            otherSchool = db.school(county, TestPeople.orgNumber(), "Annen vgs " + TestPeople.token());
            for (String offer : new String[] {school + ", 'STSSA1----'", school + ", 'ELELE1----'", otherSchool + ", 'STSSA1----'"}) {
                db.execute("INSERT INTO school_programme_area (id, school_id, programme_area, version)"
                        + " VALUES (nextval('school_programme_area_seq'), " + offer + ", 1)");
            }
            class1A = db.schoolClass(school, YEAR, "1STA", "VG1");
            class1B = db.schoolClass(school, YEAR, "1STB", "VG1");
            otherClass = db.schoolClass(otherSchool, YEAR, "1STA", "VG1");
            db.execute("INSERT INTO staff_member (id, county_id, feide_user_id, name, version) VALUES (" + AsOfficeStaff.ID
                    + ", " + county + ", 'enrolment-office', 'Kontor Inntak', 1) ON CONFLICT (id) DO NOTHING");
            db.execute("DELETE FROM staff_role WHERE staff_member_id = " + AsOfficeStaff.ID);
            db.execute("INSERT INTO staff_role (id, staff_member_id, school_id, role, granted_at, granted_by)"
                    + " VALUES (nextval('staff_role_seq'), " + AsOfficeStaff.ID + ", " + school + ", 'OFFICE', CURRENT_TIMESTAMP, 'test')");
            otherSchoolsPupil = db.pupil(people.next().value(), "Annen", "Skole", people.birthDate(), otherSchool, otherClass);
        }
    }

    private long enrolNew(LocalDate from, Long classId) throws Exception {
        String fnr = people.next().value();
        return asOffice.call(() -> enrolment.enrol(new NewEnrolmentForm(fnr, school, "STSSA1----", Level.VG1, from, classId),
                new PersonFacts(new PersonName("Ny", null, "Elev"), people.birthDate(),
                        new Address("Skoleveien 1", "4006", "STAVANGER", AddressProtection.UGRADERT))));
    }

    @Test
    void theOfficeOfAnotherSchoolIsRefusedAndTheRefusalLogged() throws Exception {
        assertTrue(asOffice.call(() -> enrolment.history(otherSchoolsPupil)).isEmpty());
        BusinessException e = assertThrows(BusinessException.class,
                () -> asOffice.call(() -> {
                    enrolment.placeInClass(otherSchoolsPupil, otherClass, TODAY);
                    return null;
                }));
        assertEquals("pupil.unknown", e.messageKey());
        assertThrows(BusinessException.class, () -> asOffice.call(() -> {
            enrolment.leave(otherSchoolsPupil, TODAY, EnrolmentEnd.DROPPED_OUT);
            return null;
        }));
        InvalidInputException atOtherSchool = assertThrows(InvalidInputException.class, () -> asOffice.call(() ->
                enrolment.checkNew(new NewEnrolmentForm(people.next().value(), otherSchool, "STSSA1----", Level.VG1, TODAY, null))));
        assertEquals(Map.of("schoolId", "enrolment.school.required"), atOtherSchool.fieldErrors());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals("3", db.text("SELECT count(*) FROM access_log WHERE actor = ? AND subject_id = ? AND action = 'REFUSED'",
                    AsOfficeStaff.PRINCIPAL, otherSchoolsPupil));
            assertNull(db.text("SELECT left_on FROM student WHERE id = ?", otherSchoolsPupil), "nothing changed");
        }
    }

    @Test
    void aClassChangeAndAProgrammeChangeKeepTheHistory() throws Exception {
        LocalDate start = TODAY.minusDays(30);
        long pupil = enrolNew(start, class1A);
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> {
            enrolment.placeInClass(pupil, otherClass, start.minusDays(1));
            return null;
        }));
        assertEquals(Map.of("classId", "enrolment.class.invalid", "from", "enrolment.from.beforeCurrent"), bad.fieldErrors());

        asOffice.call(() -> {
            enrolment.placeInClass(pupil, class1B, TODAY);
            enrolment.changeProgrammeArea(pupil, "ELELE1----", Level.VG1, TODAY);
            return null;
        });
        EnrolmentHistory history = asOffice.call(() -> enrolment.history(pupil)).orElseThrow();
        assertEquals(2, history.placements().size());
        assertEquals("1STB", history.placements().get(0).classCode());
        assertNull(history.placements().get(0).to());
        assertEquals("1STA", history.placements().get(1).classCode());
        assertEquals(start + "/" + TODAY, history.placements().get(1).from() + "/" + history.placements().get(1).to());
        assertEquals(2, history.enrolments().size());
        assertEquals("ELELE1----", history.current().programmeArea());
        assertEquals(EnrolmentEnd.PROGRAMME_CHANGED, history.enrolments().get(1).endReason());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(Long.toString(class1B), db.value("SELECT school_class_id FROM student WHERE id = ?", pupil),
                    "the pupil's current class follows the history");
            assertTrue(Long.parseLong(db.text("SELECT count(*) FROM access_log WHERE actor = ? AND subject_id = ? AND action = 'CHANGE'"
                    + " AND category = 'CLASSES_AND_GROUPS'", AsOfficeStaff.PRINCIPAL, pupil)) >= 3, "every change logged");
        }
    }

    @Test
    void leavingSetsTheLeavingDayThatRetentionCleanupReads() throws Exception {
        long pupil = enrolNew(TODAY.minusDays(60), class1A);
        long guardian;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            guardian = db.guardian(TestPeople.adult().value(), "Forelder", "Elev");
            db.guardianship(guardian, pupil, TODAY.minusYears(10), null);
        }
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> {
            enrolment.leave(pupil, TODAY, EnrolmentEnd.TRANSFERRED);
            return null;
        }));
        assertEquals(Map.of("reason", "enrolment.leave.reason.required"), noReason.fieldErrors());
        asOffice.call(() -> {
            enrolment.leave(pupil, TODAY, EnrolmentEnd.DROPPED_OUT);
            return null;
        });
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(TODAY.toString(), db.value("SELECT left_on FROM student WHERE id = ?", pupil));
            assertNull(db.value("SELECT school_class_id FROM student WHERE id = ?", pupil));
            assertEquals(TODAY + "|DROPPED_OUT", db.value("SELECT active_to || '|' || end_reason FROM enrolment WHERE student_id = ?", pupil));
            assertEquals(TODAY.toString(), db.value("SELECT active_to FROM class_placement WHERE student_id = ?", pupil));
        }
        Properties parameters = new Properties();
        parameters.setProperty("today", TODAY.toString());
        long execution = asItOperations.call(() -> jobs.start("retention-cleanup", parameters));
        JobRun run = asItOperations.call(() -> jobs.awaitFinished(execution, Duration.ofMinutes(2)));
        assertEquals(BatchStatus.COMPLETED, run.status(), run.toString());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(TODAY + "|PUPIL_LEFT_SCHOOL", db.value("SELECT active_to || '|' || end_reason FROM guardianship"
                    + " WHERE guardian_id = ?", guardian), "the guardianship ends on the day the pupil left");
        }
    }

    @Test
    void aMoveToAnotherSchoolOfTheCountyHandsThePupilOver() throws Exception {
        long pupil = enrolNew(TODAY.minusDays(10), class1A);
        InvalidInputException notOffered = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> {
            enrolment.transfer(pupil, otherSchool, "ELELE1----", Level.VG1, TODAY, class1A);
            return null;
        }));
        assertEquals(Map.of("programmeArea", "enrolment.programmeArea.notOffered", "classId", "enrolment.class.invalid"),
                notOffered.fieldErrors());
        var options = asOffice.call(() -> enrolment.transferOptions(pupil, otherSchool, TODAY));
        assertEquals(java.util.List.of("STSSA1----"), options.programmeAreas());
        asOffice.call(() -> {
            enrolment.transfer(pupil, otherSchool, "STSSA1----", Level.VG1, TODAY, otherClass);
            return null;
        });
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(otherSchool + "|" + otherClass, db.value("SELECT school_id || '|' || school_class_id FROM student WHERE id = ?", pupil));
            assertEquals("2", db.value("SELECT count(*) FROM enrolment WHERE student_id = ?", pupil), "the history kept");
            assertEquals("TRANSFERRED", db.value("SELECT end_reason FROM enrolment WHERE active_to IS NOT NULL AND student_id = ?", pupil));
            assertEquals(Long.toString(otherClass), db.value("SELECT school_class_id FROM class_placement WHERE active_to IS NULL"
                    + " AND student_id = ?", pupil), "the receiving school's placement");
        }
        assertTrue(asOffice.call(() -> enrolment.history(pupil)).isEmpty(), "now the other school's office's pupil");
    }
}
