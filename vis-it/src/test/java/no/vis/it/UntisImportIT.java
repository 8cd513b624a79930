package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.timetable.untis.GpuExport.LineProblem;
import no.vis.timetable.untis.UntisImportResult;
import no.vis.timetable.untis.UntisImportService;
import no.vis.timetable.untis.UntisPlan;
import no.vis.timetable.untis.UntisPlan.Clash;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office's Untis import through the service, on PostgreSQL: the conflicts report (a refused
 * teacher clash and room clash, an approvable pupil clash, a line with an unknown teacher, the
 * office's own lesson that the import ends), apply writing exactly the expected lessons and changes,
 * an approved pupil clash, a second apply changing nothing, and another school refused.
 */
@ExtendWith(ArquillianExtension.class)
class UntisImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(UntisImportIT.class, UntisFixture.class, TestDb.class, TestPeople.class, Callers.class,
                Callers.Work.class, AsOfficeStaff.class);
    }

    @Inject
    UntisImportService untis;

    @Inject
    AsOfficeStaff asOffice;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private UntisFixture f;

    @BeforeEach
    void aSchoolAndItsUntisExport() throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            f = UntisFixture.create(db, AsOfficeStaff.ID);
        }
    }

    @Test
    void theReportListsRefusedClashesAPupilClashAndUnusableLinesAndWritesNothing() throws Exception {
        String before = snapshot();
        UntisPlan plan = asOffice.call(() -> untis.preview(f.school, UntisFixture.FROM, UntisFixture.files()));
        assertEquals(before, snapshot(), "the report writes nothing");

        assertEquals(2, plan.count(UntisPlan.Status.READY), "Norwegian on Monday, maths on Tuesday");
        assertEquals(4, plan.count(UntisPlan.Status.REFUSED), "the teacher clash's two lessons and the room clash's two");
        assertEquals(2, plan.count(UntisPlan.Status.NEEDS_APPROVAL));
        List<Clash> refused = plan.refusedClashes();
        assertEquals(2, refused.size());
        Clash teacher = refused.stream().filter(c -> c.kind() == Clash.Kind.TEACHER).findFirst().orElseThrow();
        assertEquals("CCC", teacher.what());
        assertEquals(DayOfWeek.WEDNESDAY, teacher.weekday());
        assertEquals(Set.of("3/3/1", "4/3/1"), Set.of(teacher.first(), teacher.second()));
        Clash room = refused.stream().filter(c -> c.kind() == Clash.Kind.ROOM).findFirst().orElseThrow();
        assertEquals("R1", room.what());
        assertEquals(DayOfWeek.THURSDAY, room.weekday());
        List<Clash> pupils = plan.pupilClashes();
        assertEquals(1, pupils.size());
        assertEquals(1, pupils.get(0).pupils(), "one pupil takes both Spanish and the class's Norwegian");
        assertEquals(LocalTime.of(8, 15), pupils.get(0).starts());

        assertEquals(List.of(new LineProblem("GPU001", 11, "untis.line.unknownTeacher", List.of("ZZZ"))), plan.problems());
        assertEquals(List.of(f.visLesson), plan.visLessonsEnded().stream().map(UntisPlan.Ended::lessonId).toList(),
                "the office's Monday lesson shares teacher and room with Untis' double");
        UntisPlan.Lesson monday = plan.lessons().stream().filter(l -> l.key().equals("1/1/1")).findFirst().orElseThrow();
        assertEquals(LocalTime.of(8, 15), monday.starts());
        assertEquals(LocalTime.of(9, 45), monday.ends(), "periods 1 and 2 without a break: one double lesson");
        assertEquals(f.norwegian, monday.groupId());
        assertEquals(List.of("1STA-MAT1019"), plan.newGroups().stream().map(UntisPlan.NewGroup::code).filter(c -> c.contains("MAT"))
                .toList());
        assertEquals(2, plan.changes().size(), "a cancellation and a substitute");
    }

    @Test
    void applyWritesTheReadyLessonsThenTheApprovedOnesAndASecondApplyChangesNothing() throws Exception {
        UntisImportResult first = asOffice.call(() -> untis.apply(f.school, UntisFixture.FROM, UntisFixture.files(), Set.of()));
        assertEquals(2, first.lessonsCreated());
        assertEquals(1, first.visLessonsEnded());
        assertEquals(1, first.groupsCreated(), "maths; the refused lessons' groups are not created");
        assertEquals(2, first.changesCreated());
        assertEquals(6, first.lessonsLeftOut());
        assertEquals("1STA-MAT1019 2 495-585 R2 A 2026-11-30 [BBB]|1STA-NOR1260 1 495-585 R1 EVERY 2026-11-30 [AAA]",
                untisLessons());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals("2026-11-30", db.value("SELECT valid_to FROM lesson WHERE id = ?", f.visLesson), "ended at the day");
            assertEquals("CANCELLED", db.text("SELECT c.kind FROM lesson_change c JOIN lesson l ON l.id = c.lesson_id"
                    + " JOIN teaching_group g ON g.id = l.teaching_group_id WHERE g.school_id = ? AND c.original_day = DATE '2026-12-07'",
                    f.school));
            assertEquals("CCC", db.text("SELECT s.short_code FROM lesson_change c JOIN lesson_change_teacher t ON t.lesson_change_id"
                    + " = c.id JOIN staff_member s ON s.id = t.staff_member_id JOIN lesson l ON l.id = c.lesson_id JOIN teaching_group g"
                    + " ON g.id = l.teaching_group_id WHERE g.school_id = ? AND c.original_day = DATE '2026-12-08'", f.school));
            assertEquals("2", db.value("SELECT COUNT(*) FROM group_member m JOIN teaching_group g ON g.id = m.teaching_group_id"
                    + " WHERE g.school_id = ? AND g.code = '1STA-MAT1019'", f.school), "the class's pupils in its new group");
        }

        String approve = asOffice.call(() -> untis.preview(f.school, UntisFixture.FROM, UntisFixture.files())).pupilClashes().get(0).key();
        UntisImportResult approved = asOffice.call(() -> untis.apply(f.school, UntisFixture.FROM, UntisFixture.files(), Set.of(approve)));
        assertEquals(2, approved.lessonsCreated(), "Spanish and Norwegian on Friday");
        assertEquals(2, approved.lessonsUnchanged());
        assertEquals(2, approved.changesUnchanged());
        assertEquals(0, approved.untisLessonsEnded());

        String before = snapshot();
        UntisImportResult again = asOffice.call(() -> untis.apply(f.school, UntisFixture.FROM, UntisFixture.files(), Set.of()));
        assertFalse(again.changedAnything(), "the same files again: " + again);
        assertEquals(4, again.lessonsUnchanged(), "the approved clash's lessons are already there: no new approval needed");
        assertEquals(before, snapshot());
        assertTrue(untisLessons().contains("SPA-1 5 495-540 R2 EVERY"));
    }

    @Test
    void aChangeTheFilesNoLongerHoldIsRemovedUnlessTheOfficeHasEditedIt() throws Exception {
        UntisImportResult first = asOffice.call(() -> untis.apply(f.school, UntisFixture.FROM, UntisFixture.files(), Set.of()));
        assertEquals(2, first.changesCreated(), "Monday's cancellation and Tuesday's substitute");
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.execute("UPDATE lesson_change SET changed_by = 'kontor-ola', room_id = CAST(? AS BIGINT) WHERE original_day ="
                    + " DATE '2026-12-08' AND lesson_id IN"
                    + " (SELECT l.id FROM lesson l JOIN teaching_group g ON g.id = l.teaching_group_id WHERE g.school_id = CAST(? AS BIGINT))",
                    Long.toString(f.room1), Long.toString(f.school));
        }
        UntisImportResult same = asOffice.call(() -> untis.apply(f.school, UntisFixture.FROM, UntisFixture.files(), Set.of()));
        assertEquals(0, same.changesUpdated(), "the substitute the office has edited (another room) is not set back: " + same);
        Map<String, byte[]> withoutChanges = new java.util.LinkedHashMap<>(UntisFixture.files());
        withoutChanges.put("GPU014.TXT", new byte[0]);

        UntisImportResult second = asOffice.call(() -> untis.apply(f.school, UntisFixture.FROM, withoutChanges, Set.of()));

        assertEquals(1, second.changesRemoved(), "the cancellation: Untis no longer has it; " + second);
        assertTrue(second.changedAnything());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals("2026-12-08 CHANGED kontor-ola R1", db.text("SELECT STRING_AGG(COALESCE(c.original_day, c.held_on) || ' '"
                    + " || c.kind || ' ' || c.changed_by || ' ' || r.code, '|') FROM lesson_change c JOIN teaching_group g"
                    + " ON g.id = c.teaching_group_id JOIN room r ON r.id = c.room_id WHERE g.school_id = ?", f.school),
                    "the substitute the office has taken over stays as the office left it");
        }
        UntisImportResult again = asOffice.call(() -> untis.apply(f.school, UntisFixture.FROM, withoutChanges, Set.of()));
        assertFalse(again.changedAnything(), "nothing more to remove: " + again);
    }

    @Test
    void anotherSchoolAndBadInputAreRefused() throws Exception {
        BusinessException foreign = assertThrows(BusinessException.class, () -> asOffice.call(() -> untis.preview(f.otherSchool,
                UntisFixture.FROM, UntisFixture.files())));
        assertEquals("untis.unknownSchool", foreign.messageKey());
        assertThrows(BusinessException.class, () -> asOffice.call(() -> untis.apply(f.otherSchool, UntisFixture.FROM,
                UntisFixture.files(), Set.of())));
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> untis.preview(f.school,
                null, Map.of())));
        assertEquals(Map.of("from", "untis.from.required", "files", "untis.files.required"), empty.fieldErrors());
        InvalidInputException noTimetable = assertThrows(InvalidInputException.class, () -> asOffice.call(() -> untis.preview(
                f.school, java.time.LocalDate.of(2030, 1, 7), Map.of("GPU014.TXT", new byte[] {1}))));
        assertEquals(Map.of("from", "untis.from.noYear", "files", "untis.files.gpu001"), noTimetable.fieldErrors());
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> untis.preview(f.school, UntisFixture.FROM,
                UntisFixture.files()))), "no anonymous caller");
    }

    /** The school's UNTIS lessons: group, weekday, minutes, room, week kind, from, teachers; sorted. */
    private String untisLessons() throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return db.text("SELECT STRING_AGG(x, '|' ORDER BY x) FROM (SELECT g.code || ' ' || l.weekday || ' ' || l.starts_at || '-'"
                    + " || l.ends_at || ' ' || COALESCE(r.code, '-') || ' ' || l.week_kind || ' ' || l.valid_from || ' ['"
                    + " || (SELECT STRING_AGG(s.short_code, ',' ORDER BY s.short_code) FROM lesson_teacher t JOIN staff_member s"
                    + " ON s.id = t.staff_member_id WHERE t.lesson_id = l.id) || ']' AS x FROM lesson l JOIN teaching_group g"
                    + " ON g.id = l.teaching_group_id LEFT JOIN room r ON r.id = l.room_id WHERE g.school_id = ?"
                    + " AND l.source = 'UNTIS') y", f.school);
        }
    }

    /** Every row the import may touch at the school, with its version. */
    private String snapshot() throws Exception {
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            return db.text("SELECT COALESCE((SELECT STRING_AGG(l.id || ':' || l.version || ':' || COALESCE(CAST(l.valid_to AS VARCHAR),"
                    + " '-'), ',' ORDER BY l.id) FROM lesson l JOIN teaching_group g ON g.id = l.teaching_group_id WHERE g.school_id = ?), '')"
                    + " || '/' || COALESCE((SELECT STRING_AGG(c.id || ':' || c.version, ',' ORDER BY c.id) FROM lesson_change c"
                    + " JOIN teaching_group g ON g.id = c.teaching_group_id WHERE g.school_id = ?), '')"
                    + " || '/' || (SELECT COUNT(*) FROM teaching_group g WHERE g.school_id = ?)"
                    + " || '/' || (SELECT COUNT(*) FROM group_teacher t JOIN teaching_group g ON g.id = t.teaching_group_id"
                    + " WHERE g.school_id = ?) || '/' || (SELECT COUNT(*) FROM room WHERE school_id = ?)"
                    + " || '/' || (SELECT COUNT(*) FROM group_member m JOIN teaching_group g ON g.id = m.teaching_group_id"
                    + " WHERE g.school_id = ?)", f.school, f.school, f.school, f.school, f.school, f.school);
        }
    }
}
