package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import no.vis.calendar.CalendarAdmin;
import no.vis.calendar.CalendarAdminService;
import no.vis.calendar.DayKind;
import no.vis.calendar.Rotation;
import no.vis.calendar.WeekKind;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.timetable.GroupAdmin;
import no.vis.timetable.GroupAdminService;
import no.vis.timetable.TimetableBuild;
import no.vis.timetable.TimetableBuildService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office builds the school year through the services, on PostgreSQL: groups with field errors,
 * a whole class added without doubles, a pupil moved between groups mid-year with the history kept,
 * weekly lessons placed in the period grid with teacher and room clashes refused and a pupil clash
 * only when approved, a week copied forward, the calendar's school exceptions and period grid, and
 * another school refused. Dates are in the current school year, from next week on (nothing before
 * today is rewritten).
 */
@ExtendWith(ArquillianExtension.class)
class OfficeBuildIT {

    static final Locale NB = Locale.forLanguageTag("nb");

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(OfficeBuildIT.class, TestDb.class, TestPeople.class, Callers.class, Callers.Work.class,
                AsOfficeStaff.class, AsCountyAdminStaff.class);
    }

    @Inject
    GroupAdminService groups;

    @Inject
    TimetableBuildService build;

    @Inject
    CalendarAdminService calendar;

    @Inject
    AsOfficeStaff asOffice;

    @Inject
    AsCountyAdminStaff asCountyAdmin;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private int year;
    private LocalDate first;
    private LocalDate monday;
    private long school;
    private long otherSchool;
    private long vg1;
    private long vg1b;
    private long[] pupils = new long[4];
    private long teacherA;
    private long teacherB;
    private long room1;
    private long room2;
    private long otherGroup;
    private String suffix;

    @BeforeEach
    void aSchoolWithTwoClassesTeachersRoomsAndAPeriodGrid() throws Exception {
        suffix = TestPeople.token();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        first = LocalDate.of(year, 8, 1);
        monday = today.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = db.county("44", "Byggefylket");
            db.schoolYear(county, year, first, LocalDate.of(year + 1, 7, 31), LocalDate.of(year + 1, 1, 15));
            school = db.school(county, TestPeople.orgNumber(), "Bygg vgs " + suffix);
            otherSchool = db.school(county, TestPeople.orgNumber(), "Annen bygg vgs " + suffix);
            vg1 = db.schoolClass(school, year, "1STA", "VG1");
            vg1b = db.schoolClass(school, year, "1STB", "VG1");
            TestPeople people = new TestPeople();
            for (int i = 0; i < pupils.length; i++) {
                pupils[i] = db.pupil(people.next().value(), "Elev" + i, "Bygg" + suffix, today.minusYears(16), school, i < 3 ? vg1 : vg1b);
            }
            db.freshStaffWithId(AsOfficeStaff.ID, "Ola Kontor", county);
            db.roleOf(AsOfficeStaff.ID, school, "OFFICE");
            db.freshStaffWithId(AsCountyAdminStaff.ID, "Frida Fylke", county);
            db.execute("INSERT INTO staff_role (id, staff_member_id, school_id, role, granted_at, granted_by) SELECT nextval('staff_role_seq'),"
                    + " id, NULL, 'COUNTY_ADMIN', CURRENT_TIMESTAMP, 'test' FROM staff_member WHERE feide_user_id = ?",
                    "test-staff-" + AsCountyAdminStaff.ID);
            db.staffRole("build-a-" + suffix, "Anne Lærer", county, school, "TEACHER");
            db.staffRole("build-b-" + suffix, "Bjørn Lærer", county, school, "TEACHER");
            teacherA = Long.parseLong(db.text("SELECT id FROM staff_member WHERE feide_user_id = ?", "build-a-" + suffix));
            teacherB = Long.parseLong(db.text("SELECT id FROM staff_member WHERE feide_user_id = ?", "build-b-" + suffix));
            room1 = db.room(school, "R1");
            room2 = db.room(school, "R2");
            // 45-minute periods 1-4 and a 90-minute period 5, every day
            String[][] grid = {{"1", "08:15", "09:00"}, {"2", "09:00", "09:45"}, {"3", "10:00", "10:45"}, {"4", "10:45", "11:30"},
                {"5", "12:15", "13:45"}};
            for (String[] p : grid) {
                db.execute("INSERT INTO lesson_period (id, school_id, weekday, period_no, starts_at, ends_at, version)"
                        + " VALUES (nextval('lesson_period_seq'), CAST(? AS BIGINT), NULL, CAST(? AS SMALLINT), CAST(? AS SMALLINT),"
                        + " CAST(? AS SMALLINT), 1)", Long.toString(school), p[0], Integer.toString(minutes(p[1])),
                        Integer.toString(minutes(p[2])));
            }
            for (String code : new String[] {"NOR1260", "MAT1021", "ENG1007"}) {
                db.execute("INSERT INTO grep_fagkode (id, code, title_default, title_nb, status, content_hash, synced_at)"
                        + " VALUES (nextval('grep_fagkode_seq'), ?, ?, ?, 'publisert', 'test', CURRENT_TIMESTAMP)"
                        + " ON CONFLICT (code) DO NOTHING", code, "Fag " + code, "Fag " + code);
            }
            long otherClass = db.schoolClass(otherSchool, year, "1STA", "VG1");
            otherGroup = db.teachingGroup(otherSchool, year, "ANNEN-" + suffix, "NOR1260", otherClass);
        }
    }

    private static int minutes(String time) {
        LocalTime t = LocalTime.parse(time);
        return t.getHour() * 60 + t.getMinute();
    }

    @Test
    void theOfficeCreatesAndEditsAGroupAndBadInputIsAnsweredFieldByField() throws Exception {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> groups.create(school, year,
                new GroupAdmin.Form(" ", "XYZ12", vg1b + 1000, "B12345678901"))));
        assertEquals("group.code.required", bad.fieldErrors().get("code"));
        assertEquals("group.subject.invalid", bad.fieldErrors().get("subjectCode"));
        assertEquals("group.class.invalid", bad.fieldErrors().get("classId"));
        assertEquals("group.block.tooLong", bad.fieldErrors().get("blockCode"));
        assertEquals("group.subject.unknown", assertThrows(InvalidInputException.class, () -> asOffice.call(() -> groups.create(school,
                year, new GroupAdmin.Form("1STA-X", "QQQ9999", null, null)))).fieldErrors().get("subjectCode"));

        long nor = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("1STA-NOR", "nor1260", vg1, "")));
        assertEquals("group.code.taken", assertThrows(InvalidInputException.class, () -> asOffice.call(() -> groups.create(school, year,
                new GroupAdmin.Form("1STA-NOR", "MAT1021", null, null)))).fieldErrors().get("code"));
        asOffice.call(() -> {
            groups.edit(nor, new GroupAdmin.Form("1STA-NORSK", "NOR1260", vg1, "B1"));
            return null;
        });
        GroupAdmin.Card card = asOffice.call(() -> groups.group(nor, NB)).orElseThrow();
        assertEquals("1STA-NORSK", card.code());
        assertEquals("NOR1260", card.subjectCode());
        assertEquals("Fag NOR1260", card.subject());
        assertEquals("1STA", card.classCode());
        assertEquals("B1", card.blockCode());
        var listed = asOffice.call(() -> groups.groups(school, year, new GroupAdmin.Filter(null, "nor", null, false), monday, NB))
                .orElseThrow();
        assertEquals(List.of("1STA-NORSK"), listed.stream().map(GroupAdmin.Row::code).toList());
        assertTrue(asOffice.call(() -> groups.groups(school, year, new GroupAdmin.Filter(null, "MAT", null, false), monday, NB))
                .orElseThrow().isEmpty());

        // a group never used is deleted; one with a teacher is ended, its teacher with it
        long unused = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("TOM", "ENG1007", null, null)));
        assertTrue(asOffice.call(() -> groups.remove(unused, monday)));
        asOffice.call(() -> {
            groups.addTeacher(nor, teacherA, first);
            return null;
        });
        assertFalse(asOffice.call(() -> groups.remove(nor, monday)), "ended, not deleted");
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(null, db.value("SELECT id FROM teaching_group WHERE id = ?", unused));
            assertEquals(monday.toString(), db.value("SELECT ended_on FROM teaching_group WHERE id = ?", nor));
            assertEquals(monday.toString(), db.value("SELECT to_day FROM group_teacher WHERE teaching_group_id = ?", nor));
        }
        assertTrue(asOffice.call(() -> groups.groups(school, year, new GroupAdmin.Filter(null, null, null, false), monday, NB))
                .orElseThrow().isEmpty(), "an ended group is not listed unless asked for");
        assertEquals(1, asOffice.call(() -> groups.groups(school, year, new GroupAdmin.Filter(null, null, teacherA, true), monday, NB))
                .orElseThrow().size());
    }

    @Test
    void aWholeClassIsItsPupilsOnTheDayByTheirClassPlacements() throws Exception {
        // pupils 0 and 1 in 1STA all year; pupil 2 in 1STA until leaving school on Monday; pupil 3 in 1STB, then 1STA from Monday
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            placement(db, pupils[0], vg1, first, null);
            placement(db, pupils[1], vg1, first, null);
            placement(db, pupils[2], vg1, first, monday);
            placement(db, pupils[3], vg1b, first, monday);
            placement(db, pupils[3], vg1, monday, null);
            db.execute("UPDATE student SET school_class_id = NULL, left_on = CAST(? AS DATE) WHERE id = CAST(? AS BIGINT)",
                    monday.toString(), Long.toString(pupils[2]));
            db.execute("UPDATE student SET school_class_id = CAST(? AS BIGINT) WHERE id = CAST(? AS BIGINT)", Long.toString(vg1),
                    Long.toString(pupils[3]));
        }
        long group = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("HEL-1", "NOR1260", null, null)));

        assertEquals(3, asOffice.call(() -> groups.addClass(group, vg1, first)), "the class as it was in August");
        assertEquals(pupils[0] + "," + pupils[1] + "," + pupils[2], text("SELECT STRING_AGG(CAST(student_id AS VARCHAR), ','"
                + " ORDER BY student_id) FROM group_member WHERE teaching_group_id = ?", group));
        assertEquals(1, asOffice.call(() -> groups.addClass(group, vg1, monday)), "from Monday: the newcomer only");
        assertEquals(monday.toString(), text("SELECT from_day FROM group_member WHERE teaching_group_id = ? AND student_id = ?", group,
                pupils[3]));
        long other = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("HEL-2", "NOR1260", null, null)));
        assertEquals(1, asOffice.call(() -> groups.addClass(other, vg1b, first)), "1STB in August: pupil 3, in 1STA now");
        assertEquals(first + "|" + monday, text("SELECT from_day || '|' || to_day FROM group_member WHERE teaching_group_id = ?", other),
                "until pupil 3 left 1STB");
        assertEquals(monday.toString(), text("SELECT to_day FROM group_member WHERE teaching_group_id = ? AND student_id = ?", group,
                pupils[2]), "until pupil 2 left school");
        assertEquals(null, text("SELECT to_day FROM group_member WHERE teaching_group_id = ? AND student_id = ?", group, pupils[0]));
    }

    @Test
    void aWeeklyLessonMeetingAnExtraLessonsTeacherOrRoomIsRefused() throws Exception {
        long nor = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("X-NOR", "NOR1260", null, null)));
        long eng = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("X-ENG", "ENG1007", null, null)));
        // an extra English lesson on Wednesday of next week, period 3 (10:00–10:45), teacher A in room 2
        LocalDate wednesday = monday.plusDays(2);
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            String id = db.text("SELECT nextval('lesson_change_seq')");
            db.execute("INSERT INTO lesson_change (id, teaching_group_id, kind, held_on, starts_at, ends_at, room_id, changed_at,"
                    + " changed_by, version) VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT), 'EXTRA', CAST(? AS DATE), 600, 645,"
                    + " CAST(? AS BIGINT), CURRENT_TIMESTAMP, 'test', 1)", id, Long.toString(eng), wednesday.toString(),
                    Long.toString(room2));
            db.execute("INSERT INTO lesson_change_teacher (lesson_change_id, staff_member_id) VALUES (CAST(? AS BIGINT),"
                    + " CAST(? AS BIGINT))", id, Long.toString(teacherA));
        }

        BusinessException teacher = assertThrows(BusinessException.class, () -> asOffice.call(() -> build.place(
                placement(nor, DayOfWeek.WEDNESDAY, 3, 3, room1, teacherA, WeekKind.EVERY, false))));
        assertEquals("timetable.clash.teacher", teacher.messageKey());
        assertEquals("X-ENG " + wednesday + " 10:00–10:45", teacher.arguments()[0]);
        BusinessException room = assertThrows(BusinessException.class, () -> asOffice.call(() -> build.place(
                placement(nor, DayOfWeek.WEDNESDAY, 3, 4, room2, teacherB, WeekKind.EVERY, false))));
        assertEquals("timetable.clash.room", room.messageKey());
        asOffice.call(() -> build.place(placement(nor, DayOfWeek.WEDNESDAY, 4, 4, room2, teacherA, WeekKind.EVERY, false)));
        asOffice.call(() -> build.place(new TimetableBuild.Placement(nor, DayOfWeek.WEDNESDAY, 3, 3, room2, Set.of(teacherA),
                WeekKind.EVERY, wednesday.plusDays(1), null, false)));
        assertEquals("2", text("SELECT COUNT(*) FROM lesson WHERE teaching_group_id = ?", nor),
                "the hour after it, and the same hour from the day after");
        // the school's week copied from its own Monday: the extra lesson becomes a weekly one and meets only itself then
        TimetableBuild.CopyPreview copy = asOffice.call(() -> build.previewCopy(new TimetableBuild.CopyRequest(school, "school", monday,
                WeekKind.EVERY, monday, false), NB));
        assertTrue(copy.created().stream().anyMatch(l -> l.group().equals("X-ENG") && l.weekday() == DayOfWeek.WEDNESDAY),
                copy.created().toString());
        assertNull(copy.clashKey(), copy.clashWith());
    }

    private static void placement(TestDb db, long pupil, long schoolClass, LocalDate from, LocalDate to) throws Exception {
        db.execute("INSERT INTO class_placement (id, student_id, school_class_id, active_from, active_to, created_by, created_at,"
                + " version) VALUES (nextval('class_placement_seq'), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DATE),"
                + " CAST(? AS DATE), 'test', CURRENT_TIMESTAMP, 1)", Long.toString(pupil), Long.toString(schoolClass),
                from.toString(), to == null ? null : to.toString());
    }

    @Test
    void aWholeClassJoinsWithoutDoublesAndAPupilMovesMidYearWithTheHistoryKept() throws Exception {
        long nor = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("NOR-1", "NOR1260", null, null)));
        long nor2 = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("NOR-2", "NOR1260", null, null)));
        asOffice.call(() -> {
            groups.addPupil(nor, pupils[0], first);
            return null;
        });
        assertEquals("group.pupil.already", assertThrows(InvalidInputException.class, () -> asOffice.call(() -> {
            groups.addPupil(nor, pupils[0], monday);
            return null;
        })).fieldErrors().get("pupilId"));
        assertEquals(2, asOffice.call(() -> groups.addClass(nor, vg1, first)), "pupil 0 was in already");
        assertEquals(0, asOffice.call(() -> groups.addClass(nor, vg1, first)), "a second time adds nobody");
        assertEquals(3, countOf("SELECT COUNT(*) FROM group_member WHERE teaching_group_id = ?", nor));

        long membership = Long.parseLong(text("SELECT id FROM group_member WHERE teaching_group_id = ? AND student_id = ?", nor, pupils[1]));
        InvalidInputException badMove = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> {
            groups.move(membership, nor, first);
            return null;
        }));
        assertEquals("group.move.same", badMove.fieldErrors().get("toGroupId"));
        assertEquals("group.move.day", badMove.fieldErrors().get("on"));
        asOffice.call(() -> {
            groups.move(membership, nor2, monday);
            return null;
        });
        GroupAdmin.Card from = asOffice.call(() -> groups.group(nor, NB)).orElseThrow();
        GroupAdmin.MemberLine moved = from.members().stream().filter(m -> m.pupilId() == pupils[1]).findFirst().orElseThrow();
        assertEquals(first, moved.from());
        assertEquals(monday, moved.to(), "ended the day before the move: the move day is the first in the new group");
        assertEquals("NOR-2", moved.movedTo());
        GroupAdmin.Card to = asOffice.call(() -> groups.group(nor2, NB)).orElseThrow();
        GroupAdmin.MemberLine arrived = to.members().get(0);
        assertEquals(monday, arrived.from());
        assertNull(arrived.to());
        assertEquals("NOR-1", arrived.movedFrom());
        assertFalse(moved.active(monday));
        assertTrue(moved.active(monday.minusDays(1)));
        // the reads of the cards and the changes are in the access log
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertTrue(db.accessLogLines(AsOfficeStaff.PRINCIPAL, "PUPIL", pupils[1], "CHANGE") >= 2);
            assertTrue(db.accessLogLines(AsOfficeStaff.PRINCIPAL, "PUPIL", pupils[1], "READ") >= 2);
        }
        // ending one pupil's membership keeps it, dated
        long third = Long.parseLong(text("SELECT id FROM group_member WHERE teaching_group_id = ? AND student_id = ?", nor, pupils[2]));
        asOffice.call(() -> {
            groups.endMembership(third, monday.plusDays(3));
            return null;
        });
        assertEquals(monday.plusDays(3).toString(), text("SELECT to_day FROM group_member WHERE id = ?", third));
        // contact teachers of a class, dated
        asOffice.call(() -> {
            groups.addContactTeacher(vg1, teacherB, first);
            return null;
        });
        assertEquals("group.contact.already", assertThrows(InvalidInputException.class, () -> asOffice.call(() -> {
            groups.addContactTeacher(vg1, teacherB, monday);
            return null;
        })).fieldErrors().get("staffId"));
        var contacts = asOffice.call(() -> groups.classContacts(school, year)).orElseThrow();
        assertEquals(List.of("Bjørn Lærer"), contacts.stream().filter(c -> c.classId() == vg1).findFirst().orElseThrow().contacts()
                .stream().map(GroupAdmin.TeacherLine::name).toList());
    }

    @Test
    void lessonsArePlacedInThePeriodGridAndTeacherAndRoomClashesAreRefusedAPupilClashOnlyWhenApproved() throws Exception {
        long nor = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("P-NOR", "NOR1260", vg1, null)));
        long mat = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("P-MAT", "MAT1021", null, null)));
        long eng = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("P-ENG", "ENG1007", null, null)));
        asOffice.call(() -> {
            groups.addClass(nor, vg1, first);
            groups.addPupil(mat, pupils[0], first);
            return null;
        });
        long norLesson = asOffice.call(() -> build.place(placement(nor, DayOfWeek.MONDAY, 1, 2, room1, teacherA, WeekKind.EVERY, false)));
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(Integer.toString(minutes("08:15")), db.value("SELECT starts_at FROM lesson WHERE id = ?", norLesson));
            assertEquals(Integer.toString(minutes("09:45")), db.value("SELECT ends_at FROM lesson WHERE id = ?", norLesson),
                    "two 45-minute periods make the lesson");
        }
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> build.place(
                new TimetableBuild.Placement(mat, DayOfWeek.MONDAY, 2, 1, room2 + 1000, Set.of(teacherB), WeekKind.EVERY,
                        monday.minusYears(2), null, false))));
        assertEquals("timetable.build.periods.invalid", bad.fieldErrors().get("lastPeriod"));
        assertEquals("timetable.room.unknown", bad.fieldErrors().get("roomId"));
        assertEquals("timetable.build.from.outsideYear", bad.fieldErrors().get("validFrom"));

        BusinessException teacher = assertThrows(BusinessException.class, () -> asOffice.call(() -> build.place(
                placement(eng, DayOfWeek.MONDAY, 2, 3, room2, teacherA, WeekKind.EVERY, false))));
        assertEquals("timetable.clash.teacher", teacher.messageKey());
        assertEquals("P-NOR 08:15–09:45", teacher.arguments()[0]);
        BusinessException room = assertThrows(BusinessException.class, () -> asOffice.call(() -> build.place(
                placement(eng, DayOfWeek.MONDAY, 1, 1, room1, teacherB, WeekKind.A, false))));
        assertEquals("timetable.clash.room", room.messageKey());
        BusinessException pupilClash = assertThrows(BusinessException.class, () -> asOffice.call(() -> build.place(
                placement(mat, DayOfWeek.MONDAY, 2, 2, room2, teacherB, WeekKind.EVERY, false))));
        assertEquals("timetable.clash.pupils", pupilClash.messageKey(), "pupil 0 is in both groups");
        long matLesson = asOffice.call(() -> build.place(placement(mat, DayOfWeek.MONDAY, 2, 2, room2, teacherB, WeekKind.EVERY, true)));
        // after the Monday lesson moves to Tuesday, English may have Monday's first periods
        long moved = asOffice.call(() -> build.move(norLesson, placement(nor, DayOfWeek.TUESDAY, 5, 5, room1, teacherA,
                WeekKind.EVERY, false)));
        asOffice.call(() -> build.place(placement(eng, DayOfWeek.MONDAY, 1, 1, room1, teacherA, WeekKind.A, false)));
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(null, db.value("SELECT id FROM lesson WHERE id = ?", norLesson),
                    "a lesson that had not begun yet is replaced, not kept");
            assertEquals("90", db.value("SELECT ends_at - starts_at FROM lesson WHERE id = ?", moved), "the 90-minute period");
        }
        // removing from a later day ends the lesson and keeps it
        asOffice.call(() -> {
            build.remove(matLesson, monday.plusWeeks(2));
            return null;
        });
        assertEquals(monday.plusWeeks(2).toString(), text("SELECT valid_to FROM lesson WHERE id = ?", matLesson));
        assertEquals("timetable.build.from.past", assertThrows(InvalidInputException.class, () -> asOffice.call(() -> {
            build.remove(matLesson, monday.minusWeeks(2));
            return null;
        })).fieldErrors().get("validFrom"));

        TimetableBuild.Grid grid = asOffice.call(() -> build.grid("class:" + vg1, monday.plusDays(1), NB)).orElseThrow();
        TimetableBuild.GridDay tuesday = grid.days().get(1);
        assertEquals(5, tuesday.periods().size());
        assertEquals(List.of("P-NOR"), tuesday.periods().get(4).lessons().stream().map(TimetableBuild.GridLesson::group).toList());
        assertTrue(grid.groups().stream().anyMatch(g -> g.label().equals("P-MAT")), "the groups of the class's pupils too");
    }

    @Test
    void aWeekIsCopiedForwardWithItsChangesAndAPreviewFirst() throws Exception {
        long nor = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("C-NOR", "NOR1260", vg1, null)));
        long mat = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("C-MAT", "MAT1021", vg1, null)));
        long norLesson;
        long matLesson;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            norLesson = db.lesson(nor, 1, "08:15", "09:45", room1, "EVERY", first, teacherA);
            matLesson = db.lesson(mat, 3, "10:00", "11:30", room2, "EVERY", first, teacherB);
            // this week's changes: maths moved to Thursday in room 1
            db.execute("INSERT INTO lesson_change (id, teaching_group_id, lesson_id, original_day, kind, held_on, starts_at, ends_at,"
                    + " room_id, changed_at, changed_by, version) VALUES (nextval('lesson_change_seq'), CAST(? AS BIGINT),"
                    + " CAST(? AS BIGINT), CAST(? AS DATE), 'CHANGED', CAST(? AS DATE), 600, 690, CAST(? AS BIGINT),"
                    + " CURRENT_TIMESTAMP, 'test', 1)", Long.toString(mat), Long.toString(matLesson), monday.plusDays(2).toString(),
                    monday.plusDays(3).toString(), Long.toString(room1));
        }
        var request = new TimetableBuild.CopyRequest(school, "class:" + vg1, monday, WeekKind.EVERY, monday.plusWeeks(1), false);
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> build.previewCopy(
                new TimetableBuild.CopyRequest(school, "class:" + (vg1 + 1000), monday, null, monday.minusWeeks(3), false), NB)));
        assertEquals("timetable.copy.scope.invalid", bad.fieldErrors().get("scope"));
        assertEquals("timetable.build.weekKind.required", bad.fieldErrors().get("target"));
        assertEquals("timetable.build.from.past", bad.fieldErrors().get("from"));

        TimetableBuild.CopyPreview preview = asOffice.call(() -> build.previewCopy(request, NB));
        assertEquals(List.of("C-NOR"), preview.kept().stream().map(TimetableBuild.CopyLine::group).toList());
        assertEquals(List.of("C-MAT"), preview.ended().stream().map(TimetableBuild.CopyLine::group).toList());
        assertEquals(1, preview.created().size());
        assertEquals(DayOfWeek.THURSDAY, preview.created().get(0).weekday());
        assertEquals("R1", preview.created().get(0).room());
        assertNull(preview.clashKey());
        assertEquals(1, countOf("SELECT COUNT(*) FROM lesson WHERE teaching_group_id = ?", mat), "a preview writes nothing");
        assertNull(asOffice.call(() -> build.previewCopy(new TimetableBuild.CopyRequest(school, "class:" + vg1, monday, WeekKind.EVERY,
                monday, false), NB)).clashKey(), "copied from its own Monday: the week's moved lesson is what the copy is made of");

        asOffice.call(() -> build.copy(request, NB));
        assertEquals(monday.plusWeeks(1).toString(), text("SELECT valid_to FROM lesson WHERE id = ?", matLesson), "kept, ended");
        assertEquals("4", text("SELECT weekday FROM lesson WHERE teaching_group_id = ? AND valid_from = ?", mat, monday.plusWeeks(1)));
        assertEquals(null, text("SELECT valid_to FROM lesson WHERE id = ?", norLesson));

        // copying again changes nothing; a teacher clash with another class's lesson stops a copy
        assertTrue(asOffice.call(() -> build.previewCopy(new TimetableBuild.CopyRequest(school, "class:" + vg1, monday.plusWeeks(1),
                WeekKind.EVERY, monday.plusWeeks(1), false), NB)).changesNothing());
        long other = asOffice.call(() -> groups.create(school, year, new GroupAdmin.Form("C-ANNEN", "ENG1007", vg1b, null)));
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.lesson(other, 2, "08:15", "09:00", null, "EVERY", monday.plusWeeks(3), teacherA);
            db.lesson(nor, 2, "08:15", "09:00", null, "EVERY", first, teacherB);
            db.execute("UPDATE lesson SET valid_to = CAST(? AS DATE) WHERE teaching_group_id = CAST(? AS BIGINT) AND weekday = 2",
                    monday.plusWeeks(3).toString(), Long.toString(nor));
            db.execute("UPDATE lesson_teacher SET staff_member_id = CAST(? AS BIGINT) WHERE lesson_id IN (SELECT id FROM lesson"
                    + " WHERE teaching_group_id = CAST(? AS BIGINT) AND weekday = 2)", Long.toString(teacherA), Long.toString(nor));
        }
        TimetableBuild.CopyPreview clash = asOffice.call(() -> build.previewCopy(new TimetableBuild.CopyRequest(school, "class:" + vg1,
                monday.plusWeeks(1), WeekKind.EVERY, monday.plusWeeks(2), false), NB));
        assertEquals("timetable.clash.teacher", clash.clashKey());
        assertTrue(clash.clashWith().startsWith("C-ANNEN"), clash.clashWith());
        assertEquals("timetable.clash.teacher", assertThrows(BusinessException.class, () -> asOffice.call(() -> build.copy(
                new TimetableBuild.CopyRequest(school, "class:" + vg1, monday.plusWeeks(1), WeekKind.EVERY, monday.plusWeeks(2), false),
                NB))).messageKey());
    }

    @Test
    void theOfficeSetsItsSchoolsExceptionsAndPeriodGridAndOnlyTheCountyAdministratorTheCountysYear() throws Exception {
        LocalDate day = monday.plusDays(2);
        asOffice.call(() -> {
            calendar.setSchoolException(school, year, new CalendarAdmin.DayForm(day, DayKind.PLANNING_DAY, "Planlegging " + suffix));
            return null;
        });
        CalendarAdmin.View view = asOffice.call(() -> calendar.view(school, year)).orElseThrow();
        assertEquals(DayKind.PLANNING_DAY, view.calendar().kindOf(day));
        assertEquals(List.of(day), view.schoolDays().stream().map(CalendarAdmin.DayLine::day).toList());
        assertFalse(view.mayEditCounty());
        InvalidInputException badDay = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> {
            calendar.setSchoolException(school, year, new CalendarAdmin.DayForm(LocalDate.of(year + 2, 1, 1), null, "x".repeat(201)));
            return null;
        }));
        assertEquals("calendar.day.outsideSchoolDays", badDay.fieldErrors().get("day"));
        assertEquals("calendar.kind.required", badDay.fieldErrors().get("kind"));
        assertEquals("calendar.note.tooLong", badDay.fieldErrors().get("note"));
        // the period grid: a 90-minute period after the others; an overlapping one refused
        asOffice.call(() -> {
            calendar.savePeriod(school, new CalendarAdmin.PeriodForm(null, null, 6, LocalTime.of(14, 0), LocalTime.of(15, 30)));
            return null;
        });
        assertEquals("calendar.period.overlap", assertThrows(InvalidInputException.class, () -> asOffice.call(() -> {
            calendar.savePeriod(school, new CalendarAdmin.PeriodForm(null, null, 7, LocalTime.of(15, 0), LocalTime.of(15, 45)));
            return null;
        })).fieldErrors().get("ends"));
        assertEquals(6, asOffice.call(() -> calendar.view(school, year)).orElseThrow().periods().size());
        // the county's year and rute: the county administrator's
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> asOffice.call(() -> {
            calendar.setCountyDay(school, year, new CalendarAdmin.DayForm(day, DayKind.HOLIDAY, null));
            return null;
        }))));
        asCountyAdmin.call(() -> {
            calendar.setCountyDay(school, year, new CalendarAdmin.DayForm(day.plusDays(1), DayKind.HOLIDAY, "Fylkets fridag"));
            return null;
        });
        assertEquals("calendar.year.secondHalfOutside", assertThrows(InvalidInputException.class, () -> asCountyAdmin.call(() -> {
            calendar.saveYear(school, year, new CalendarAdmin.YearForm(first, LocalDate.of(year + 1, 6, 20), LocalDate.of(year + 1, 7, 1),
                    Rotation.ALTERNATING, null));
            return null;
        })).fieldErrors().get("secondHalfFrom"));
        CalendarAdmin.View admin = asCountyAdmin.call(() -> calendar.view(school, year)).orElseThrow();
        assertTrue(admin.mayEditCounty());
        assertEquals(DayKind.HOLIDAY, admin.calendar().kindOf(day.plusDays(1)));
    }

    @Test
    void anotherSchoolsGroupsLessonsAndCalendarAreRefused() throws Exception {
        assertTrue(asOffice.call(() -> groups.groups(otherSchool, year, new GroupAdmin.Filter(null, null, null, true), monday, NB))
                .isEmpty());
        assertTrue(asOffice.call(() -> groups.group(otherGroup, NB)).isEmpty());
        assertEquals("timetable.unknownGroup", assertThrows(BusinessException.class, () -> asOffice.call(() -> {
            groups.addClass(otherGroup, vg1, first);
            return null;
        })).messageKey());
        assertEquals("group.unknownSchool", assertThrows(BusinessException.class, () -> asOffice.call(() -> groups.create(otherSchool,
                year, new GroupAdmin.Form("X", "NOR1260", null, null)))).messageKey());
        assertEquals("timetable.unknownGroup", assertThrows(InvalidInputException.class, () -> asOffice.call(() -> build.place(
                placement(otherGroup, DayOfWeek.MONDAY, 1, 1, null, teacherA, WeekKind.EVERY, false)))).fieldErrors().get("groupId"));
        assertTrue(asOffice.call(() -> build.grid("group:" + otherGroup, monday, NB)).isEmpty());
        assertTrue(asOffice.call(() -> calendar.view(otherSchool, year)).isEmpty());
        assertEquals("calendar.unknownSchool", assertThrows(BusinessException.class, () -> asOffice.call(() -> {
            calendar.setSchoolException(otherSchool, year, new CalendarAdmin.DayForm(monday, DayKind.HOLIDAY, null));
            return null;
        })).messageKey());
        assertEquals(0, countOf("SELECT COUNT(*) FROM group_member WHERE teaching_group_id = ?", otherGroup), "nothing written");
    }

    private TimetableBuild.Placement placement(long group, DayOfWeek day, int firstPeriod, int lastPeriod, Long room, long teacher,
                                               WeekKind kind, boolean approve) {
        return new TimetableBuild.Placement(group, day, firstPeriod, lastPeriod, room, Set.of(teacher), kind, monday, null, approve);
    }

    private long countOf(String sql, long id) throws Exception {
        return Long.parseLong(text(sql, id));
    }

    private String text(String sql, Object... parameters) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return db.text(sql, parameters);
        }
    }
}
