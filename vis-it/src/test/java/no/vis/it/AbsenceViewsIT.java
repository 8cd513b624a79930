package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import no.vis.absence.AbsenceCodeService;
import no.vis.absence.AbsenceKind;
import no.vis.absence.AbsencePeriod;
import no.vis.absence.AbsenceService;
import no.vis.absence.AbsenceRequest;
import no.vis.absence.AbsenceRequestService;
import no.vis.absence.Band;
import no.vis.absence.ClassClosing;
import no.vis.absence.ClosingLine;
import no.vis.absence.ClosingService;
import no.vis.absence.DiplomaHalf;
import no.vis.absence.GuardianAbsence;
import no.vis.absence.PupilAbsence;
import no.vis.absence.RegisterEntry;
import no.vis.absence.RegisterService;
import no.vis.absence.RequestKind;
import no.vis.absence.RequestView;
import no.vis.absence.StandardCodeSet;
import no.vis.absence.SubjectAbsence;
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
 * The pupil's and the guardian's absence views against PostgreSQL (issue 12): the percentage is the
 * registered absence against the year's planned lessons from the timetable (a cancelled lesson left
 * out); the pupil sees every entry; a guardian sees the subjects always and the entries only where the
 * county shows them; another family's child is refused and logged. The half-year closed for the
 * vitnemål, flagged when the absence changes after, corrected by the office with a reason.
 */
@ExtendWith(ArquillianExtension.class)
class AbsenceViewsIT {

