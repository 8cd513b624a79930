package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import no.vis.assessment.ConductKind;
import no.vis.assessment.ConductRetentionService;
import no.vis.assessment.ConductService;
import no.vis.assessment.ConductSheet;
import no.vis.assessment.ConductValue;
import no.vis.assessment.GradeRoundService;
import no.vis.assessment.HistoryService;
import no.vis.assessment.HistoryYear;
import no.vis.assessment.NewRemark;
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
 * Orden og atferd against PostgreSQL (issue 13): a teacher records remarks on the pupils of their group only; the
 * contact teacher's NG without a written warning is refused with the reason, and allowed after the warning reached
 * the pupil and the guardian; the pupil sees remarks and warnings, a guardian only where the county shows orden and
 * atferd — in the portal and in the history, where the grades appear only once the round is published; the remarks
 * are deleted when the school year has been over for the county's days.
 */
@ExtendWith(ArquillianExtension.class)
class ConductIT {

    static final Locale NB = Locale.forLanguageTag("nb");
    static final LocalDate TODAY = Today.inNorway();
    static final int START_YEAR = TODAY.getMonthValue() >= 8 ? TODAY.getYear() : TODAY.getYear() - 1;
    static final LocalDate FIRST = LocalDate.of(START_YEAR, 8, 1);
    static final LocalDate LAST = LocalDate.of(START_YEAR + 1, 6, 19);

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(ConductIT.class, TestDb.class, TestPeople.class, Callers.class, Callers.Work.class,
                AsTeacher.class, AsPupil.class, AsGuardian.class, AsOfficeStaff.class, AsContactTeacher.class, AsSystem.class);
    }

    @Inject
    ConductService conduct;

    @Inject
    GradeRoundService rounds;

    @Inject
    HistoryService history;

    @Inject
    ConductRetentionService retention;

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

    @Inject
    AsSystem asSystem;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private long county;
    private long school;
    private long vg1;
    private long group;
    private long stranger;
    private long round;

    @BeforeEach
    void school() throws Exception {
        String suffix = TestPeople.token();
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            county = db.county("86", "Ordensfylket");
            db.execute("UPDATE county SET guardians_see_conduct = FALSE, conduct_remarks_kept_days = 30 WHERE id = CAST(? AS BIGINT)",
                    Long.toString(county));
            if (db.text("SELECT id FROM school_year WHERE county_id = ? AND start_year = ?", county, START_YEAR) == null) {
                db.schoolYear(county, START_YEAR, FIRST, LAST, LocalDate.of(START_YEAR + 1, 1, 15));
            }
            school = db.school(county, TestPeople.orgNumber(), "Orden vgs " + suffix);
            vg1 = db.schoolClass(school, START_YEAR, "1STA", "VG1");
            db.freshStaffWithId(AsOfficeStaff.ID, "Ola Kontor", county);
            db.roleOf(AsOfficeStaff.ID, school, "OFFICE");
            db.freshStaffWithId(AsTeacher.ID, "Tea Lærer", county);
            db.roleOf(AsTeacher.ID, school, "TEACHER");
            db.freshStaffWithId(AsContactTeacher.ID, "Kai Kontakt", county);
            db.roleOf(AsContactTeacher.ID, school, "CONTACT_TEACHER");
            db.contactTeacher(vg1, AsContactTeacher.ID, FIRST);
            db.freshPupilWithId(AsPupil.ID, "Pia", "Elev", TODAY.minusYears(16), school, vg1);
            db.execute("DELETE FROM conduct_remark WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM conduct_warning WHERE student_id = " + AsPupil.ID);
            db.execute("DELETE FROM conduct_grade WHERE student_id = " + AsPupil.ID);
            db.freshGuardianWithId(AsGuardian.ID, "Gro", "Orden");
            db.guardianship(AsGuardian.ID, AsPupil.ID, TODAY.minusYears(16), null);
            stranger = db.pupil(new TestPeople().next().value(), "Annen", "Elev" + suffix, TODAY.minusYears(16), school, vg1);
            group = db.teachingGroup(school, START_YEAR, "1STA-MAT", "MAT1019", vg1);
            db.groupMember(group, AsPupil.ID, FIRST, null);
            db.groupTeacher(group, AsTeacher.ID, FIRST);
        }
        round = asOffice.call(() -> rounds.schedule(school, START_YEAR, new RoundForm(RoundKind.FIRST_HALF,
                LocalDateTime.now(Today.NORWAY).plusDays(1), LocalDateTime.now(Today.NORWAY).plusDays(2)))).getId();
    }

    private String value(String sql, Object... parameters) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return db.text(sql, parameters);
        }
    }

    @Test
    void aTeacherRecordsRemarksOnTheirGroupsPupilsOnly() throws Exception {
        var bad = assertThrows(InvalidInputException.class, () -> asTeacher.call(() ->
                conduct.record(new NewRemark(AsPupil.ID, group, ConductKind.ORDEN, TODAY.plusDays(1), " "))));
        assertEquals(Map.of("day", "conduct.day.future", "description", "conduct.description.required"), bad.fieldErrors());
        var notTheirs = assertThrows(BusinessException.class, () -> asTeacher.call(() ->
                conduct.record(new NewRemark(stranger, group, ConductKind.ORDEN, TODAY, "Kom for sent"))));
        assertEquals("conduct.notYours", notTheirs.messageKey(), "a pupil not in the group");
        var outside = assertThrows(BusinessException.class, () -> asTeacher.call(() ->
                conduct.record(new NewRemark(AsPupil.ID, null, ConductKind.ATFERD, TODAY, "I friminuttet"))));
        assertEquals("conduct.notYours", outside.messageKey(), "outside lessons: the contact teacher's or the office's");

        asTeacher.call(() -> conduct.record(new NewRemark(AsPupil.ID, group, ConductKind.ORDEN, TODAY, "Glemte læreboka")));
        asContact.call(() -> conduct.record(new NewRemark(AsPupil.ID, null, ConductKind.ATFERD, TODAY, "Uro i friminuttet")));
        assertEquals(1, asTeacher.call(() -> conduct.groupRemarks(group)).size());
        ConductSheet sheet = asContact.call(() -> conduct.classSheet(vg1, null)).orElseThrow();
        ConductSheet.Line pia = sheet.lines().stream().filter(l -> l.pupilId() == AsPupil.ID).findFirst().orElseThrow();
        assertEquals(1, pia.orden());
        assertEquals(1, pia.atferd());
        assertTrue(asTeacher.call(() -> conduct.groupRemarks(group)).stream().allMatch(r -> r.recordedBy().equals("Tea Lærer")));
    }

    @Test
    void ngNeedsAWrittenWarningThatReachesThePupilAndTheGuardians() throws Exception {
        asTeacher.call(() -> conduct.record(new NewRemark(AsPupil.ID, group, ConductKind.ORDEN, TODAY, "Kom for sent")));
        var refused = assertThrows(BusinessException.class, () -> asContact.call(() -> {
            conduct.setGrade(AsPupil.ID, round, ConductKind.ORDEN, ConductValue.NG, "Mange anmerkninger");
            return null;
        }));
        assertEquals("conduct.grade.noWarning", refused.messageKey());
        var noReason = assertThrows(InvalidInputException.class, () -> asContact.call(() -> {
            conduct.setGrade(AsPupil.ID, round, ConductKind.ORDEN, ConductValue.NG, null);
            return null;
        }));
        assertEquals(Map.of("reason", "conduct.reason.required"), noReason.fieldErrors());

        var warning = asContact.call(() -> conduct.warn(AsPupil.ID, ConductKind.ORDEN, RoundKind.FIRST_HALF, ConductValue.NG, "Mange sene"));
        assertEquals(1, warning.remarks(), "the remarks it rests on");
        assertEquals("2", value("SELECT COUNT(*) FROM conduct_warning_copy WHERE conduct_warning_id = ? AND recipient_kind = 'PUPIL'",
                warning.id()), "portal and letter");
        assertEquals("2", value("SELECT COUNT(*) FROM conduct_warning_copy WHERE conduct_warning_id = ? AND recipient_kind = 'GUARDIAN'"
                + " AND recipient_id = ?", warning.id(), AsGuardian.ID), "the guardian of a pupil under 18");
        byte[] letter = asPupil.call(() -> conduct.letter(warning.id(), NB)).orElseThrow();
        assertEquals("%PDF", new String(letter, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "the letter");
        assertTrue(asGuardian.call(() -> conduct.letter(warning.id(), NB)).isPresent(), "the guardian's copy");
        assertTrue(asPupil.call(() -> conduct.letter(warning.id() + 1_000_000, NB)).isEmpty(), "no other letter");
        var worse = assertThrows(BusinessException.class, () -> asContact.call(() -> {
            conduct.setGrade(AsPupil.ID, round, ConductKind.ORDEN, ConductValue.LG, "Enda flere");
            return null;
        }));
        assertEquals("conduct.grade.noWarning", worse.messageKey(), "a warning of NG does not allow LG");
        var otherRound = assertThrows(BusinessException.class, () -> asContact.call(() -> {
            conduct.setGrade(AsPupil.ID, round, ConductKind.ATFERD, ConductValue.LG, "Uro");
            return null;
        }));
        assertEquals("conduct.grade.noWarning", otherRound.messageKey(), "a warning in orden is no warning in atferd");
        asContact.call(() -> {
            conduct.setGrade(AsPupil.ID, round, ConductKind.ORDEN, ConductValue.NG, "Mange anmerkninger etter varsel");
            return null;
        });
        assertEquals("NG", value("SELECT grade_value FROM conduct_grade WHERE student_id = ? AND grade_round_id = ?", AsPupil.ID, round));

        // the pupil sees the remark and the warning; the guardian only where the county shows orden and atferd
        var mine = asPupil.call(() -> conduct.myConduct());
        assertEquals(1, mine.remarks().size());
        assertEquals(1, mine.warnings().size());
        var hidden = asGuardian.call(() -> conduct.childConduct(AsPupil.ID));
        assertEquals(AsPupil.ID, hidden.chosen().pupilId());
        assertNull(hidden.conduct(), "the county's default: not shown to guardians");
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("UPDATE county SET guardians_see_conduct = TRUE WHERE id = CAST(? AS BIGINT)", Long.toString(county));
        }
        var shown = asGuardian.call(() -> conduct.childConduct(AsPupil.ID));
        assertEquals(1, shown.conduct().warnings().size());
        assertNull(asGuardian.call(() -> conduct.childConduct(stranger)).chosen(), "another family's child");

        // in the history only from the round's publication
        assertTrue(conductOf(asPupil.call(() -> history.myHistory(NB)).years()) == null, "not yet published");
        LocalDateTime past = LocalDateTime.now(Today.NORWAY).minusMinutes(1);
        asOffice.call(() -> rounds.schedule(school, START_YEAR, new RoundForm(RoundKind.FIRST_HALF, past.minusDays(1), past)));
        assertEquals(ConductValue.NG, conductOf(asPupil.call(() -> history.myHistory(NB)).years()).firstHalf());
        assertEquals(ConductValue.NG, conductOf(asGuardian.call(() -> history.childHistory(AsPupil.ID, NB)).history().years()).firstHalf());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("UPDATE county SET guardians_see_conduct = FALSE WHERE id = CAST(? AS BIGINT)", Long.toString(county));
        }
        assertNull(conductOf(asGuardian.call(() -> history.childHistory(AsPupil.ID, NB)).history().years()),
                "not for guardians where the county does not show it");
    }

    private static HistoryYear.Conduct conductOf(java.util.List<HistoryYear> years) {
        return years.stream().filter(y -> y.schoolYear() == START_YEAR).flatMap(y -> y.conduct().stream())
                .filter(c -> c.kind() == ConductKind.ORDEN).findFirst().orElse(null);
    }

    @Test
    void remarksAreDeletedWhenTheSchoolYearHasBeenOverForTheCountysDays() throws Exception {
        asTeacher.call(() -> conduct.record(new NewRemark(AsPupil.ID, group, ConductKind.ORDEN, TODAY, "Glemte gymtøy")));
        assertEquals(0, (int) asSystem.call(() -> retention.deleteSpentRemarks(LAST.plusDays(30))));
        assertEquals("1", value("SELECT COUNT(*) FROM conduct_remark WHERE student_id = ?", AsPupil.ID));
        assertTrue(asSystem.call(() -> retention.deleteSpentRemarks(LAST.plusDays(31))) >= 1);
        assertEquals("0", value("SELECT COUNT(*) FROM conduct_remark WHERE student_id = ?", AsPupil.ID));
    }

    @Test
    void anotherSchoolsClassIsRefusedAndTheAttemptLogged() throws Exception {
        long otherClass;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long otherSchool = db.school(county, TestPeople.orgNumber(), "Annen orden vgs " + TestPeople.token());
            otherClass = db.schoolClass(otherSchool, START_YEAR, "1STB", "VG1");
        }
        long before = Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED' AND purpose = 'conduct'",
                AsOfficeStaff.PRINCIPAL));
        long other = otherClass;
        assertTrue(asOffice.call(() -> conduct.classSheet(other, null)).isEmpty());
        assertTrue(asContact.call(() -> conduct.classSheet(other, null)).isEmpty(), "not the contact teacher's class either");
        assertEquals(before + 1, Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'conduct'", AsOfficeStaff.PRINCIPAL)));
    }
}
