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
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import no.vis.absence.AbsenceCodeService;
import no.vis.absence.AbsenceKind;
import no.vis.absence.ClassDay;
import no.vis.absence.DayAbsenceService;
import no.vis.absence.DayLesson;
import no.vis.absence.Documentation;
import no.vis.absence.RegisterEntry;
import no.vis.absence.RegisterLine;
import no.vis.absence.RegisterService;
import no.vis.absence.RegisterSheet;
import no.vis.absence.RegisterState;
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
 * The teacher's register and the contact teacher's day absence against PostgreSQL (issue 12): a
 * register taken and changed (the change kept with who and what), the day's lessons showing it,
 * another teacher's lesson and a lesson not started refused, bad minutes and codes as field errors,
 * a reason after the deadline, two teachers saving at once, and day absence locking the day's
 * lessons. Each test has a school, class and lessons of its own in a county of this test's.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterIT {

    static final Locale NB = Locale.forLanguageTag("nb");
    /** The Monday of last week: every lesson of that week has started. */
    static final LocalDate MONDAY = Today.inNorway().minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(RegisterIT.class, TestDb.class, TestPeople.class, Callers.class, Callers.Work.class,
                AsTeacher.class, AsContactTeacher.class, AsSystem.class);
    }

    @Inject
    RegisterService registers;

    @Inject
    DayAbsenceService days;

    @Inject
    AbsenceCodeService codes;

    @Inject
    AsTeacher asTeacher;

    @Inject
    AsContactTeacher asContact;

    @Inject
    AsSystem asSystem;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private long county;
    private long ada;
    private long bo;
    private long stranger;
    private long mondayLesson;
    private long tuesdayLesson;
    private long wednesdayLesson;
    private long thursdayNorwegian;
    private long thursdayMaths;
    private long othersLesson;
    private long vg1;

    @BeforeEach
    void school() throws Exception {
        String suffix = TestPeople.token();
        TestPeople people = new TestPeople();
        int startYear = MONDAY.getMonthValue() >= 8 ? MONDAY.getYear() : MONDAY.getYear() - 1;
        LocalDate first = LocalDate.of(startYear, 8, 1);
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            county = db.county("81", "Fraværsfylket");
            db.execute("UPDATE county SET register_deadline_hours = 2160 WHERE id = CAST(? AS BIGINT)", Long.toString(county));
            for (int y = startYear; y <= startYear + 1; y++) {
                if (db.text("SELECT id FROM school_year WHERE county_id = ? AND start_year = ?", county, y) == null) {
                    db.schoolYear(county, y, LocalDate.of(y, 8, 1), LocalDate.of(y + 1, 7, 31), LocalDate.of(y + 1, 1, 15));
                }
            }
            long school = db.school(county, TestPeople.orgNumber(), "Fravær vgs " + suffix);
            vg1 = db.schoolClass(school, startYear, "1STA", "VG1");
            ada = db.pupil(people.next().value(), "Ada", "Aamot" + suffix, MONDAY.minusYears(16), school, vg1);
            bo = db.pupil(people.next().value(), "Bo", "Berg" + suffix, MONDAY.minusYears(16), school, vg1);
            stranger = db.pupil(people.next().value(), "Siv", "Fremmed" + suffix, MONDAY.minusYears(16), school, vg1);
            db.freshStaffWithId(AsTeacher.ID, "Tea Lærer", county);
            db.roleOf(AsTeacher.ID, school, "TEACHER");
            db.freshStaffWithId(AsContactTeacher.ID, "Kai Kontakt", county);
            db.roleOf(AsContactTeacher.ID, school, "CONTACT_TEACHER");
            db.contactTeacher(vg1, AsContactTeacher.ID, first);
            db.staffRole("register-other-" + suffix, "Ole Annen", county, school, "TEACHER");
            long other = Long.parseLong(db.value("SELECT id FROM staff_member WHERE feide_user_id = 'register-other-" + suffix
                    + "' AND ? > 0", 1));
            long norwegian = db.teachingGroup(school, startYear, "1STA-NOR", "NOR1260", vg1);
            long maths = db.teachingGroup(school, startYear, "1STA-MAT", "MAT1021", vg1);
            for (long pupil : new long[] {ada, bo}) {
                db.groupMember(norwegian, pupil, first, null);
                db.groupMember(maths, pupil, first, null);
            }
            db.groupTeacher(norwegian, AsTeacher.ID, first);
            mondayLesson = db.lesson(norwegian, 1, "08:15", "09:45", null, "EVERY", first, AsTeacher.ID);
            tuesdayLesson = db.lesson(norwegian, 2, "10:00", "10:45", null, "EVERY", first, AsTeacher.ID);
            // taught by two: the teacher and the contact teacher
            wednesdayLesson = db.lesson(norwegian, 3, "08:15", "09:45", null, "EVERY", first, AsTeacher.ID, AsContactTeacher.ID);
            thursdayNorwegian = db.lesson(norwegian, 4, "08:15", "09:45", null, "EVERY", first, AsTeacher.ID);
            thursdayMaths = db.lesson(maths, 4, "10:00", "11:30", null, "EVERY", first, other);
            othersLesson = db.lesson(maths, 1, "10:00", "11:30", null, "EVERY", first, other);
        }
        asSystem.call(() -> codes.startFrom(county, StandardCodeSet.INSCHOOL, first));
    }

    private static String key(long lesson, LocalDate day) {
        return "L" + lesson + "-" + day;
    }

    private long codeId(String code) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return Long.parseLong(db.text("SELECT id FROM absence_code WHERE county_id = ? AND code = ?", county, code));
        }
    }

    private String value(String sql, Object... parameters) throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return db.text(sql, parameters);
        }
    }

    @Test
    void theTeacherTakesTheRegisterAndAChangeIsKeptWithWhoAndWhat() throws Exception {
        String key = key(mondayLesson, MONDAY);
        DayLesson before = asTeacher.call(() -> registers.myDay(MONDAY, NB)).stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow();
        assertEquals(RegisterState.NOT_TAKEN, before.state());

        RegisterSheet sheet = asTeacher.call(() -> registers.open(key, NB));
        assertEquals(-1, sheet.version(), "never saved");
        assertEquals(90, sheet.lessonMinutes());
        assertEquals(List.of(ada, bo), sheet.lines().stream().map(RegisterLine::pupilId).toList(), "the group's pupils, by name");
        assertTrue(sheet.lines().stream().allMatch(RegisterLine::isPresent), "present until marked");
        assertEquals(List.of("X", "M", "D", "!", "R", "§"), sheet.codes().stream().map(c -> c.code()).toList(), "the county's lesson codes");
        assertEquals(codeId("X"), sheet.defaultCodeId());
        assertEquals("1", value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND subject_id = ? AND category = 'ABSENCE_DETAIL'"
                + " AND action = 'READ' AND purpose = 'register'", AsTeacher.PRINCIPAL, ada), "the read is logged");

        long version = asTeacher.call(() -> registers.save(key, -1, List.of(new RegisterEntry(ada, AbsenceKind.ABSENT, null, null),
                new RegisterEntry(bo, AbsenceKind.LATE, 10, null)), null)).version();
        assertEquals("ABSENT|90|X|UNDOCUMENTED|NOR1260", value("SELECT a.kind || '|' || a.minutes || '|' || c.code || '|'"
                + " || a.documentation || '|' || a.subject_code FROM absence a JOIN absence_code c ON c.id = a.absence_code_id"
                + " WHERE a.student_id = ?", ada));
        assertEquals("LATE|10", value("SELECT kind || '|' || minutes FROM absence WHERE student_id = ?", bo), "minutes, not the lesson");
        assertEquals(AsTeacher.PRINCIPAL, value("SELECT taken_by FROM lesson_register WHERE occurrence_key = ?", key));
        assertEquals("0", value("SELECT COUNT(*) FROM absence_change WHERE student_id = ?", ada), "a first registration is no change");
        assertEquals("1", value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND subject_id = ? AND category = 'ABSENCE_DETAIL'"
                + " AND action = 'CHANGE'", AsTeacher.PRINCIPAL, bo));

        DayLesson taken = asTeacher.call(() -> registers.myDay(MONDAY, NB)).stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow();
        assertEquals(RegisterState.TAKEN, taken.state());
        assertEquals(2, taken.absent());

        // Bo was there after all; Ada stays absent
        RegisterSheet again = asTeacher.call(() -> registers.open(key, NB));
        assertEquals(version, again.version());
        assertEquals("Tea Lærer", again.takenBy());
        asTeacher.call(() -> registers.save(key, version, List.of(new RegisterEntry(ada, AbsenceKind.ABSENT, null, null),
                RegisterEntry.present(bo)), "Bo kom likevel"));
        assertNull(value("SELECT id FROM absence WHERE student_id = ?", bo));
        assertEquals("LATE 10 #" + codeId("X") + " UNDOCUMENTED|PRESENT|" + AsTeacher.PRINCIPAL + "|Bo kom likevel|false",
                value("SELECT before_state || '|' || after_state || '|' || changed_by || '|' || reason || '|' || after_deadline"
                        + " FROM absence_change WHERE student_id = ?", bo));
        assertEquals("0", value("SELECT COUNT(*) FROM absence_change WHERE student_id = ?", ada), "Ada's line did not change");
    }

    @Test
    void anotherTeachersLessonOrANameThatIsNoLessonIsRefusedAndLogged() throws Exception {
        long refusedBefore = Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'register'", AsTeacher.PRINCIPAL));
        for (String key : List.of(key(othersLesson, MONDAY), key(mondayLesson, MONDAY.plusDays(1)), "L1-2026-13-45", "X-1")) {
            BusinessException e = assertThrows(BusinessException.class, () -> asTeacher.call(() -> registers.open(key, NB)), key);
            assertEquals("register.notYours", e.messageKey(), key);
        }
        BusinessException save = assertThrows(BusinessException.class, () -> asTeacher.call(() -> registers.save(
                key(othersLesson, MONDAY), -1, List.of(new RegisterEntry(ada, AbsenceKind.ABSENT, null, null)), null)));
        assertEquals("register.notYours", save.messageKey());
        assertEquals(refusedBefore + 5, Long.parseLong(value("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED'"
                + " AND purpose = 'register'", AsTeacher.PRINCIPAL)), "every refusal logged");
        assertNull(value("SELECT id FROM absence WHERE student_id = ?", ada), "nothing written");
        // a pupil who is not in the group
        BusinessException outsider = assertThrows(BusinessException.class, () -> asTeacher.call(() -> registers.save(
                key(mondayLesson, MONDAY), -1, List.of(new RegisterEntry(stranger, AbsenceKind.ABSENT, null, null)), null)));
        assertEquals("register.notInGroup", outsider.messageKey());
        assertNull(value("SELECT id FROM lesson_register WHERE occurrence_key = ?", key(mondayLesson, MONDAY)), "no half-written register");
    }

    @Test
    void aLessonNotStartedBadMinutesAndAnUnknownCodeAreRefusedWithNothingWritten() throws Exception {
        String future = key(mondayLesson, MONDAY.plusWeeks(2));
        BusinessException notStarted = assertThrows(BusinessException.class, () -> asTeacher.call(() -> registers.save(future, -1,
                List.of(new RegisterEntry(ada, AbsenceKind.ABSENT, null, null)), null)));
        assertEquals("register.notStarted", notStarted.messageKey());
        assertFalse(asTeacher.call(() -> registers.open(future, NB)).open(), "it can be looked at, not taken");

        String key = key(tuesdayLesson, MONDAY.plusDays(1)); // 45 minutes
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> asTeacher.call(() -> registers.save(key, -1,
                List.of(new RegisterEntry(ada, AbsenceKind.LATE, 45, null), new RegisterEntry(bo, AbsenceKind.ABSENT, null, 999_999L)),
                null)));
        assertEquals("register.minutes.range", bad.fieldErrors().get("minutes-" + ada), "late for the whole lesson is absent");
        assertEquals("register.code.invalid", bad.fieldErrors().get("code-" + bo));
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> asTeacher.call(() -> registers.save(key, -1,
                List.of(new RegisterEntry(ada, AbsenceKind.LEFT_EARLY, null, null)), null)));
        assertEquals("register.minutes.range", none.fieldErrors().get("minutes-" + ada));
        assertNull(value("SELECT id FROM lesson_register WHERE occurrence_key = ?", key), "nothing written");

        asTeacher.call(() -> registers.save(key, -1, List.of(new RegisterEntry(ada, AbsenceKind.LEFT_EARLY, 44, null)), null));
        assertEquals("LEFT_EARLY|44", value("SELECT kind || '|' || minutes FROM absence WHERE student_id = ?", ada));
    }

    @Test
    void afterTheDeadlineAChangeNeedsAReasonAndIsMarked() throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("UPDATE county SET register_deadline_hours = 1 WHERE id = CAST(? AS BIGINT)", Long.toString(county));
        }
        String key = key(mondayLesson, MONDAY);
        assertTrue(asTeacher.call(() -> registers.open(key, NB)).afterDeadline());
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> asTeacher.call(() -> registers.save(key, -1,
                List.of(new RegisterEntry(ada, AbsenceKind.ABSENT, null, null)), " ")));
        assertEquals("register.reason.required", noReason.fieldErrors().get("reason"));
        assertNull(value("SELECT id FROM absence WHERE student_id = ?", ada));

        asTeacher.call(() -> registers.save(key, -1, List.of(new RegisterEntry(ada, AbsenceKind.ABSENT, null, null)),
                "Glemte å føre"));
        assertEquals("PRESENT|Glemte å føre|true", value("SELECT before_state || '|' || reason || '|' || after_deadline"
                + " FROM absence_change WHERE student_id = ?", ada), "a late registration is logged with its reason");
    }

    @Test
    void twoTeachersSavingTheSameRegisterAtOnceLoseNothing() throws Exception {
        String key = key(wednesdayLesson, MONDAY.plusDays(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                long expected = round == 0 ? -1 : Long.parseLong(value("SELECT version FROM lesson_register WHERE occurrence_key = ?", key));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Object>> saves = new ArrayList<>();
                // the teacher marks Ada absent; the co-teacher marks Bo absent
                saves.add(pool.submit(() -> {
                    start.await();
                    return asTeacher.call(() -> registers.save(key, expected, List.of(new RegisterEntry(ada, AbsenceKind.ABSENT, null, null)),
                            null));
                }));
                saves.add(pool.submit(() -> {
                    start.await();
                    return asContact.call(() -> registers.save(key, expected, List.of(new RegisterEntry(bo, AbsenceKind.ABSENT, null, null)),
                            null));
                }));
                start.countDown();
                List<Boolean> won = new ArrayList<>();
                for (Future<Object> f : saves) {
                    try {
                        f.get();
                        won.add(true);
                    } catch (java.util.concurrent.ExecutionException e) {
                        BusinessException b = cause(e, BusinessException.class);
                        assertEquals("register.changedMeanwhile", b == null ? String.valueOf(e.getCause()) : b.messageKey());
                        won.add(false);
                    }
                }
                assertEquals(1, won.stream().filter(w -> w).count(), "round " + round + ": one save wins, the other is told");
                String absent = value("SELECT string_agg(CAST(student_id AS VARCHAR), ',') FROM absence a JOIN lesson_register r"
                        + " ON r.id = a.lesson_register_id WHERE r.occurrence_key = ?", key);
                assertEquals(won.get(0) ? Long.toString(ada) : Long.toString(bo), absent, "round " + round + ": the winner's register, whole");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> kind) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (kind.isInstance(c)) {
                return kind.cast(c);
            }
        }
        return null;
    }

    @Test
    void theContactTeachersDayAbsenceCoversEveryLessonOfTheDayAndLocksThem() throws Exception {
        LocalDate thursday = MONDAY.plusDays(3);
        String norwegian = key(thursdayNorwegian, thursday);
        asTeacher.call(() -> registers.save(norwegian, -1, List.of(new RegisterEntry(ada, AbsenceKind.LATE, 20, null)), null));

        ClassDay day = asContact.call(() -> days.classDay(vg1, thursday, NB));
        assertEquals(List.of(ada, bo, stranger), day.lines().stream().map(l -> l.pupilId()).toList());
        assertEquals(2, day.lines().get(0).lessons(), "Norwegian and maths");
        assertEquals(1, day.lines().get(0).lessonsWithAbsence());
        assertEquals(List.of("X", "M", "D", "!", "R", "§"), day.dayCodes().stream().map(c -> c.code()).toList(),
                "InSchool's codes serve days too");

        asContact.call(() -> {
            days.registerDay(ada, thursday, codeId("M"), null);
            return null;
        });
        assertEquals("2|180|HEALTH_SELF_CERTIFIED", value("SELECT COUNT(*) || '|' || SUM(minutes) || '|' || MIN(documentation)"
                + " FROM absence WHERE student_id = ? AND on_day = ? AND day_absence_id IS NOT NULL", ada, thursday),
                "both lessons absent, whole, with the day's code; the maths register made, not taken");
        assertEquals("LATE 20 #" + codeId("X") + " UNDOCUMENTED", value("SELECT before_state FROM absence_change WHERE student_id = ?"
                + " AND lesson_register_id IS NOT NULL", ada), "the subject teacher's entry it replaced is kept");
        assertNull(value("SELECT taken_at FROM lesson_register WHERE occurrence_key = ?", key(thursdayMaths, thursday)));

        // the subject teacher sees Ada locked, and a save without her leaves the day absence alone
        RegisterSheet sheet = asTeacher.call(() -> registers.open(norwegian, NB));
        RegisterLine adaLine = sheet.lines().stream().filter(l -> l.pupilId() == ada).findFirst().orElseThrow();
        assertTrue(adaLine.lockedByDayAbsence());
        assertEquals("M", adaLine.dayCode());
        asTeacher.call(() -> registers.save(norwegian, sheet.version(), List.of(RegisterEntry.present(ada)), null));
        assertEquals("2", value("SELECT COUNT(*) FROM absence WHERE student_id = ? AND on_day = ?", ada, thursday));

        asContact.call(() -> {
            days.document(ada, thursday, Documentation.HEALTH_DOCUMENTED);
            return null;
        });
        assertEquals("HEALTH_DOCUMENTED", value("SELECT string_agg(DISTINCT documentation, ',') FROM absence WHERE student_id = ?"
                + " AND on_day = ?", ada, thursday));
        asContact.call(() -> {
            days.removeDay(ada, thursday);
            return null;
        });
        assertEquals("LATE|20|UNDOCUMENTED|staff:" + AsTeacher.ID, value("SELECT string_agg(kind || '|' || minutes || '|'"
                + " || documentation || '|' || registered_by, ',') FROM absence WHERE student_id = ? AND on_day = ?", ada, thursday),
                "the day's own entry (maths) is gone; the subject teacher's (Norwegian, late 20) is back as they registered it");

        // Bo moves to another class the day after: on that Thursday he was still the class's, so its contact
        // teacher sees and registers him then — and not on the Friday
        LocalDate friday = thursday.plusDays(1);
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long school = Long.parseLong(db.text("SELECT school_id FROM school_class WHERE id = ?", vg1));
            int startYear = MONDAY.getMonthValue() >= 8 ? MONDAY.getYear() : MONDAY.getYear() - 1;
            long other = db.schoolClass(school, startYear, "1STB", "VG1");
            db.execute("INSERT INTO class_placement (id, student_id, school_class_id, active_from, active_to, created_by, created_at,"
                    + " version) VALUES (nextval('class_placement_seq'), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DATE),"
                    + " CAST(? AS DATE), 'test', CURRENT_TIMESTAMP, 1)", Long.toString(bo), Long.toString(vg1),
                    LocalDate.of(startYear, 8, 1).toString(), friday.toString());
            db.execute("INSERT INTO class_placement (id, student_id, school_class_id, active_from, active_to, created_by, created_at,"
                    + " version) VALUES (nextval('class_placement_seq'), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DATE), NULL,"
                    + " 'test', CURRENT_TIMESTAMP, 1)", Long.toString(bo), Long.toString(other), friday.toString());
            db.execute("UPDATE student SET school_class_id = CAST(? AS BIGINT) WHERE id = CAST(? AS BIGINT)", Long.toString(other),
                    Long.toString(bo));
        }
        assertTrue(asContact.call(() -> days.classDay(vg1, thursday, NB)).lines().stream().anyMatch(l -> l.pupilId() == bo),
                "in the class on Thursday");
        assertFalse(asContact.call(() -> days.classDay(vg1, friday, NB)).lines().stream().anyMatch(l -> l.pupilId() == bo),
                "not on Friday");
        asContact.call(() -> {
            days.registerDay(bo, thursday, codeId("X"), null);
            return null;
        });
        assertEquals("2", value("SELECT COUNT(*) FROM absence WHERE student_id = ? AND on_day = ? AND day_absence_id IS NOT NULL",
                bo, thursday));
        BusinessException afterMove = assertThrows(BusinessException.class, () -> asContact.call(() -> {
            days.registerDay(bo, friday, codeId("X"), null);
            return null;
        }));
        assertEquals("dayAbsence.notYourPupil", afterMove.messageKey());

        // refused: a day to come, a pupil of another contact teacher's class
        InvalidInputException future = assertThrows(InvalidInputException.class, () -> asContact.call(() -> {
            days.registerDay(ada, Today.inNorway().plusDays(1), codeId("X"), null);
            return null;
        }));
        assertEquals("dayAbsence.day.future", future.fieldErrors().get("day"));
        BusinessException notMine = assertThrows(BusinessException.class, () -> asContact.call(() -> days.classDay(vg1 + 100_000, thursday, NB)));
        assertEquals("dayAbsence.notYourClass", notMine.messageKey());
    }
}