    static final Locale NB = Locale.forLanguageTag("nb");
    static final LocalDate TODAY = Today.inNorway();
    static final int START_YEAR = TODAY.getMonthValue() >= 8 ? TODAY.getYear() : TODAY.getYear() - 1;
    static final LocalDate FIRST = LocalDate.of(START_YEAR, 8, 1);
    static final LocalDate LAST = LocalDate.of(START_YEAR + 1, 7, 31);

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(AbsenceViewsIT.class, TestDb.class, TestPeople.class, Callers.class, Callers.Work.class,
                AsTeacher.class, AsPupil.class, AsGuardian.class, AsSystem.class, AsOfficeStaff.class, AsContactTeacher.class);
    }

    @Inject
    AbsenceService absences;

    @Inject
    RegisterService registers;

    @Inject
    AbsenceCodeService codes;

    @Inject
    AsTeacher asTeacher;

    @Inject
    AsPupil asPupil;

    @Inject
    AsGuardian asGuardian;

    @Inject
    AsSystem asSystem;

    @Inject
    AsOfficeStaff asOffice;

    @Inject
    no.vis.absence.ClassAbsenceService classAbsence;

    @Inject
    no.vis.absence.RegisterOverviewService overview;

    @Inject
    ClosingService closings;

    @Inject
    no.vis.absence.TermReportService termReports;

    @Inject
    no.vis.absence.HigherRiskService higherRisks;

    @Inject
    AbsenceRequestService requests;

    @Inject
    AsContactTeacher asContact;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private long county;
    private long lesson;
    private long otherChild;
    private long school;
    private long vg1;
    private long otherSchool;
    private long otherClass;
    private LocalDate absentOn;
    private LocalDate cancelledOn;

    @BeforeEach
    void school() throws Exception {
        String suffix = TestPeople.token();
        // a Monday of this school year that has been (the first Monday at the start of the year, else last week's)
        LocalDate lastMonday = TODAY.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        absentOn = lastMonday.isBefore(FIRST) ? FIRST.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)) : lastMonday;
        cancelledOn = LAST.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); // the year's last Monday
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            county = db.county("83", "Fraværsvisningsfylket");
            db.execute("UPDATE county SET guardians_see_absence_detail = FALSE, register_deadline_hours = 2160"
                    + " WHERE id = CAST(? AS BIGINT)", Long.toString(county));
            db.schoolYear(county, START_YEAR, FIRST, LAST, LocalDate.of(START_YEAR + 1, 1, 15));
            school = db.school(county, TestPeople.orgNumber(), "Visning vgs " + suffix);
            vg1 = db.schoolClass(school, START_YEAR, "1STA", "VG1");
            otherSchool = db.school(county, TestPeople.orgNumber(), "Annen vgs " + suffix);
            otherClass = db.schoolClass(otherSchool, START_YEAR, "1STB", "VG1");
            db.freshStaffWithId(AsOfficeStaff.ID, "Ola Kontor", county);
            db.roleOf(AsOfficeStaff.ID, school, "OFFICE");
            db.freshPupilWithId(AsPupil.ID, "Pia", "Elev", TODAY.minusYears(16), school, vg1);
            db.execute("DELETE FROM absence_change WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM absence WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM absence_closing WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM absence_request WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM absence_higher_risk WHERE student_id = " + AsPupil.ID);
            db.freshGuardianWithId(AsGuardian.ID, "Gro", "Visning");
            db.guardianship(AsGuardian.ID, AsPupil.ID, TODAY.minusYears(16), null);
            otherChild = db.pupil(new TestPeople().next().value(), "Fremmed", "Barn" + suffix, TODAY.minusYears(16), school, vg1);
            db.freshStaffWithId(AsContactTeacher.ID, "Kai Kontakt", county);
            db.roleOf(AsContactTeacher.ID, school, "CONTACT_TEACHER");
            db.contactTeacher(vg1, AsContactTeacher.ID, FIRST);
            db.freshStaffWithId(AsTeacher.ID, "Tea Lærer", county);
            db.roleOf(AsTeacher.ID, school, "TEACHER");
            long norwegian = db.teachingGroup(school, START_YEAR, "1STA-NOR", "NOR1260", vg1);
            db.groupMember(norwegian, AsPupil.ID, FIRST, null);
            db.groupMember(norwegian, otherChild, FIRST, null);
            lesson = db.lesson(norwegian, 1, "08:15", "09:45", null, "EVERY", FIRST, AsTeacher.ID);
            db.execute("INSERT INTO lesson_change (id, teaching_group_id, lesson_id, original_day, kind, changed_at, changed_by, version)"
                    + " VALUES (nextval('lesson_change_seq'), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DATE), 'CANCELLED',"
                    + " CURRENT_TIMESTAMP, 'test', 1)", Long.toString(norwegian), Long.toString(lesson), cancelledOn.toString());
        }
        asSystem.call(() -> codes.startFrom(county, StandardCodeSet.INSCHOOL, FIRST));
        asTeacher.call(() -> registers.save("L" + lesson + "-" + absentOn, -1,
                List.of(new RegisterEntry(AsPupil.ID, AbsenceKind.ABSENT, null, null)), null));
    }

    /** The year's Mondays, less the cancelled one, 90 minutes each. */
    private static int plannedYearMinutes() {
        int mondays = 0;
        for (LocalDate d = FIRST.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !d.isAfter(LAST); d = d.plusWeeks(1)) {
            mondays++;
        }
        return (mondays - 1) * 90;
    }

    private long lines(String actor, String category, String action) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return Long.parseLong(db.text("SELECT COUNT(*) FROM access_log WHERE actor = ? AND subject_id = ? AND category = ?"
                    + " AND action = ?", actor, AsPupil.ID, category, action));
        }
    }

    @Test
    void thePupilSeesTheSubjectAgainstThePlannedLessonsAndEveryEntry() throws Exception {
        long before = lines(AsPupil.PRINCIPAL, "ABSENCE_DETAIL", "READ");
        PupilAbsence mine = asPupil.call(() -> absences.myAbsence(NB));
        SubjectAbsence year = mine.getYear().stream().filter(s -> s.subjectCode().equals("NOR1260")).findFirst().orElseThrow();
        assertEquals(AbsencePeriod.YEAR, year.period());
        assertEquals(plannedYearMinutes(), year.plannedMinutes(), "every Monday of the year but the cancelled one");
        assertEquals(90, year.count().countedMinutes());
        assertEquals(BigDecimal.valueOf(9000).divide(BigDecimal.valueOf(plannedYearMinutes()), 2, RoundingMode.HALF_UP), year.percent());
        assertEquals(Band.BELOW, year.band());
        assertEquals(1, mine.getHalf().size(), "the current half-year too");
        assertTrue(mine.detail());
        assertEquals(1, mine.entries().size());
        assertEquals(absentOn, mine.entries().get(0).day());
        assertEquals("X", mine.entries().get(0).code());
        assertEquals(90, mine.totalMinutes());
        assertEquals(before + 1, lines(AsPupil.PRINCIPAL, "ABSENCE_DETAIL", "READ"), "the read is logged");
    }

    @Test
    void aGuardianSeesTheSubjectsAlwaysAndTheEntriesOnlyWhereTheCountyShowsThem() throws Exception {
        // the same guardian and pupil ids serve other test classes: count this test's lines
        long detailBefore = lines(AsGuardian.PRINCIPAL, "ABSENCE_DETAIL", "READ");
        long historyBefore = lines(AsGuardian.PRINCIPAL, "HISTORY", "READ");
        GuardianAbsence page = asGuardian.call(() -> absences.guardianAbsence(null, NB));
        assertEquals(AsPupil.ID, page.chosen().pupilId());
        assertEquals(90, page.absence().getYear().get(0).count().countedMinutes(), "the subject's absence: always");
        assertFalse(page.absence().detail(), "the county's default: no detail");
        assertTrue(page.absence().entries().isEmpty());
        assertEquals(detailBefore, lines(AsGuardian.PRINCIPAL, "ABSENCE_DETAIL", "READ"));
        assertEquals(historyBefore + 1, lines(AsGuardian.PRINCIPAL, "HISTORY", "READ"));

        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("UPDATE county SET guardians_see_absence_detail = TRUE WHERE id = CAST(? AS BIGINT)", Long.toString(county));
        }
        GuardianAbsence shown = asGuardian.call(() -> absences.guardianAbsence(AsPupil.ID, NB));
        assertTrue(shown.absence().detail());
        assertEquals(1, shown.absence().entries().size());
        assertEquals(detailBefore + 1, lines(AsGuardian.PRINCIPAL, "ABSENCE_DETAIL", "READ"), "detail read, and logged");

        // another family's child: nothing shown, the attempt logged
        GuardianAbsence other = asGuardian.call(() -> absences.guardianAbsence(otherChild, NB));
        assertNull(other.absence());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals("1", db.text("SELECT COUNT(*) FROM access_log WHERE actor = ? AND subject_id = ? AND action = 'REFUSED'"
                    + " AND purpose = 'guardian-absence'", AsGuardian.PRINCIPAL, otherChild));
        }
    }

    @Test
    void theOfficeSeesItsOwnSchoolsClassGridAndRegistersNotAnotherSchools() throws Exception {
        var grid = asOffice.call(() -> classAbsence.grid(vg1, AbsencePeriod.YEAR, NB)).orElseThrow();
        var pia = grid.rows().stream().filter(r -> r.pupilId() == AsPupil.ID).findFirst().orElseThrow();
        assertEquals(90, pia.of("NOR1260").count().countedMinutes());
        assertTrue(asOffice.call(() -> overview.notTaken(school, absentOn, NB)).isPresent());

        long refusedBefore = Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'class-absence'", AsOfficeStaff.PRINCIPAL));
        assertTrue(asOffice.call(() -> classAbsence.grid(otherClass, null, NB)).isEmpty(), "another school's class");
        assertEquals(refusedBefore + 1, Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'class-absence'", AsOfficeStaff.PRINCIPAL)), "the attempt is logged");
        assertTrue(asOffice.call(() -> overview.notTaken(otherSchool, absentOn, NB)).isEmpty(), "another school's registers");
    }

    @Test
    void aDocumentedHigherRiskConditionMakesSelfCertifiedHealthAbsenceCountOnlyUpToTheLimit() throws Exception {
        // six whole Mondays self-certified ill (540 minutes), over the year's limit (a tenth of the planned time)
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("DELETE FROM absence WHERE student_id = " + AsPupil.ID);
            String group = db.text("SELECT teaching_group_id FROM lesson WHERE id = ?", lesson);
            String code = db.text("SELECT id FROM absence_code WHERE county_id = ? AND code = 'X'", county);
            LocalDate monday = FIRST.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            for (int i = 0; i < 6; i++, monday = monday.plusWeeks(1)) {
                String register = db.text("SELECT nextval('lesson_register_seq')");
                db.execute("INSERT INTO lesson_register (id, occurrence_key, teaching_group_id, school_id, held_on, starts_at, ends_at,"
                        + " taken_at, taken_by, version) VALUES (CAST(? AS BIGINT), ?, CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DATE),"
                        + " 495, 585, CURRENT_TIMESTAMP, 'test', 1)", register, "R" + TestPeople.token() + i, group, Long.toString(school),
                        monday.toString());
                db.execute("INSERT INTO absence (id, lesson_register_id, student_id, on_day, subject_code, kind, minutes, absence_code_id,"
                        + " documentation, registered_at, registered_by, version) VALUES (nextval('absence_seq'), CAST(? AS BIGINT),"
                        + " CAST(? AS BIGINT), CAST(? AS DATE), 'NOR1260', 'ABSENT', 90, CAST(? AS BIGINT), 'HEALTH_SELF_CERTIFIED',"
                        + " CURRENT_TIMESTAMP, 'test', 1)", register, Long.toString(AsPupil.ID), monday.toString(), code);
            }
        }
        assertEquals(540, piasYear(), "self-certified: every minute counts");
        long changedBefore = Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE subject_id = ? AND purpose = 'absence-higher-risk'"
                + " AND action = 'CHANGE'", AsPupil.ID));

        // the contact teacher records that health personnel documented a condition with a higher risk of absence
        var bad = assertThrows(no.vis.common.InvalidInputException.class, () -> asContact.call(() -> {
            higherRisks.record(vg1, AsPupil.ID, TODAY.plusDays(1), FIRST, FIRST.minusDays(1));
            return null;
        }));
        assertEquals(java.util.Set.of("documentedOn", "to"), bad.fieldErrors().keySet());
        asContact.call(() -> {
            higherRisks.record(vg1, AsPupil.ID, FIRST, FIRST, null);
            return null;
        });
        assertEquals(plannedYearMinutes() / 10, piasYear(), "as documented health absence: up to the limit");
        var listed = asContact.call(() -> higherRisks.ofClass(vg1));
        assertEquals(1, listed.size());
        assertTrue(listed.get(0).holdsToday());
        assertEquals(changedBefore + 1, Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE subject_id = ?"
                + " AND purpose = 'absence-higher-risk' AND action = 'CHANGE'", AsPupil.ID)), "recorded, and logged");

        // recorded by mistake: removed, and the absence counts whole again
        asOffice.call(() -> {
            higherRisks.end(vg1, listed.get(0).id(), null);
            return null;
        });
        assertEquals(540, piasYear());
        assertEquals(changedBefore + 2, Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE subject_id = ?"
                + " AND purpose = 'absence-higher-risk' AND action = 'CHANGE'", AsPupil.ID)), "removed, and logged");

        // recorded again with its last day, then ended from today (the day after the first): no longer holding, not twice
        asContact.call(() -> {
            higherRisks.record(vg1, AsPupil.ID, FIRST, FIRST, LAST);
            return null;
        });
        long id = asContact.call(() -> higherRisks.ofClass(vg1)).get(0).id();
        assertEquals(LAST, asContact.call(() -> higherRisks.ofClass(vg1)).get(0).lastDay(), "the last day as entered");
        LocalDate endOn = TODAY.isAfter(FIRST) ? TODAY : FIRST.plusDays(1);
        asContact.call(() -> {
            higherRisks.end(vg1, id, endOn);
            return null;
        });
        var ended = asContact.call(() -> higherRisks.ofClass(vg1)).get(0);
        assertEquals(endOn.minusDays(1), ended.lastDay());
        assertFalse(ended.holdsToday() && !endOn.isAfter(TODAY));
        var twice = assertThrows(no.vis.common.InvalidInputException.class, () -> asContact.call(() -> {
            higherRisks.end(vg1, id, endOn);
            return null;
        }));
        assertEquals("higherRisk.endOn.ended", twice.fieldErrors().get("endOn"));

        // another school's office cannot see or record the class's
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("DELETE FROM staff_role WHERE staff_member_id = " + AsOfficeStaff.ID);
            db.roleOf(AsOfficeStaff.ID, otherSchool, "OFFICE");
        }
        var refused = assertThrows(no.vis.common.BusinessException.class, () -> asOffice.call(() -> higherRisks.ofClass(vg1)));
        assertEquals("higherRisk.notYourClass", refused.messageKey());
    }

    /** Pia's counted minutes of the year in the class's grid, as her contact teacher sees it. */
    private int piasYear() throws Exception {
        var grid = asContact.call(() -> classAbsence.grid(vg1, AbsencePeriod.YEAR, NB)).orElseThrow();
        return grid.rows().stream().filter(r -> r.pupilId() == AsPupil.ID).findFirst().orElseThrow().of("NOR1260").count().countedMinutes();
    }

    @Test
    void theTermReportToLanekassenSaysWhoMetAndWhoDroppedOutForTheOfficeOfTheSchoolOnly() throws Exception {
        AbsencePeriod half = absentOn.isBefore(LocalDate.of(START_YEAR + 1, 1, 15)) ? AbsencePeriod.FIRST_HALF : AbsencePeriod.SECOND_HALF;
        long thirdPupil;
        long fourthPupil;
        long fifthPupil;
        LocalDate termEnd = half == AbsencePeriod.FIRST_HALF ? LocalDate.of(START_YEAR + 1, 1, 14) : LAST;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.enrolment(AsPupil.ID, school, "STSSA1----", "VG1", FIRST, null, null);
            // left the school the day after the register: the last day is the register's
            db.enrolment(otherChild, school, "STSSA1----", "VG1", FIRST, absentOn.plusDays(1), "DROPPED_OUT");
            // enrolled, in no group yet: nothing to say
            thirdPupil = db.pupil(new TestPeople().next().value(), "Tredje", "Elev" + TestPeople.token(), TODAY.minusYears(16), school, vg1);
            db.enrolment(thirdPupil, school, "STSSA1----", "VG1", FIRST, null, null);
            // at another school: not this school's report
            db.enrolment(otherChild, otherSchool, "STSSA1----", "VG1", absentOn.plusDays(1), null, null);
            // came to the school the day after the register (in the group already): the register is not theirs to have met in
            fourthPupil = db.pupil(new TestPeople().next().value(), "Fjerde", "Elev" + TestPeople.token(), TODAY.minusYears(16), school, vg1);
            db.enrolment(fourthPupil, school, "STSSA1----", "VG1", absentOn.plusDays(1), null, null);
            db.groupMember(Long.parseLong(db.text("SELECT teaching_group_id FROM lesson WHERE id = ?", lesson)), fourthPupil, FIRST, null);
            // left on the term's last day (the enrolment ends the day after it): a dropout of this term
            fifthPupil = db.pupil(new TestPeople().next().value(), "Femte", "Elev" + TestPeople.token(), TODAY.minusYears(16), school, vg1);
            db.enrolment(fifthPupil, school, "STSSA1----", "VG1", FIRST, termEnd.plusDays(1), "DROPPED_OUT");
        }
        no.vis.absence.TermReport report = asOffice.call(() -> termReports.report(school, half)).orElseThrow();
        assertEquals(half, report.half());
        assertEquals(5, report.lines().size(), "the pupils enrolled at the school in the term");
        var pia = report.lines().stream().filter(l -> l.pupilId() == AsPupil.ID).findFirst().orElseThrow();
        assertEquals(no.vis.absence.TermAttendance.NOT_MET, pia.attendance(), "absent from the only register taken");
        assertEquals(1, pia.registersTaken());
        assertNull(pia.lastDay());
        var other = report.lines().stream().filter(l -> l.pupilId() == otherChild).findFirst().orElseThrow();
        assertEquals(no.vis.absence.TermAttendance.MET, other.attendance(), "present in the register");
        assertEquals(absentOn, other.firstPresent());
        assertEquals(absentOn, other.lastDay(), "the enrolment ended the day after");
        assertTrue(other.dropout());
        var third = report.lines().stream().filter(l -> l.pupilId() == thirdPupil).findFirst().orElseThrow();
        assertEquals(no.vis.absence.TermAttendance.NOT_YET, third.attendance());
        var fourth = report.lines().stream().filter(l -> l.pupilId() == fourthPupil).findFirst().orElseThrow();
        assertEquals(no.vis.absence.TermAttendance.NOT_YET, fourth.attendance(), "the register was before they came");
        var fifth = report.lines().stream().filter(l -> l.pupilId() == fifthPupil).findFirst().orElseThrow();
        assertEquals(termEnd, fifth.lastDay());
        assertTrue(fifth.dropout());
        assertEquals(2, report.dropouts());
        assertEquals(1, report.count(no.vis.absence.TermAttendance.MET));

        // late to the lesson is presence: Pia has met
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("UPDATE absence SET kind = 'LATE', minutes = 10 WHERE student_id = " + AsPupil.ID);
        }
        assertEquals(no.vis.absence.TermAttendance.MET, asOffice.call(() -> termReports.report(school, half)).orElseThrow().lines().stream()
                .filter(l -> l.pupilId() == AsPupil.ID).findFirst().orElseThrow().attendance());
        assertEquals("2", value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND subject_id = ? AND purpose = 'lanekassen-term-report'"
                + " AND action = 'READ'", AsOfficeStaff.PRINCIPAL, thirdPupil), "every pupil shown is logged, at each of the two reports");

        long refusedBefore = Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'lanekassen-term-report'", AsOfficeStaff.PRINCIPAL));
        assertTrue(asOffice.call(() -> termReports.report(otherSchool, half)).isEmpty(), "another school's report");
        assertEquals(refusedBefore + 1, Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'lanekassen-term-report'", AsOfficeStaff.PRINCIPAL)));
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> asTeacher.call(() -> termReports.report(school, half)))),
                "a teacher has no report");
    }

    @Test
    void theHalfYearIsClosedForTheDiplomaFlaggedWhenTheAbsenceChangesAndCorrectedByTheOffice() throws Exception {
        AbsencePeriod half = absentOn.isBefore(LocalDate.of(START_YEAR + 1, 1, 15)) ? AbsencePeriod.FIRST_HALF : AbsencePeriod.SECOND_HALF;
        ClassClosing before = asOffice.call(() -> closings.classClosing(vg1, half)).orElseThrow();
        DiplomaHalf pia = lineOf(before).totals();
        assertFalse(before.isClosed());
        assertFalse(pia.closed(), "preliminary");
        assertEquals(0, pia.printedDays());
        assertEquals(2, pia.printedHours(), "90 minutes are 1.5 clock hours: 2, never a day");

        assertEquals(2, asOffice.call(() -> closings.close(vg1, half)), "both pupils of the class");
        ClassClosing closed = asOffice.call(() -> closings.classClosing(vg1, half)).orElseThrow();
        assertTrue(closed.isClosed());
        assertTrue(lineOf(closed).totals().closed());
        assertEquals(0, closed.changedSinceClosing());

        // the teacher changes the register after the closing: late 10 minutes (lateness does not count here)
        String key = "L" + lesson + "-" + absentOn;
        long version = asTeacher.call(() -> registers.open(key, NB)).version();
        asTeacher.call(() -> registers.save(key, version, List.of(new RegisterEntry(AsPupil.ID, AbsenceKind.LATE, 10, null)), "late"));
        ClassClosing changed = asOffice.call(() -> closings.classClosing(vg1, half)).orElseThrow();
        assertEquals(1, changed.changedSinceClosing(), "flagged, not copied");
        assertEquals(2, lineOf(changed).totals().printedHours(), "what is printed is the closing's until closed again");
        assertEquals(0, lineOf(changed).totals().now().hours());

        // the office corrects, with a reason
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> asOffice.call(() -> { closings.correct(vg1, AsPupil.ID, half, 1, 5, " "); return null; }));
        assertEquals("closing.reason.required", noReason.fieldErrors().get("reason"));
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> asOffice.call(() -> { closings.correct(vg1, AsPupil.ID, half, -1, 5, "x"); return null; }));
        assertEquals("closing.days.range", negative.fieldErrors().get("days"));
        asOffice.call(() -> { closings.correct(vg1, AsPupil.ID, half, 1, 5, "Fravær fra forrige skole"); return null; });
        ClosingLine corrected = lineOf(asOffice.call(() -> closings.classClosing(vg1, half)).orElseThrow());
        assertTrue(corrected.totals().corrected());
        assertEquals(1, corrected.totals().printedDays());
        assertEquals(5, corrected.totals().printedHours());
        assertEquals("Fravær fra forrige skole", corrected.correctionReason());

        // closing again keeps the correction; the pupil sees what is printed
        asOffice.call(() -> closings.close(vg1, half));
        DiplomaHalf mine = asPupil.call(() -> absences.myAbsence(NB)).diploma().stream().filter(d -> d.half() == half)
                .findFirst().orElseThrow();
        assertTrue(mine.closed());
        assertEquals(5, mine.printedHours());
        assertFalse(mine.changedSinceClosing());

        // another school's class: nothing, and logged
        long refusedBefore = Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'absence-closing'", AsOfficeStaff.PRINCIPAL));
        assertTrue(asOffice.call(() -> closings.classClosing(otherClass, half)).isEmpty());
        assertEquals(refusedBefore + 1, Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'absence-closing'", AsOfficeStaff.PRINCIPAL)));
        // a teacher who is not a contact teacher has no access at all
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asTeacher.call(() -> closings.classClosing(vg1, half)));
    }

    @Test
    void aPupilAsksForDocumentationOrSaysTheyWerePresentAndTheContactTeacherDecides() throws Exception {
        long absenceId = asPupil.call(() -> absences.myAbsence(NB)).entries().get(0).absenceId();
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> asPupil.call(() -> requests.send(absenceId, null)));
        assertEquals("request.kind.required", none.fieldErrors().get("kind"));
        long first = asPupil.call(() -> requests.send(absenceId, RequestKind.HEALTH_DOCUMENTED));
        BusinessException twice = assertThrows(BusinessException.class,
                () -> asPupil.call(() -> requests.send(absenceId, RequestKind.OTHER_GROUND)));
        assertEquals("request.alreadySent", twice.messageKey(), "one open request an absence");
        // another pupil's absence: refused, and the attempt logged
        String key = "L" + lesson + "-" + absentOn;
        long version = asTeacher.call(() -> registers.open(key, NB)).version();
        asTeacher.call(() -> registers.save(key, version, List.of(new RegisterEntry(AsPupil.ID, AbsenceKind.ABSENT, null, null),
                new RegisterEntry(otherChild, AbsenceKind.ABSENT, null, null)), null));
        long othersAbsence = Long.parseLong(value("SELECT id FROM absence WHERE student_id = ?", otherChild));
        long refusedBefore = Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'absence-request'", AsPupil.PRINCIPAL));
        BusinessException notMine = assertThrows(BusinessException.class,
                () -> asPupil.call(() -> requests.send(othersAbsence, RequestKind.WAS_PRESENT)));
        assertEquals("request.notYours", notMine.messageKey());
        assertEquals(refusedBefore + 1, Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'absence-request'", AsPupil.PRINCIPAL)));

        List<RequestView> open = asContact.call(() -> requests.openForClass(vg1, TODAY, NB));
        assertEquals(List.of(first), open.stream().map(RequestView::id).toList());
        assertEquals("Pia Elev", open.get(0).pupilName());
        asContact.call(() -> {
            requests.decide(first, true, null);
            return null;
        });
        assertEquals("HEALTH_DOCUMENTED", value("SELECT documentation FROM absence WHERE id = ?", absenceId));
        assertEquals("1", value("SELECT COUNT(*) FROM absence_change WHERE student_id = ? AND reason LIKE 'pupil''s request%'", AsPupil.ID));
        assertEquals(AbsenceRequest.Status.ACCEPTED, asPupil.call(() -> requests.mine(NB)).get(0).status());
        InvalidInputException already = assertThrows(InvalidInputException.class,
                () -> asPupil.call(() -> requests.send(absenceId, RequestKind.HEALTH_DOCUMENTED)));
        assertEquals("request.kind.already", already.fieldErrors().get("kind"));

        // "I was present": a rejection needs its reason; accepted, the absence goes
        long second = asPupil.call(() -> requests.send(absenceId, RequestKind.WAS_PRESENT));
        BusinessException noReason = assertThrows(BusinessException.class, () -> asContact.call(() -> {
            requests.decide(second, false, null);
            return null;
        }));
        assertEquals("request.rejection.required", noReason.messageKey());
        asContact.call(() -> {
            requests.decide(second, false, AbsenceRequest.Rejection.REGISTERED_CORRECTLY);
            return null;
        });
        RequestView rejected = asPupil.call(() -> requests.mine(NB)).stream().filter(r -> r.id() == second).findFirst().orElseThrow();
        assertEquals(AbsenceRequest.Status.REJECTED, rejected.status());
        assertEquals(AbsenceRequest.Rejection.REGISTERED_CORRECTLY, rejected.rejection());
        long third = asPupil.call(() -> requests.send(absenceId, RequestKind.WAS_PRESENT));
        asContact.call(() -> {
            requests.decide(third, true, null);
            return null;
        });
        assertEquals("0", value("SELECT COUNT(*) FROM absence WHERE id = ?", absenceId), "present: the absence is gone");
        BusinessException decided = assertThrows(BusinessException.class, () -> asContact.call(() -> {
            requests.decide(third, false, AbsenceRequest.Rejection.NO_DOCUMENTATION);
            return null;
        }));
        assertEquals("request.decided", decided.messageKey());
    }

    private static ClosingLine lineOf(ClassClosing closing) {
        return closing.lines().stream().filter(l -> l.pupilId() == AsPupil.ID).findFirst().orElseThrow();
    }

    private String value(String sql, Object... parameters) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return db.text(sql, parameters);
        }
    }
}
