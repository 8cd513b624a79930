package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import javax.sql.DataSource;
import no.vis.absence.AbsenceCodeService;
import no.vis.absence.AbsenceKind;
import no.vis.absence.AbsenceReport;
import no.vis.absence.AbsenceReportService;
import no.vis.absence.RegisterEntry;
import no.vis.absence.RegisterService;
import no.vis.absence.ReportCategory;
import no.vis.absence.ReportForm;
import no.vis.absence.ReportView;
import no.vis.absence.StandardCodeSet;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Absence reported from home against PostgreSQL (issue 12): a guardian's report of a child under 18
 * (a double submit is one report; bad days and times are field errors); another family's child is
 * refused and logged; a pupil under 18 may not report, one of 18 may; the report reaches the contact
 * teacher, who links it to the registered absence — which becomes health, self-certified — and the
 * guardian sees it handled.
 */
@ExtendWith(ArquillianExtension.class)
class AbsenceReportIT {

    static final LocalDate TODAY = Today.inNorway();
    static final LocalDate MONDAY = TODAY.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    static final int START_YEAR = MONDAY.getMonthValue() >= 8 ? MONDAY.getYear() : MONDAY.getYear() - 1;
    static final LocalDate FIRST = LocalDate.of(START_YEAR, 8, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(AbsenceReportIT.class, TestDb.class, TestPeople.class, Callers.class, Callers.Work.class,
                AsTeacher.class, AsContactTeacher.class, AsPupil.class, AsGuardian.class, AsSystem.class);
    }

    @Inject
    AbsenceReportService reports;

    @Inject
    RegisterService registers;

    @Inject
    AbsenceCodeService codes;

    @Inject
    AsTeacher asTeacher;

    @Inject
    AsContactTeacher asContact;

    @Inject
    AsPupil asPupil;

    @Inject
    AsGuardian asGuardian;

    @Inject
    AsSystem asSystem;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private long county;
    private long vg1;
    private long lesson;
    private long otherChild;

