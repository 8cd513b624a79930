package no.vis.timetable;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import no.vis.calendar.ClockTime;
import no.vis.common.JdbcBatches;

/**
 * Writes a school's set-up rows that come by the hundred thousand — memberships, group teachers,
 * weekly lessons and their teachers — in JDBC batches ({@link JdbcBatches}). For set-up jobs: a
 * county's year is about a million memberships.
 */
final class BulkRows {

    private static final long FIRST_VERSION = 1;

    private final JdbcBatches batches;

    BulkRows(EntityManager em, DataSource dataSource) {
        this.batches = new JdbcBatches(em, dataSource);
    }

    record Member(long groupId, long pupilId, LocalDate from) {
    }

    record Teacher(long groupId, long staffMemberId, LocalDate from) {
    }

    void members(List<Member> members) {
        insert("INSERT INTO group_member (id, teaching_group_id, student_id, from_day, to_day, subject_code, version)"
                + " VALUES (?, ?, ?, ?, NULL, NULL, ?)", members, GroupMember.class, (s, id, m) -> {
                    s.setLong(1, id);
                    s.setLong(2, m.groupId());
                    s.setLong(3, m.pupilId());
                    s.setDate(4, Date.valueOf(m.from()));
                    s.setLong(5, FIRST_VERSION);
                });
    }

    void teachers(List<Teacher> teachers) {
        insert("INSERT INTO group_teacher (id, teaching_group_id, staff_member_id, from_day, to_day, version)"
                + " VALUES (?, ?, ?, ?, NULL, ?)", teachers, GroupTeacher.class, (s, id, t) -> {
                    s.setLong(1, id);
                    s.setLong(2, t.groupId());
                    s.setLong(3, t.staffMemberId());
                    s.setDate(4, Date.valueOf(t.from()));
                    s.setLong(5, FIRST_VERSION);
                });
    }

    /** Weekly lessons not yet persisted, and their teachers. */
    void lessons(List<NewLesson> lessons, Lesson.Source source) {
        long[] ids = new long[lessons.size()];
        insert("INSERT INTO lesson (id, teaching_group_id, weekday, starts_at, ends_at, first_period, last_period, room_id,"
                + " week_kind, valid_from, valid_to, source, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lessons, Lesson.class, (s, id, l) -> {
                    s.setLong(1, id);
                    s.setLong(2, l.groupId());
                    s.setShort(3, (short) l.weekday().getValue());
                    s.setShort(4, (short) ClockTime.minutes(l.starts()));
                    s.setShort(5, (short) ClockTime.minutes(l.ends()));
                    setShort(s, 6, l.firstPeriod());
                    setShort(s, 7, l.lastPeriod() != null ? l.lastPeriod() : l.firstPeriod());
                    if (l.roomId() == null) {
                        s.setNull(8, Types.BIGINT);
                    } else {
                        s.setLong(8, l.roomId());
                    }
                    s.setString(9, l.weekKind().name());
                    s.setDate(10, Date.valueOf(l.validFrom()));
                    if (l.validTo() == null) {
                        s.setNull(11, Types.DATE);
                    } else {
                        s.setDate(11, Date.valueOf(l.validTo()));
                    }
                    s.setString(12, source.name());
                    s.setLong(13, FIRST_VERSION);
                }, ids);
        record LessonTeacher(long lessonId, long staffMemberId) {
        }
        java.util.List<LessonTeacher> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            for (Long teacher : lessons.get(i).teacherIds()) {
                pairs.add(new LessonTeacher(ids[i], teacher));
            }
        }
        batches.insertPlain("INSERT INTO lesson_teacher (lesson_id, staff_member_id) VALUES (?, ?)", pairs, (s, id, p) -> {
            s.setLong(1, p.lessonId());
            s.setLong(2, p.staffMemberId());
        });
    }

    /** A weekly lesson to write: a {@link Lesson}'s fields but its id and version. */
    record NewLesson(long groupId, java.time.DayOfWeek weekday, java.time.LocalTime starts, java.time.LocalTime ends,
                        Integer firstPeriod, Integer lastPeriod, Long roomId, no.vis.calendar.WeekKind weekKind,
                        LocalDate validFrom, LocalDate validTo, java.util.Set<Long> teacherIds) {
    }

    private <T> void insert(String sql, List<T> rows, Class<?> entity, JdbcBatches.Binder<T> binder) {
        batches.insert(sql, rows, entity, binder, null);
    }

    private <T> void insert(String sql, List<T> rows, Class<?> entity, JdbcBatches.Binder<T> binder, long[] idsOut) {
        batches.insert(sql, rows, entity, binder, idsOut);
    }

    private static void setShort(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.SMALLINT);
        } else {
            s.setShort(index, value.shortValue());
        }
    }
}
