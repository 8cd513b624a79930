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

    public long student(String fnr, String given, String family, LocalDate born, long schoolId, long classId)
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

    public void linkFeide(long studentId, String feideUserId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE student SET feide_user_id = ? WHERE id = ?")) {
            update.setString(1, feideUserId);
            update.setLong(2, studentId);
            update.executeUpdate();
        }
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

    public void guardianship(long guardianId, long studentId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO guardianship"
                + " (id, guardian_id, student_id, active_from, active_to, version) VALUES (?, ?, ?, ?, ?, 1)")) {
            insert.setLong(1, nextId("guardianship_seq"));
            insert.setLong(2, guardianId);
            insert.setLong(3, studentId);
            insert.setObject(4, from);
            insert.setObject(5, to);
            insert.executeUpdate();
        }
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

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