    @BeforeEach
    void school() throws Exception {
        String suffix = TestPeople.token();
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            county = db.county("84", "Meldefylket");
            db.execute("UPDATE county SET register_deadline_hours = 2160 WHERE id = CAST(? AS BIGINT)", Long.toString(county));
            db.schoolYear(county, START_YEAR, FIRST, LocalDate.of(START_YEAR + 1, 7, 31), LocalDate.of(START_YEAR + 1, 1, 15));
            long school = db.school(county, TestPeople.orgNumber(), "Melding vgs " + suffix);
            vg1 = db.schoolClass(school, START_YEAR, "1STA", "VG1");
            db.freshPupilWithId(AsPupil.ID, "Pia", "Elev", TODAY.minusYears(16), school, vg1);
            db.execute("DELETE FROM absence_change WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM absence WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM absence_report WHERE student_id = " + AsPupil.ID);
            db.freshGuardianWithId(AsGuardian.ID, "Gro", "Melding");
            db.guardianship(AsGuardian.ID, AsPupil.ID, TODAY.minusYears(16), null);
            otherChild = db.pupil(new TestPeople().next().value(), "Fremmed", "Barn" + suffix, TODAY.minusYears(16), school, vg1);
            db.freshStaffWithId(AsTeacher.ID, "Tea Lærer", county);
            db.roleOf(AsTeacher.ID, school, "TEACHER");
            db.freshStaffWithId(AsContactTeacher.ID, "Kai Kontakt", county);
            db.roleOf(AsContactTeacher.ID, school, "CONTACT_TEACHER");
            db.contactTeacher(vg1, AsContactTeacher.ID, FIRST);
            long norwegian = db.teachingGroup(school, START_YEAR, "1STA-NOR", "NOR1260", vg1);
            db.groupMember(norwegian, AsPupil.ID, FIRST, null);
            lesson = db.lesson(norwegian, 1, "08:15", "09:45", null, "EVERY", FIRST, AsTeacher.ID);
        }
        asSystem.call(() -> codes.startFrom(county, StandardCodeSet.INSCHOOL, FIRST));
    }

    private static ReportForm form(LocalDate from, LocalDate to, String key) {
        return new ReportForm(from, to, null, null, ReportCategory.ILL, key);
    }

    private String value(String sql, Object... parameters) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return db.text(sql, parameters);
        }
    }

    @Test
    void aGuardiansReportIsOneReportAndBadDaysAreFieldErrors() throws Exception {
        long id = asGuardian.call(() -> reports.reportForChild(AsPupil.ID, form(TODAY, TODAY.plusDays(2), "key-1")));
        assertEquals(id, asGuardian.call(() -> reports.reportForChild(AsPupil.ID, form(TODAY, TODAY.plusDays(2), "key-1"))),
                "the same form sent twice: one report");
        assertEquals("1", value("SELECT COUNT(*) FROM absence_report WHERE student_id = ?", AsPupil.ID));
        assertEquals(AsGuardian.PRINCIPAL + "|GUARDIAN|SENT", value("SELECT reporter || '|' || reporter_kind || '|' || status"
                + " FROM absence_report WHERE id = ?", id));

        InvalidInputException past = assertThrows(InvalidInputException.class, () -> asGuardian.call(() -> reports.reportForChild(
                AsPupil.ID, form(TODAY.minusDays(1), null, "key-2"))));
        assertEquals("report.from.past", past.fieldErrors().get("from"));
        InvalidInputException span = assertThrows(InvalidInputException.class, () -> asGuardian.call(() -> reports.reportForChild(
                AsPupil.ID, form(TODAY, TODAY.plusDays(20), "key-3"))));
        assertEquals("report.to.tooLong", span.fieldErrors().get("to"));
        InvalidInputException times = assertThrows(InvalidInputException.class, () -> asGuardian.call(() -> reports.reportForChild(
                AsPupil.ID, new ReportForm(TODAY, TODAY.plusDays(1), LocalTime.of(10, 0), LocalTime.of(9, 0), null, "key-4"))));
        assertEquals("report.time.order", times.fieldErrors().get("toTime"));
        assertEquals("report.category.required", times.fieldErrors().get("category"));
        assertEquals("1", value("SELECT COUNT(*) FROM absence_report WHERE student_id = ?", AsPupil.ID), "nothing more written");

        BusinessException other = assertThrows(BusinessException.class, () -> asGuardian.call(() -> reports.reportForChild(otherChild,
                form(TODAY, null, "key-5"))));
        assertEquals("report.notYourChild", other.messageKey());
        assertEquals("1", value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND subject_id = ? AND action = 'REFUSED'"
                + " AND purpose = 'absence-report'", AsGuardian.PRINCIPAL, otherChild));
    }

    @Test
    void aPupilReportsTheirOwnOnlyFrom18() throws Exception {
        BusinessException young = assertThrows(BusinessException.class, () -> asPupil.call(() -> reports.reportMine(form(TODAY, null, "p-1"))));
        assertEquals("report.underAge", young.messageKey());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("UPDATE student SET birth_date = CAST(? AS DATE) WHERE id = " + AsPupil.ID, TODAY.minusYears(18).toString());
            // both consents: the guardian still sees the pupil, but no longer reports for them
            db.consent(AsPupil.ID, AsGuardian.ID, "PUPIL", TODAY.minusDays(5), null);
            db.consent(AsPupil.ID, AsGuardian.ID, "GUARDIAN", TODAY.minusDays(5), null);
        }
        asPupil.call(() -> reports.reportMine(form(TODAY, null, "p-2")));
        assertEquals("PUPIL", value("SELECT reporter_kind FROM absence_report WHERE student_id = ?", AsPupil.ID));
        BusinessException guardian = assertThrows(BusinessException.class, () -> asGuardian.call(() -> reports.reportForChild(AsPupil.ID,
                form(TODAY, null, "g-1"))));
        assertEquals("report.ofAge", guardian.messageKey(), "of age: the pupil reports, not the guardian");
    }

    @Test
    void theContactTeacherLinksTheReportAndTheAbsenceBecomesSelfCertified() throws Exception {
        long id = asGuardian.call(() -> reports.reportForChild(AsPupil.ID, form(TODAY, null, "link-1")));
        // the report was made last Monday morning, and the teacher registered the absence that day
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("UPDATE absence_report SET from_day = CAST(? AS DATE), to_day = CAST(? AS DATE) WHERE id = " + id,
                    MONDAY.toString(), MONDAY.toString());
        }
        asTeacher.call(() -> registers.save("L" + lesson + "-" + MONDAY, -1,
                List.of(new RegisterEntry(AsPupil.ID, AbsenceKind.ABSENT, null, null)), null));
        assertEquals("UNDOCUMENTED", value("SELECT documentation FROM absence WHERE student_id = ?", AsPupil.ID));

        List<ReportView> forClass = asContact.call(() -> reports.classReports(vg1, MONDAY));
        assertEquals(1, forClass.size());
        assertTrue(forClass.get(0).byGuardian());
        assertEquals(1, asContact.call(() -> reports.link(id)));
        assertEquals("HEALTH_SELF_CERTIFIED", value("SELECT documentation FROM absence WHERE student_id = ?", AsPupil.ID));
        assertEquals(AsContactTeacher.PRINCIPAL, value("SELECT changed_by FROM absence_change WHERE student_id = ?", AsPupil.ID));

        List<ReportView> mine = asGuardian.call(() -> reports.myReportsFor(AsPupil.ID));
        assertEquals(AbsenceReport.Status.LINKED, mine.get(0).status(), "the guardian sees it handled");
        // Pia moves to another class today: Monday's report stays with the class she was in on Monday
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            String school = db.text("SELECT school_id FROM school_class WHERE id = ?", vg1);
            long vg1b = db.schoolClass(Long.parseLong(school), START_YEAR, "1STB", "VG1");
            db.execute("DELETE FROM class_placement WHERE student_id = " + AsPupil.ID);
            db.execute("INSERT INTO class_placement (id, student_id, school_class_id, active_from, active_to, created_by, created_at, version)"
                    + " VALUES (nextval('class_placement_seq'), " + AsPupil.ID + ", " + vg1 + ", CAST(? AS DATE), CAST(? AS DATE), 'test',"
                    + " CURRENT_TIMESTAMP, 1)", FIRST.toString(), TODAY.toString());
            db.execute("INSERT INTO class_placement (id, student_id, school_class_id, active_from, created_by, created_at, version)"
                    + " VALUES (nextval('class_placement_seq'), " + AsPupil.ID + ", " + vg1b + ", CAST(? AS DATE), 'test', CURRENT_TIMESTAMP, 1)",
                    TODAY.toString());
            db.execute("UPDATE student SET school_class_id = " + vg1b + " WHERE id = " + AsPupil.ID);
        }
        assertEquals(1, asContact.call(() -> reports.classReports(vg1, MONDAY)).size(), "listed by the class on the report's day");
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("DELETE FROM class_placement WHERE student_id = " + AsPupil.ID);
        }

        // not the contact teacher of another class
        BusinessException notMine = assertThrows(BusinessException.class, () -> asContact.call(() -> reports.classReports(vg1 + 100_000, MONDAY)));
        assertEquals("dayAbsence.notYourClass", notMine.messageKey());
    }
}
