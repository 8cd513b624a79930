package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.timetable.DayView;
import no.vis.timetable.LessonView;
import no.vis.timetable.MemberRow;
import no.vis.timetable.OccurrenceEdit;
import no.vis.timetable.TeachingService;
import no.vis.timetable.TimetableAdminService;
import no.vis.timetable.TimetableService;
import no.vis.timetable.WeekView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The timetable through the services, as each user: a pupil's and a guardian's week (a holiday
 * hides its lessons; another family's child is refused and logged), a teacher's own week and own
 * groups only, and the office's changes with their clash rules (teacher and room refused, a pupil
 * clash only when approved, no lessons on a holiday). A fixed week of school year 2026/27.
 */
@ExtendWith(ArquillianExtension.class)
class TimetableIT {

    static final LocalDate FIRST = LocalDate.of(2026, 8, 17);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final Locale NB = Locale.forLanguageTag("nb");

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(TimetableIT.class, TestDb.class, TestPeople.class, Callers.class, Callers.Work.class,
                AsGuardian.class, AsPupil.class, AsTeacher.class, AsOfficeStaff.class);
    }

    @Inject
    TimetableService timetables;

    @Inject
    TimetableAdminService admin;

    @Inject
    TeachingService teaching;

    @Inject
    no.vis.timetable.PupilYearService years;

    @Inject
    AsGuardian asGuardian;

    @Inject
    AsPupil asPupil;

    @Inject
    AsTeacher asTeacher;

    @Inject
    AsOfficeStaff asOffice;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private long otherChild;
    private long otherTeacher;
    private long norwegian;
    private long maths;
    private long mondayLesson;
    private long tuesdayLesson;
    private long room1;
    private long room2;
    private String suffix;

    @BeforeEach
    void aSchoolWithTwoGroupsTwoTeachersAndAHoliday() throws Exception {
        suffix = TestPeople.token();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = db.county("43", "Timeplan fylkeskommune");
            long year = db.schoolYear(county, 2026, FIRST, LocalDate.of(2027, 6, 18), LocalDate.of(2027, 1, 18));
            long school = db.school(county, TestPeople.orgNumber(), "Timeplan vgs " + suffix);
            db.calendarDay(year, school, MONDAY.plusDays(2), "HOLIDAY", "Fridag " + suffix); // this school's Wednesday off
            long vg1 = db.schoolClass(school, 2026, "1STA", "VG1");
            db.freshPupilWithId(AsPupil.ID, "Pia", "Elev", today.minusYears(16), school, vg1);
            db.freshGuardianWithId(AsGuardian.ID, "Gro", "Timeplan");
            db.guardianship(AsGuardian.ID, AsPupil.ID, today.minusYears(16), null);
            otherChild = db.pupil(new TestPeople().next().value(), "Fremmed", "Barn" + suffix, today.minusYears(16), school, vg1);
            db.freshStaffWithId(AsTeacher.ID, "Tea Lærer", county);
            db.roleOf(AsTeacher.ID, school, "TEACHER");
            db.freshStaffWithId(AsOfficeStaff.ID, "Ola Kontor", county);
            db.roleOf(AsOfficeStaff.ID, school, "OFFICE");
            db.staffRole("timetable-other-" + suffix, "Ole Annen", county, school, "TEACHER");
            otherTeacher = Long.parseLong(db.value("SELECT id FROM staff_member WHERE feide_user_id = 'timetable-other-"
                    + suffix + "' AND ? > 0", 1));
            room1 = db.room(school, "A1");
            room2 = db.room(school, "A2");
            norwegian = db.teachingGroup(school, 2026, "1STA-NOR", "NOR1260", vg1);
            maths = db.teachingGroup(school, 2026, "1STA-MAT", "MAT1021", vg1);
            db.groupMember(norwegian, AsPupil.ID, FIRST, null);
            db.groupMember(norwegian, otherChild, FIRST, null);
            db.groupMember(maths, otherChild, FIRST, null);
            db.groupTeacher(norwegian, AsTeacher.ID, FIRST);
            db.groupTeacher(maths, otherTeacher, FIRST);
            mondayLesson = db.lesson(norwegian, 1, "08:15", "09:45", room1, "EVERY", FIRST, AsTeacher.ID);
            tuesdayLesson = db.lesson(maths, 2, "08:15", "09:45", room2, "EVERY", FIRST, otherTeacher);
            db.lesson(norwegian, 3, "10:00", "11:30", room1, "EVERY", FIRST, AsTeacher.ID); // on the holiday
        }
    }

    @Test
    void thePupilSeesTheirWeekWithTeacherAndRoomAndNoLessonOnTheHoliday() throws Exception {
        long before = lines(AsPupil.PRINCIPAL, AsPupil.ID, "READ");
        WeekView week = asPupil.call(() -> timetables.myWeek(MONDAY.plusDays(3), NB));
        assertEquals(MONDAY, week.monday());
        List<LessonView> lessons = week.days().stream().flatMap(d -> d.lessons().stream()).toList();
        assertEquals(1, lessons.size(), "Norwegian on Monday only: not maths (another group), not Wednesday (holiday)");
        LessonView monday = lessons.get(0);
        assertEquals(LocalTime.of(8, 15), monday.starts());
        assertEquals(List.of("Tea Lærer"), monday.teachers());
        assertEquals("A1", monday.room());
        DayView wednesday = week.day(MONDAY.plusDays(2));
        assertEquals("HOLIDAY", wednesday.kind().name());
        assertEquals("Fridag " + suffix, wednesday.note());
        assertEquals(before + 1, lines(AsPupil.PRINCIPAL, AsPupil.ID, "READ"), "the read is logged");
    }

    @Test
    void aGuardianSeesTheirChildsWeekAndNotAnotherFamilysAndTheAttemptIsLogged() throws Exception {
        long before = lines(AsGuardian.PRINCIPAL, AsPupil.ID, "READ");
        WeekView week = asGuardian.call(() -> timetables.childWeek(AsPupil.ID, MONDAY, NB)).orElseThrow();
        assertEquals(1, week.lessonCount());
        assertTrue(asGuardian.call(() -> timetables.childWeek(otherChild, MONDAY, NB)).isEmpty());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(before + 1, db.accessLogLines(AsGuardian.PRINCIPAL, "PUPIL", AsPupil.ID, "READ"));
            assertEquals(1, db.accessLogLines(AsGuardian.PRINCIPAL, "PUPIL", otherChild, "REFUSED"));
            assertEquals(0, db.accessLogLines(AsGuardian.PRINCIPAL, "PUPIL", otherChild, "READ"));
        }
    }

    @Test
    void aTeacherSeesTheirOwnLessonsAndGroupsOnlyAndAnotherGroupIsRefused() throws Exception {
        long refusedBefore = refusals(AsTeacher.PRINCIPAL);
        WeekView week = asTeacher.call(() -> timetables.myTeachingWeek(MONDAY, NB));
        assertEquals(List.of("1STA-NOR"), week.days().stream().flatMap(d -> d.lessons().stream()).map(LessonView::group).toList());
        var groups = asTeacher.call(() -> teaching.myGroups(MONDAY, NB));
        assertEquals(List.of("group:" + norwegian), groups.stream().map(g -> g.ref()).toList());
        List<MemberRow> pupils = asTeacher.call(() -> teaching.pupilsOf("group", norwegian, MONDAY)).orElseThrow();
        assertEquals(2, pupils.size());
        assertTrue(asTeacher.call(() -> teaching.pupilsOf("group", maths, MONDAY)).isEmpty(), "someone else's group");
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(1, db.accessLogLines(AsTeacher.PRINCIPAL, "PUPIL", otherChild, "READ"));
            assertEquals(refusedBefore + 1, refusals(AsTeacher.PRINCIPAL), "the refused attempt is logged");
        }
    }

    @Test
    void theOfficeCancelsAndChangesLessonsAndClashesAreRefused() throws Exception {
        // the groups' weeks are kept in memory once read: every change below must show at once all the same
        assertEquals(1, asPupil.call(() -> timetables.myWeek(MONDAY, NB)).day(MONDAY).lessons().size());
        // a substitute who teaches maths at the same time: refused
        BusinessException teacherClash = assertThrows(BusinessException.class, () -> asOffice.call(() -> admin.change(
                mondayLesson, MONDAY.plusDays(1), edit(MONDAY.plusDays(1), "08:30", "09:15", room1, otherTeacher, false))));
        assertEquals("timetable.noSuchOccurrence", teacherClash.messageKey(), "Tuesday is not the Monday lesson's day");
        teacherClash = assertThrows(BusinessException.class, () -> asOffice.call(() -> admin.change(mondayLesson, MONDAY,
                edit(MONDAY.plusDays(1), "08:30", "09:15", room1, otherTeacher, false))));
        assertEquals("timetable.clash.teacher", teacherClash.messageKey());
        BusinessException roomClash = assertThrows(BusinessException.class, () -> asOffice.call(() -> admin.change(mondayLesson,
                MONDAY, edit(MONDAY.plusDays(1), "09:00", "10:00", room2, AsTeacher.ID, false))));
        assertEquals("timetable.clash.room", roomClash.messageKey());
        // otherChild is in both groups: moving Norwegian onto maths clashes for a pupil, allowed only when approved
        BusinessException pupilClash = assertThrows(BusinessException.class, () -> asOffice.call(() -> admin.change(mondayLesson,
                MONDAY, edit(MONDAY.plusDays(1), "09:00", "10:00", room1, AsTeacher.ID, false))));
        assertEquals("timetable.clash.pupils", pupilClash.messageKey());
        asOffice.call(() -> admin.change(mondayLesson, MONDAY, edit(MONDAY.plusDays(1), "09:00", "10:00", room1, AsTeacher.ID, true)));
        // no lessons on the school's holiday
        InvalidInputException holiday = assertThrows(InvalidInputException.class, () -> asOffice.call(
                () -> admin.extra(norwegian, edit(MONDAY.plusDays(2), "12:00", "13:00", null, AsTeacher.ID, false))));
        assertEquals("timetable.day.noSchool", holiday.fieldErrors().get("day"));
        asOffice.call(() -> admin.cancel(tuesdayLesson, MONDAY.plusDays(1), "Lærer syk"));

        WeekView week = asPupil.call(() -> timetables.myWeek(MONDAY, NB));
        assertTrue(week.day(MONDAY).lessons().isEmpty(), "moved away from Monday");
        LessonView moved = week.day(MONDAY.plusDays(1)).lessons().get(0);
        assertTrue(moved.moved());
        assertEquals(LocalTime.of(9, 0), moved.starts());
        List<LessonView> changes = asOffice.call(() -> timetables.dayChanges(
                Long.parseLong(schoolOf(norwegian)), MONDAY.plusDays(1), NB)).orElseThrow();
        assertEquals(2, changes.size(), "the moved Norwegian lesson and the cancelled maths lesson");
        assertTrue(changes.stream().anyMatch(LessonView::isCancelled));
        assertFalse(asOffice.call(() -> timetables.classWeek(Long.MAX_VALUE, MONDAY, NB)).isPresent());
    }

    @Test
    void aSecondChangeOfTheSameLessonShowsAtOnceThoughTheGroupsWeekIsKept() throws Exception {
        asOffice.call(() -> admin.change(mondayLesson, MONDAY, edit(MONDAY, "08:15", "09:45", room1, otherTeacher, true)));
        LessonView first = asPupil.call(() -> timetables.myWeek(MONDAY, NB)).day(MONDAY).lessons().get(0);
        assertEquals(List.of("Ole Annen"), first.teachers());
        assertEquals("A1", first.room());
        // the same change again, only its teachers and room differ: an update of the change and its teacher list
        asOffice.call(() -> admin.change(mondayLesson, MONDAY, edit(MONDAY, "08:15", "09:45", room2, AsTeacher.ID, true)));
        LessonView second = asGuardian.call(() -> timetables.childWeek(AsPupil.ID, MONDAY, NB)).orElseThrow()
                .day(MONDAY).lessons().get(0);
        assertEquals(List.of("Tea Lærer"), second.teachers());
        assertEquals("A2", second.room());
        asOffice.call(() -> admin.cancel(mondayLesson, MONDAY, "Syk"));
        assertTrue(asPupil.call(() -> timetables.myWeek(MONDAY, NB)).day(MONDAY).lessons().get(0).isCancelled());
    }

    @Test
    void anotherSchoolsClassLessonAndChangesAndAnotherFamilysSubjectsAreRefused() throws Exception {
        long otherClass;
        long otherLesson;
        long otherSchool;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = db.county("43", "Timeplan fylkeskommune");
            otherSchool = db.school(county, TestPeople.orgNumber(), "Annen vgs " + suffix);
            otherClass = db.schoolClass(otherSchool, 2026, "1STB", "VG1");
            long group = db.teachingGroup(otherSchool, 2026, "1STB-NOR", "NOR1260", otherClass);
            otherLesson = db.lesson(group, 1, "08:15", "09:45", null, "EVERY", FIRST, otherTeacher);
        }
        long lesson = otherLesson;
        long school = otherSchool;
        assertFalse(asOffice.call(() -> timetables.classWeek(otherClass, MONDAY, NB)).isPresent(), "another school's class");
        assertFalse(asOffice.call(() -> timetables.editable(lesson, MONDAY, null)).isPresent(), "another school's lesson");
        assertFalse(asOffice.call(() -> timetables.dayChanges(school, MONDAY, NB)).isPresent(), "another school's changes");
        assertEquals("timetable.unknownLesson", assertThrows(BusinessException.class,
                () -> asOffice.call(() -> admin.cancel(lesson, MONDAY, null))).messageKey());
        assertTrue(asGuardian.call(() -> years.childYear(otherChild, NB)).isEmpty(), "another family's child's subjects");
        assertTrue(asGuardian.call(() -> years.childYear(AsPupil.ID, NB)).isPresent());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(1, db.accessLogLines(AsGuardian.PRINCIPAL, "PUPIL", otherChild, "REFUSED"));
        }
    }

    private String schoolOf(long group) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return db.value("SELECT school_id FROM teaching_group WHERE id = ?", group);
        }
    }

    private static OccurrenceEdit edit(LocalDate day, String starts, String ends, Long room, long teacher, boolean approve) {
        return new OccurrenceEdit(day, LocalTime.parse(starts), LocalTime.parse(ends), room, Set.of(teacher), null, approve);
    }

    private long lines(String actor, long pupil, String action) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return db.accessLogLines(actor, "PUPIL", pupil, action);
        }
    }

    private long refusals(String actor) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return Long.parseLong(db.value("SELECT COUNT(*) FROM access_log WHERE action = 'REFUSED' AND purpose = 'teacher-groups'"
                    + " AND actor = 'staff:' || CAST(? AS VARCHAR)", Long.parseLong(actor.substring(6))));
        }
    }
}
