package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import no.vis.absence.AbsencePeriod;
import no.vis.absence.Band;
import no.vis.assessment.DiscretionService;
import no.vis.assessment.GradeEntry;
import no.vis.assessment.GradeLine;
import no.vis.assessment.GradeProtocolService;
import no.vis.assessment.GradeRoundService;
import no.vis.assessment.GradeSheet;
import no.vis.assessment.GradeValue;
import no.vis.assessment.History;
import no.vis.assessment.HistoryService;
import no.vis.assessment.ProtocolState;
import no.vis.assessment.RoundForm;
import no.vis.assessment.RoundKind;
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
 * Grades against PostgreSQL (issue 13): the teacher's protocol checks each grade against the subject's scale
 * and the absence limit (IV over 15 %; between 10 and 15 % a grade only after the principal's decision); a
 * save from an older page is refused; the office locks, and a change after the lock needs a reason and is
 * listed; the pupil and the guardian see a grade only from its publication time — the round's, or the
 * class's own — a second before nothing, a second after the grade.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    static final Locale NB = Locale.forLanguageTag("nb");
    static final LocalDate TODAY = Today.inNorway();
    static final int START_YEAR = TODAY.getMonthValue() >= 8 ? TODAY.getYear() : TODAY.getYear() - 1;
    static final LocalDate FIRST = LocalDate.of(START_YEAR, 8, 1);
    static final LocalDate LAST = LocalDate.of(START_YEAR + 1, 7, 31);
    static final LocalDate SECOND_HALF = LocalDate.of(START_YEAR + 1, 1, 15);

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(AssessmentIT.class, TestDb.class, TestPeople.class, Callers.class, Callers.Work.class,
                AsTeacher.class, AsPupil.class, AsGuardian.class, AsOfficeStaff.class, AsContactTeacher.class, AsCountyAdminStaff.class);
    }

    @Inject
    GradeProtocolService protocols;

    @Inject
    GradeRoundService rounds;

    @Inject
    HistoryService history;

    @Inject
    DiscretionService discretion;

    @Inject
    no.vis.assessment.FormativeService formative;

    @Inject
    no.vis.assessment.AssessmentSettingsService settings;

    @Inject
    AsCountyAdminStaff asCountyAdmin;

    @Inject
    AsTeacher asTeacher;

    @Inject
    AsPupil asPupil;

    @Inject
    AsGuardian asGuardian;

    @Inject
    AsOfficeStaff asOffice;

    @Inject
    AsContactTeacher asContact;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private long school;
    private long vg1;
    private long group;
    private long round;
    private long absent;
    private long classmate;

    @BeforeEach
    void school() throws Exception {
        String suffix = TestPeople.token();
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = db.county("84", "Karakterfylket");
            db.execute("UPDATE county SET lateness_counts = TRUE WHERE id = CAST(? AS BIGINT)", Long.toString(county));
            db.schoolYear(county, START_YEAR, FIRST, LAST, SECOND_HALF);
            db.absenceCodes(county, FIRST);
            school = db.school(county, TestPeople.orgNumber(), "Karakter vgs " + suffix);
            vg1 = db.schoolClass(school, START_YEAR, "1STA", "VG1");
            db.freshStaffWithId(AsOfficeStaff.ID, "Ola Kontor", county);
            db.roleOf(AsOfficeStaff.ID, school, "OFFICE");
            db.freshStaffWithId(AsTeacher.ID, "Tea Lærer", county);
            db.roleOf(AsTeacher.ID, school, "TEACHER");
            db.freshStaffWithId(AsContactTeacher.ID, "Kai Kontakt", county);
            db.roleOf(AsContactTeacher.ID, school, "CONTACT_TEACHER");
            db.freshPupilWithId(AsPupil.ID, "Pia", "Elev", TODAY.minusYears(16), school, vg1);
            db.execute("DELETE FROM absence_change WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM absence WHERE student_id = " + AsPupil.ID); // another test's
            db.freshGuardianWithId(AsGuardian.ID, "Gro", "Karakter");
            db.guardianship(AsGuardian.ID, AsPupil.ID, TODAY.minusYears(16), null);
            absent = db.pupil(new TestPeople().next().value(), "Borte", "Mye" + suffix, TODAY.minusYears(16), school, vg1);
            classmate = db.pupil(new TestPeople().next().value(), "Noe", "Borte" + suffix, TODAY.minusYears(16), school, vg1);
            group = db.teachingGroup(school, START_YEAR, "1STA-NOR", "NOR1260", vg1);
            for (long pupil : new long[] {AsPupil.ID, absent, classmate}) {
                db.groupMember(group, pupil, FIRST, null);
            }
            db.groupTeacher(group, AsTeacher.ID, FIRST);
            db.lesson(group, 1, "08:15", "09:45", null, "EVERY", FIRST, AsTeacher.ID);
            // over 15 % of the first half's lessons for one pupil, between 10 and 15 % for the other
            int planned = mondays(FIRST, SECOND_HALF) * 90;
            absence(db, county, absent, planned * 16 / 100 + 1);
            absence(db, county, classmate, planned * 12 / 100);
        }
        round = asOffice.call(() -> rounds.schedule(school, START_YEAR, new RoundForm(RoundKind.FIRST_HALF,
                LocalDateTime.now(Today.NORWAY).plusDays(1), LocalDateTime.now(Today.NORWAY).plusDays(2)))).getId();
    }

    private static int mondays(LocalDate from, LocalDate until) {
        int count = 0;
        for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); d.isBefore(until); d = d.plusWeeks(1)) {
            count++;
        }
        return count;
    }

    /** Undocumented absence of so many minutes on the first Mondays of the year, 90 at most a Monday. */
    private void absence(TestDb db, long county, long pupil, int minutes) throws Exception {
        String code = db.text("SELECT id FROM absence_code WHERE county_id = ? AND code = 'X'", county);
        LocalDate monday = FIRST.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int left = minutes; left > 0; left -= 90, monday = monday.plusWeeks(1)) {
            String register = db.text("SELECT nextval('lesson_register_seq')");
            db.execute("INSERT INTO lesson_register (id, occurrence_key, teaching_group_id, school_id, held_on, starts_at, ends_at,"
                    + " taken_at, taken_by, version) VALUES (CAST(? AS BIGINT), ?, CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DATE),"
                    + " 495, 585, CURRENT_TIMESTAMP, 'test', 1)", register, "G" + TestPeople.token(), Long.toString(group),
                    Long.toString(school), monday.toString());
            db.execute("INSERT INTO absence (id, lesson_register_id, student_id, on_day, subject_code, kind, minutes, absence_code_id,"
                    + " documentation, registered_at, registered_by, version) VALUES (nextval('absence_seq'), CAST(? AS BIGINT),"
                    + " CAST(? AS BIGINT), CAST(? AS DATE), 'NOR1260', ?, CAST(? AS INTEGER), CAST(? AS BIGINT), 'UNDOCUMENTED',"
                    + " CURRENT_TIMESTAMP, 'test', 1)", register, Long.toString(pupil), monday.toString(), left >= 90 ? "ABSENT" : "LATE",
                    Integer.toString(Math.min(90, left)), code);
        }
    }

    private static GradeLine line(GradeSheet sheet, long pupil) {
        return sheet.lines().stream().filter(l -> l.pupilId() == pupil).findFirst().orElseThrow();
    }

    private GradeSheet save(GradeSheet sheet, String reason, GradeEntry... entries) throws Exception {
        return asTeacher.call(() -> protocols.save(group, round, sheet.version(), List.of(entries), reason, NB));
    }

    private static GradeEntry grade(long pupil, String value) {
        return new GradeEntry(pupil, value, null, null);
    }

    private String value(String sql, Object... parameters) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return db.text(sql, parameters);
        }
    }

    @Test
    void theProtocolChecksTheScaleAndTheAbsenceLimitAndHonoursThePrincipalsDecision() throws Exception {
        GradeSheet sheet = asTeacher.call(() -> protocols.open(group, round, NB));
        assertEquals(-1, sheet.version(), "nothing saved yet");
        assertEquals(3, sheet.lines().size());
        assertTrue(sheet.editable());
        assertEquals(Band.NO_GRADE, line(sheet, absent).band());
        assertEquals(GradeValue.NOT_ASSESSED, line(sheet, absent).proposal(), "IV proposed over 15 %");
        assertEquals(Band.DISCRETION, line(sheet, classmate).band());
        assertEquals(GradeValue.NOT_ASSESSED, line(sheet, classmate).proposal(), "IV proposed without the principal's decision");
        assertNull(line(sheet, AsPupil.ID).proposal());

        var bad = assertThrows(InvalidInputException.class, () -> save(sheet, null, grade(AsPupil.ID, "7"), grade(absent, "4"),
                grade(classmate, "3"), new GradeEntry(123_456_789L, "4", null, null)));
        assertEquals(Map.of("value-" + AsPupil.ID, "grades.value.unknown", "value-" + absent, "grades.value.overLimit",
                "value-" + classmate, "grades.value.needsDiscretion", "value-123456789", "grades.pupil.notInGroup"), bad.fieldErrors());
        var scale = assertThrows(InvalidInputException.class, () -> save(sheet, null, grade(AsPupil.ID, "B"),
                new GradeEntry(absent, "F", null, null)));
        assertEquals(Map.of("value-" + AsPupil.ID, "grades.value.notOnScale", "remark-" + absent, "grades.remark.exemptNeedsCode"),
                scale.fieldErrors());
        assertEquals("0", value("SELECT COUNT(*) FROM grade WHERE grade_round_id = ?", round), "nothing written");

        GradeSheet saved = save(sheet, null, grade(AsPupil.ID, "5"), grade(absent, "iv"), grade(classmate, ""));
        assertEquals(GradeValue.FIVE, line(saved, AsPupil.ID).value());
        assertEquals(GradeValue.NOT_ASSESSED, line(saved, absent).value());
        assertNull(line(saved, classmate).value());
        var incomplete = assertThrows(BusinessException.class, () -> asTeacher.call(() -> protocols.submit(group, round, saved.version(), NB)));
        assertEquals("grades.submit.incomplete", incomplete.messageKey());

        // the principal decides the pupil between 10 and 15 % is to have a grade: the protocol follows
        var noReasons = assertThrows(InvalidInputException.class, () -> asOffice.call(() ->
                discretion.decide(classmate, "NOR1260", AbsencePeriod.FIRST_HALF, true, " ")));
        assertEquals(Map.of("reasons", "discretion.reasons.required"), noReasons.fieldErrors());
        var overLimit = assertThrows(BusinessException.class, () -> asOffice.call(() ->
                discretion.decide(absent, "NOR1260", AbsencePeriod.FIRST_HALF, true, "Langvarig sykdom")));
        assertEquals("discretion.notInBand", overLimit.messageKey(), "over 15 %: no discretion");
        asOffice.call(() -> discretion.decide(classmate, "NOR1260", AbsencePeriod.FIRST_HALF, true, "Dokumentert sykdom i familien"));
        GradeSheet decided = asTeacher.call(() -> protocols.open(group, round, NB));
        assertEquals(Boolean.TRUE, line(decided, classmate).discretion());
        assertNull(line(decided, classmate).proposal());
        GradeSheet complete = save(decided, null, grade(AsPupil.ID, "5"), grade(absent, "IV"), grade(classmate, "3"));
        GradeSheet submitted = asTeacher.call(() -> protocols.submit(group, round, complete.version(), NB));
        assertEquals(ProtocolState.SUBMITTED, submitted.state());
    }

    @Test
    void aSaveFromAnOlderPageIsRefusedWithNothingLost() throws Exception {
        GradeSheet first = asTeacher.call(() -> protocols.open(group, round, NB));
        GradeSheet second = asOffice.call(() -> protocols.open(group, round, NB));
        save(first, null, grade(AsPupil.ID, "4"));
        var refused = assertThrows(BusinessException.class, () -> asOffice.call(() ->
                protocols.save(group, round, second.version(), List.of(grade(AsPupil.ID, "2")), null, NB)));
        assertEquals("grades.changedMeanwhile", refused.messageKey());
        assertEquals("4", value("SELECT grade_value FROM grade WHERE grade_round_id = ? AND student_id = ?", round, AsPupil.ID));
    }

    @Test
    void anotherTeacherIsRefusedAndTheAttemptLogged() throws Exception {
        long before = Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED' AND purpose = 'grade-protocol'",
                AsContactTeacher.PRINCIPAL));
        var refused = assertThrows(BusinessException.class, () -> asContact.call(() -> protocols.open(group, round, NB)));
        assertEquals("grades.notYours", refused.messageKey());
        assertEquals(before + 1, Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'grade-protocol'", AsContactTeacher.PRINCIPAL)));
    }

    @Test
    void afterTheLockOnlyTheOfficeChangesAGradeWithAReasonAndTheChangeIsListed() throws Exception {
        GradeSheet saved = save(asTeacher.call(() -> protocols.open(group, round, NB)), null, grade(AsPupil.ID, "4"));
        GradeSheet locked = asOffice.call(() -> protocols.lock(group, round, saved.version(), true, NB));
        assertEquals(ProtocolState.LOCKED, locked.state());
        GradeSheet teachers = asTeacher.call(() -> protocols.open(group, round, NB));
        assertTrue(!teachers.editable(), "locked for the teachers");
        var closed = assertThrows(BusinessException.class, () -> save(teachers, null, grade(AsPupil.ID, "5")));
        assertEquals("grades.closed", closed.messageKey());
        var noReason = assertThrows(InvalidInputException.class, () -> asOffice.call(() ->
                protocols.save(group, round, locked.version(), List.of(grade(AsPupil.ID, "5")), null, NB)));
        assertEquals(Map.of("reason", "grades.reason.required"), noReason.fieldErrors());
        asOffice.call(() -> protocols.save(group, round, locked.version(), List.of(grade(AsPupil.ID, "5")), "Feil ved føring", NB));
        var changes = asOffice.call(() -> rounds.changes(round, true));
        assertEquals(1, changes.size());
        assertEquals("4", changes.get(0).oldValue());
        assertEquals("5", changes.get(0).newValue());
        assertEquals("Feil ved føring", changes.get(0).reason());
        assertEquals("Ola Kontor", changes.get(0).changedBy());
    }

    private History pupils() throws Exception {
        return asPupil.call(() -> history.myHistory(NB));
    }

    private static String firstHalf(History h) {
        return h.years().stream().filter(y -> y.schoolYear() == START_YEAR).flatMap(y -> y.subjects().stream())
                .filter(s -> s.subjectCode().equals("NOR1260")).map(s -> s.firstHalfCode()).findFirst().orElse(null);
    }

    @Test
    void pupilAndGuardianSeeAGradeOnlyFromItsPublicationTime() throws Exception {
        save(asTeacher.call(() -> protocols.open(group, round, NB)), null, grade(AsPupil.ID, "5"));
        assertNull(firstHalf(pupils()), "before the round's publication: nothing, not even the subject");
        assertNull(firstHalf(asGuardian.call(() -> history.childHistory(AsPupil.ID, NB)).history()));

        // the publication time two seconds from now: a second before, nothing; a second after, the grade
        LocalDateTime soon = LocalDateTime.now(Today.NORWAY).plusSeconds(2);
        asOffice.call(() -> rounds.schedule(school, START_YEAR, new RoundForm(RoundKind.FIRST_HALF, soon.minusDays(1), soon)));
        assertNull(firstHalf(pupils()), "a second before");
        Thread.sleep(java.time.Duration.between(LocalDateTime.now(Today.NORWAY), soon).toMillis() + 1000);
        assertEquals("5", firstHalf(pupils()), "a second after");
        assertEquals("5", firstHalf(asGuardian.call(() -> history.childHistory(AsPupil.ID, NB)).history()));

        assertTrue(pdfText(asPupil.call(() -> history.myHistoryPdf(NB))).contains("NOR1260"), "the PDF as the page");
        assertTrue(asGuardian.call(() -> history.childHistoryPdf(absent, NB)).isEmpty(), "another family's child");

        // the class's own publication time, later than the round's: hidden again until then
        asOffice.call(() -> rounds.classPublishAt(round, vg1, LocalDateTime.now(Today.NORWAY).plusDays(3)));
        assertNull(firstHalf(pupils()), "the class publishes later");
        assertTrue(!pdfText(asPupil.call(() -> history.myHistoryPdf(NB))).contains("NOR1260"), "nor in the PDF");
        asOffice.call(() -> rounds.classPublishAt(round, vg1, null));
        assertEquals("5", firstHalf(pupils()));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        return text.toString();
    }

    @Test
    void theRoundsTimesAreCheckedField() throws Exception {
        var bad = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> rounds.schedule(school, START_YEAR,
                new RoundForm(RoundKind.YEAR_END, LocalDateTime.now().plusDays(5), LocalDateTime.now().plusDays(4)))));
        assertEquals(Map.of("publishAt", "grades.round.publishAt.beforeDeadline"), bad.fieldErrors());
        var teacher = assertThrows(Exception.class, () -> asTeacher.call(() -> rounds.rounds(school, START_YEAR)));
        assertTrue(teacher instanceof jakarta.ejb.EJBAccessException, "the office's screen only");
    }

    @Test
    void formativeCommentsReachThePupilFromTheirTimeAndNeverTheGuardians() throws Exception {
        var missing = assertThrows(InvalidInputException.class, () -> asTeacher.call(() -> formative.write(group, AsPupil.ID, " ", null, NB)));
        assertEquals(Map.of("text", "formative.text.required"), missing.fieldErrors());
        asTeacher.call(() -> formative.write(group, AsPupil.ID, "God argumentasjon i drøftingen.", null, NB));
        asTeacher.call(() -> formative.write(group, AsPupil.ID, "Tilbakemelding på tentamen.", LocalDateTime.now(Today.NORWAY).plusDays(1), NB));
        var seen = asPupil.call(() -> formative.myComments(NB));
        assertEquals(List.of("God argumentasjon i drøftingen."), seen.stream().map(c -> c.text()).toList(), "the later one not yet");
        assertEquals(2, asTeacher.call(() -> formative.groupComments(group, NB)).size());
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> asGuardian.call(() -> formative.myComments(NB)))),
                "no way for a guardian");
        var refused = assertThrows(BusinessException.class, () -> asContact.call(() -> formative.write(group, AsPupil.ID, "Hei", null, NB)));
        assertEquals("formative.notYours", refused.messageKey());
    }

    @Test
    void aClassCannotBePublishedBeforeTheDeadlineNorAGradeTheLimitNowRefusesSubmitted() throws Exception {
        var early = assertThrows(InvalidInputException.class, () -> asOffice.call(() ->
                rounds.classPublishAt(round, vg1, LocalDateTime.now(Today.NORWAY).plusHours(1))));
        assertEquals(Map.of("at", "grades.round.publishAt.beforeDeadline"), early.fieldErrors(), "grades still being entered");

        // a grade set while the pupil was under the limit; then the absence grows over 15 %
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("DELETE FROM absence WHERE student_id = " + AsPupil.ID);
        }
        GradeSheet saved = save(asTeacher.call(() -> protocols.open(group, round, NB)), null, grade(AsPupil.ID, "5"), grade(absent, "IV"));
        assertNull(line(saved, AsPupil.ID).conflict());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = Long.parseLong(db.text("SELECT county_id FROM school WHERE id = ?", school));
            absence(db, county, AsPupil.ID, mondays(FIRST, SECOND_HALF) * 90 * 16 / 100 + 1);
        }
        GradeSheet now = asTeacher.call(() -> protocols.open(group, round, NB));
        assertEquals("grades.value.overLimit", line(now, AsPupil.ID).conflict(), "shown in the protocol");
        var refused = assertThrows(BusinessException.class, () -> asOffice.call(() -> protocols.lock(group, round, now.version(), true, NB)));
        assertEquals("grades.conflicts", refused.messageKey());
    }

    @Test
    void theCountysScaleForASubjectIsTheProtocolsScale() throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = Long.parseLong(db.text("SELECT county_id FROM school WHERE id = ?", school));
            db.freshStaffWithId(AsCountyAdminStaff.ID, "Frida Fylke", county);
            // the same id serves other test classes' counties: this one's administrator now
            db.execute("UPDATE staff_member SET county_id = CAST(? AS BIGINT) WHERE id = CAST(? AS BIGINT)", Long.toString(county),
                    Long.toString(AsCountyAdminStaff.ID));
            db.execute("INSERT INTO staff_role (id, staff_member_id, school_id, role, granted_at, granted_by) VALUES"
                    + " (nextval('staff_role_seq'), CAST(? AS BIGINT), NULL, 'COUNTY_ADMIN', CURRENT_TIMESTAMP, 'test')", Long.toString(AsCountyAdminStaff.ID));
        }
        var bad = assertThrows(InvalidInputException.class, () -> asCountyAdmin.call(() -> {
            settings.setScale("norsk", no.vis.assessment.GradeScale.PASS_FAIL);
            return null;
        }));
        assertEquals(Map.of("subjectCode", "assessmentSettings.subjectCode.invalid"), bad.fieldErrors());
        asCountyAdmin.call(() -> {
            settings.setScale("nor1260", no.vis.assessment.GradeScale.PASS_FAIL);
            return null;
        });
        try {
            GradeSheet sheet = asTeacher.call(() -> protocols.open(group, round, NB));
            assertEquals(no.vis.assessment.GradeScale.PASS_FAIL, line(sheet, AsPupil.ID).scale());
            var numeric = assertThrows(InvalidInputException.class, () -> save(sheet, null, grade(AsPupil.ID, "5")));
            assertEquals(Map.of("value-" + AsPupil.ID, "grades.value.notOnScale"), numeric.fieldErrors());
            assertEquals(GradeValue.PASSED, line(save(sheet, null, grade(AsPupil.ID, "B")), AsPupil.ID).value());
        } finally {
            asCountyAdmin.call(() -> {
                settings.setScale("NOR1260", no.vis.assessment.GradeScale.NUMERIC);
                return null;
            });
        }
    }

    @Test
    void anotherSchoolsOfficeGetsNeitherItsRoundsNorItsProtocols() throws Exception {
        long otherSchool;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = Long.parseLong(db.text("SELECT county_id FROM school WHERE id = ?", school));
            otherSchool = db.school(county, TestPeople.orgNumber(), "Annen karakter vgs " + TestPeople.token());
        }
        long other = otherSchool;
        var rounds = assertThrows(BusinessException.class, () -> asOffice.call(() -> this.rounds.rounds(other, START_YEAR)));
        assertEquals("grades.officeOnly", rounds.messageKey());
        var schedule = assertThrows(BusinessException.class, () -> asOffice.call(() -> this.rounds.schedule(other, START_YEAR,
                new RoundForm(RoundKind.FIRST_HALF, LocalDateTime.now().plusDays(1), LocalDateTime.now().plusDays(2)))));
        assertEquals("grades.officeOnly", schedule.messageKey());
    }
}
