package no.vis.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Test data written straight into the test database, for tests that run as a client (browser,
 * HTTP) and cannot call the EJBs. Ids come from the same sequences the application uses.
 */
public final class TestDb implements AutoCloseable {

    private final Connection connection;

    public TestDb() throws SQLException {
        connection = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
    }

    /** On a connection of the server's datasource, for in-container tests (auto-commit). */
    public TestDb(Connection connection) {
        this.connection = connection;
    }

    /**
     * The guardian with a fixed id (for {@code @RunAsPrincipal("guardian:<id>")}), created once and
     * stripped of guardianships and consents, so that each test starts from none.
     */
    public void freshGuardianWithId(long id, String given, String family) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO guardian (id, fnr, given_name, family_name,"
                + " version) VALUES (?, ?, ?, ?, 1) ON CONFLICT (id) DO NOTHING")) {
            insert.setLong(1, id);
            insert.setString(2, TestPeople.adult().value());
            insert.setString(3, given);
            insert.setString(4, family);
            insert.executeUpdate();
        }
        for (String table : new String[] {"consent", "guardianship"}) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE guardian_id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
    }

    public void guardianContact(long guardianId, String mobile, String email) throws SQLException {
        update("UPDATE guardian SET mobile = ?, mobile_source = 'KRR', mobile_set_at = CURRENT_TIMESTAMP, email = ?,"
                + " email_source = 'GUARDIAN', email_set_at = CURRENT_TIMESTAMP WHERE id = ?", mobile, email, guardianId);
    }

    /** How many refusals of a page the access log has for an actor. */
    public long pageRefusals(String actor, String path) throws SQLException {
        return Long.parseLong(query("SELECT COUNT(*) FROM access_log WHERE actor = ? AND action = 'REFUSED' AND purpose = ?",
                actor, "page " + path));
    }

    /** A statement with text parameters; returns the update count. */
    public int execute(String sql, String... parameters) throws SQLException {
        return update(sql, (Object[]) parameters);
    }

    /** One value of a query with one long parameter (a count, a date as text, …); null when no row. */
    public String value(String sql, long parameter) throws SQLException {
        return query(sql, parameter);
    }

    /** One value of a query (the first column of the first row; null when no row), with parameters of any type. */
    public String text(String sql, Object... parameters) throws SQLException {
        return query(sql, parameters);
    }

    /** A statement with parameters of any type; returns the update count. */
    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The first column of the first row as text; null when there is no row. */
    private String query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The county a staff member (by Feide user id) belongs to. */
    public long countyOfStaff(String feideUserId) throws SQLException {
        return Long.parseLong(query("SELECT county_id FROM staff_member WHERE feide_user_id = ?", feideUserId));
    }

    public boolean guardiansSeeConduct(long countyId) throws SQLException {
        return "t".equals(query("SELECT guardians_see_conduct FROM county WHERE id = ?", countyId));
    }

    /** The pupil left upper secondary school on the day. */
    public void leftSchool(long pupilId, LocalDate on) throws SQLException {
        update("UPDATE student SET left_on = ? WHERE id = ?", on, pupilId);
    }

    public void protectAddress(long pupilId, String protection) throws SQLException {
        update("UPDATE student SET address_protection = ? WHERE id = ?", protection, pupilId);
    }

    private long nextId(String sequence) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT nextval('" + sequence + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public long county(String code, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO county (id, code, name, version) VALUES (?, ?, ?, 1) ON CONFLICT (code) DO NOTHING")) {
            insert.setLong(1, nextId("county_seq"));
            insert.setString(2, code);
            insert.setString(3, name);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM county WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public long school(long countyId, String orgNumber, String name) throws SQLException {
        long id = nextId("school_seq");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO school (id, county_id, org_number, name, version) VALUES (?, ?, ?, ?, 1)")) {
            insert.setLong(1, id);
            insert.setLong(2, countyId);
            insert.setString(3, orgNumber);
            insert.setString(4, name);
            insert.executeUpdate();
        }
        return id;
    }

    public long schoolClass(long schoolId, int schoolYear, String code, String level) throws SQLException {
        long id = nextId("school_class_seq");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO school_class"
                + " (id, school_id, school_year, code, level, programme, version) VALUES (?, ?, ?, ?, ?, 'ST', 1)")) {
            insert.setLong(1, id);
            insert.setLong(2, schoolId);
            insert.setInt(3, schoolYear);
            insert.setString(4, code);
            insert.setString(5, level);
            insert.executeUpdate();
        }
        return id;
    }

    public long pupil(String fnr, String given, String family, LocalDate born, long schoolId, long classId)
            throws SQLException {
        long id = nextId("student_seq");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO student (id, fnr, given_name,"
                + " family_name, search_name, birth_date, street, postal_code, postal_place, address_protection,"
                + " school_id, school_class_id, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'Storgata 1', '4006', 'STAVANGER', 'UGRADERT', ?, ?, ?, 1)")) {
            insert.setLong(1, id);
            insert.setString(2, fnr);
            insert.setString(3, given);
            insert.setString(4, family);
            insert.setString(5, (given + " " + family).toLowerCase(java.util.Locale.ROOT));
            insert.setObject(6, born);
            insert.setLong(7, schoolId);
            insert.setLong(8, classId);
            insert.setTimestamp(9, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    public void linkFeide(long pupilId, String feideUserId) throws SQLException {
        update("UPDATE student SET feide_user_id = ? WHERE id = ?", feideUserId, pupilId);
    }

    public long guardian(String fnr, String given, String family) throws SQLException {
        long id = nextId("guardian_seq");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO guardian (id, fnr, given_name, family_name, version) VALUES (?, ?, ?, ?, 1)")) {
            insert.setLong(1, id);
            insert.setString(2, fnr);
            insert.setString(3, given);
            insert.setString(4, family);
            insert.executeUpdate();
        }
        return id;
    }

    /** A guardianship from Folkeregisteret (shared responsibility); ended by staff when {@code to} is given. */
    public long guardianship(long guardianId, long pupilId, LocalDate from, LocalDate to) throws SQLException {
        long id = nextId("guardianship_seq");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO guardianship (id, guardian_id, student_id,"
                + " active_from, active_to, basis, responsibility, end_reason, version)"
                + " VALUES (?, ?, ?, ?, ?, 'FOLKEREGISTERET', 'FELLES', ?, 1)")) {
            insert.setLong(1, id);
            insert.setLong(2, guardianId);
            insert.setLong(3, pupilId);
            insert.setObject(4, from);
            insert.setObject(5, to);
            insert.setString(6, to == null ? null : "ENDED_BY_STAFF");
            insert.executeUpdate();
        }
        return id;
    }

    /** A consent (party PUPIL or GUARDIAN) about a guardian of a pupil, given on a date, revoked on another or null. */
    public void consent(long pupilId, long guardianId, String party, LocalDate given, LocalDate revoked) throws SQLException {
        update("INSERT INTO consent (id, student_id, guardian_id, party, given_on, form_reference, registered_by, registered_at,"
                + " revoked_on, revoked_by_party, version) VALUES (?, ?, ?, ?, ?, 'TEST/1', 'test', CURRENT_TIMESTAMP, ?, ?, 1)",
                nextId("consent_seq"), pupilId, guardianId, party, given, revoked, revoked == null ? null : party);
    }

    /** How many access log lines match: actor (or null for any), subject, action. */
    public long accessLogLines(String actor, String subjectKind, long subjectId, String action) throws SQLException {
        return Long.parseLong(query("SELECT COUNT(*) FROM access_log WHERE (CAST(? AS VARCHAR) IS NULL OR actor = ?)"
                + " AND subject_kind = ? AND subject_id = ? AND action = ?", actor, actor, subjectKind, subjectId, action));
    }

    /** A staff member with no roles. */
    public void staffMember(String feideUserId, String name, long countyId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staff_member"
                + " (id, county_id, feide_user_id, name, version) VALUES (?, ?, ?, ?, 1)")) {
            insert.setLong(1, nextId("staff_member_seq"));
            insert.setLong(2, countyId);
            insert.setString(3, feideUserId);
            insert.setString(4, name);
            insert.executeUpdate();
        }
    }

    /** A staff member (created if the Feide user id is new) with a role at a school, or county-wide. */
    public void staffRole(String feideUserId, String name, long countyId, Long schoolId, String role) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staff_member"
                + " (id, county_id, feide_user_id, name, version) VALUES (?, ?, ?, ?, 1) ON CONFLICT (feide_user_id) DO NOTHING")) {
            insert.setLong(1, nextId("staff_member_seq"));
            insert.setLong(2, countyId);
            insert.setString(3, feideUserId);
            insert.setString(4, name);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staff_role"
                + " (id, staff_member_id, school_id, role, granted_at, granted_by)"
                + " SELECT ?, id, ?, ?, ?, 'test' FROM staff_member WHERE feide_user_id = ?")) {
            insert.setLong(1, nextId("staff_role_seq"));
            insert.setObject(2, schoolId);
            insert.setString(3, role);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setString(5, feideUserId);
            insert.executeUpdate();
        }
    }

    /** A pupil's current guardians as "fnr:RESPONSIBILITY", by number, comma-separated (null: none). */
    public String activeGuardians(long pupilId) throws SQLException {
        return value("SELECT string_agg(g.fnr || ':' || gs.responsibility, ',' ORDER BY g.fnr) FROM guardianship gs"
                + " JOIN guardian g ON g.id = gs.guardian_id WHERE gs.active_to IS NULL AND gs.student_id = ?", pupilId);
    }

    /**
     * A staff member with a fixed id (for {@code @RunAsPrincipal("staff:<id>")}), stripped of roles
     * and of the lessons, groups and classes earlier tests gave them.
     */
    public void freshStaffWithId(long id, String name, long countyId) throws SQLException {
        update("INSERT INTO staff_member (id, county_id, feide_user_id, name, version) VALUES (?, ?, ?, ?, 1)"
                + " ON CONFLICT (id) DO NOTHING", id, countyId, "test-staff-" + id, name);
        for (String table : new String[] {"staff_role", "lesson_teacher", "lesson_change_teacher", "group_teacher",
            "contact_teacher"}) {
            update("DELETE FROM " + table + " WHERE staff_member_id = ?", id);
        }
    }

    /** A role at a school for a staff member by id. */
    public void roleOf(long staffId, long schoolId, String role) throws SQLException {
        update("INSERT INTO staff_role (id, staff_member_id, school_id, role, granted_at, granted_by)"
                + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, 'test')", nextId("staff_role_seq"), staffId, schoolId, role);
    }

    /**
     * A pupil with a fixed id (for {@code @RunAsPrincipal("pupil:<id>")}) at a school and class, in no group,
     * born on the day given and not left (whatever an earlier test made of the same id).
     */
    public void freshPupilWithId(long id, String given, String family, LocalDate born, long schoolId, long classId)
            throws SQLException {
        update("INSERT INTO student (id, fnr, given_name, family_name, search_name, birth_date, address_protection, school_id,"
                + " school_class_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 'UGRADERT', ?, ?, CURRENT_TIMESTAMP, 1)"
                + " ON CONFLICT (id) DO UPDATE SET school_id = EXCLUDED.school_id, school_class_id = EXCLUDED.school_class_id,"
                + " birth_date = EXCLUDED.birth_date, left_on = NULL",
                id, new TestPeople().next().value(), given, family, (given + " " + family).toLowerCase(java.util.Locale.ROOT),
                born, schoolId, classId);
        update("DELETE FROM group_member WHERE student_id = ?", id);
        update("DELETE FROM class_placement WHERE student_id = ?", id);
        for (String table : new String[] {"grade_change", "grade", "absence_discretion", "formative_comment", "conduct_grade"}) {
            update("DELETE FROM " + table + " WHERE student_id = ?", id);
        }
    }

    /** An enrolment of a pupil at a school from a day, ended on a day (exclusive) for a reason, or current (null, null). */
    public long enrolment(long pupilId, long schoolId, String programmeArea, String level, LocalDate from, LocalDate to, String endReason)
            throws SQLException {
        long id = nextId("enrolment_seq");
        update("INSERT INTO enrolment (id, student_id, school_id, programme_area, level, admitted_on, active_from, active_to, end_reason,"
                + " created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', CURRENT_TIMESTAMP, 1)",
                id, pupilId, schoolId, programmeArea, level, from, from, to, endReason);
        return id;
    }

    /** The county's school year, created if absent: first and last day, halvårsskille, A week anchor = the first Monday. */
    public long schoolYear(long countyId, int startYear, LocalDate first, LocalDate last, LocalDate secondHalf)
            throws SQLException {
        update("INSERT INTO school_year (id, county_id, start_year, first_day, last_day, second_half_from, rotation,"
                + " rotation_anchor, version) VALUES (?, ?, ?, ?, ?, ?, 'ALTERNATING', ?, 1) ON CONFLICT (county_id, start_year)"
                + " DO NOTHING", nextId("school_year_seq"), countyId, startYear, first, last, secondHalf,
                first.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
        return Long.parseLong(query("SELECT id FROM school_year WHERE county_id = ? AND start_year = ?", countyId, startYear));
    }

    /** A skolerute day (school null: the county's), kind HOLIDAY, PLANNING_DAY, ACTIVITY_DAY or SCHOOL_DAY. */
    public void calendarDay(long schoolYearId, Long schoolId, LocalDate day, String kind, String note) throws SQLException {
        update("INSERT INTO calendar_day (id, school_year_id, school_id, on_day, kind, note, version) VALUES (?, ?, ?, ?, ?, ?, 1)",
                nextId("calendar_day_seq"), schoolYearId, schoolId, day, kind, note);
    }

    public long room(long schoolId, String code) throws SQLException {
        long id = nextId("room_seq");
        update("INSERT INTO room (id, school_id, code, name, capacity, kind, version) VALUES (?, ?, ?, ?, 30, 'CLASSROOM', 1)",
                id, schoolId, code, "Rom " + code);
        return id;
    }

    /** A teaching group of a school year teaching a fagkode (the class's own group when classId is given). */
    public long teachingGroup(long schoolId, int schoolYear, String code, String subject, Long classId) throws SQLException {
        long id = nextId("teaching_group_seq");
        update("INSERT INTO teaching_group (id, school_id, school_year, code, subject_code, school_class_id, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1)", id, schoolId, schoolYear, code, subject, classId);
        return id;
    }

    public void groupMember(long groupId, long pupilId, LocalDate from, LocalDate to) throws SQLException {
        update("INSERT INTO group_member (id, teaching_group_id, student_id, from_day, to_day, version) VALUES (?, ?, ?, ?, ?, 1)",
                nextId("group_member_seq"), groupId, pupilId, from, to);
    }

    public void groupTeacher(long groupId, long staffId, LocalDate from) throws SQLException {
        update("INSERT INTO group_teacher (id, teaching_group_id, staff_member_id, from_day, version) VALUES (?, ?, ?, ?, 1)",
                nextId("group_teacher_seq"), groupId, staffId, from);
    }

    public void contactTeacher(long classId, long staffId, LocalDate from) throws SQLException {
        update("INSERT INTO contact_teacher (id, school_class_id, staff_member_id, from_day, version) VALUES (?, ?, ?, ?, 1)",
                nextId("contact_teacher_seq"), classId, staffId, from);
    }

    /** InSchool's lesson codes X (undocumented) and D (documented) for the county from the day, unless it has them. */
    public void absenceCodes(long countyId, LocalDate from) throws SQLException {
        Object[][] codes = {{"X", "Udokumentert fravær", "UNDOCUMENTED", 10}, {"D", "Dokumentert fravær", "HEALTH_DOCUMENTED", 30}};
        for (Object[] c : codes) {
            update("INSERT INTO absence_code (id, county_id, code, name_nb, name_nn, name_en, counts_toward_limit, on_diploma,"
                    + " affects_orden, is_presence, day_level, documentation, valid_from, sort_order, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, TRUE, TRUE, FALSE, FALSE, FALSE, ?, ?, ?, 1) ON CONFLICT DO NOTHING",
                    nextId("absence_code_seq"), countyId, c[0], c[1], c[1], c[1], c[2], from, c[3]);
        }
    }

    /** A weekly lesson (weekday 1 = Monday; times as "08:15"; week kind EVERY, A or B) with its teachers. */
    public long lesson(long groupId, int weekday, String starts, String ends, Long roomId, String weekKind, LocalDate from,
                       long... teachers) throws SQLException {
        long id = nextId("lesson_seq");
        update("INSERT INTO lesson (id, teaching_group_id, weekday, starts_at, ends_at, room_id, week_kind, valid_from, source,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'VIS', 1)", id, groupId, weekday, minutes(starts), minutes(ends),
                roomId, weekKind, from);
        for (long t : teachers) {
            update("INSERT INTO lesson_teacher (lesson_id, staff_member_id) VALUES (?, ?)", id, t);
        }
        return id;
    }

    private static int minutes(String time) {
        java.time.LocalTime t = java.time.LocalTime.parse(time);
        return t.getHour() * 60 + t.getMinute();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
