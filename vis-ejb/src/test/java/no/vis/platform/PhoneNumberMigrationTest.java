package no.vis.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.vis.people.PhoneNumber;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V11 rewrites the Norwegian numbers stored before in another form to E.164, the form
 * {@link PhoneNumber} stores, and leaves everything else as it was. On H2 here; on PostgreSQL the
 * integration tests run it on every fresh database.
 */
class PhoneNumberMigrationTest {

    private static final String URL = "jdbc:h2:mem:vis-phone-migration;DB_CLOSE_DELAY=-1";

    @Test
    void norwegianNumbersBecomeE164AndTheRestIsUntouched() throws SQLException {
        Map<String, String> storedBeforeAndAfter = new LinkedHashMap<>();
        storedBeforeAndAfter.put("41234567", "+4741234567");
        storedBeforeAndAfter.put("412 34 567", "+4741234567");
        storedBeforeAndAfter.put("004741234567", "+4741234567");
        storedBeforeAndAfter.put("0047 412-34.567", "+4741234567");
        storedBeforeAndAfter.put("+47 412 34 567", "+4741234567");
        storedBeforeAndAfter.put("(+47) 91234567", "+4791234567");
        storedBeforeAndAfter.put("+4791234567", "+4791234567");
        storedBeforeAndAfter.put("22 33 44 55", "+4722334455");
        storedBeforeAndAfter.put("+46701234567", "+46701234567");
        storedBeforeAndAfter.put("+46 70 123 45 67", "+46 70 123 45 67"); // foreign: not guessed at in SQL
        storedBeforeAndAfter.put("01234567", "01234567");                 // no Norwegian number starts with 0
        storedBeforeAndAfter.put("4741234567", "4741234567");             // ambiguous: left
        storedBeforeAndAfter.put("412345678", "412345678");
        storedBeforeAndAfter.put("9123456a", "9123456a");
        storedBeforeAndAfter.put("+47 4123 456X", "+47 4123 456X");

        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration/common",
                "classpath:db/migration/" + DatabaseMigration.vendorFolder("H2")).target("10").load().migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
             PreparedStatement insert = db.prepareStatement("INSERT INTO guardian (id, given_name, family_name, version,"
                     + " mobile, mobile_source) VALUES (?, 'A', 'B', 1, ?, 'KRR')")) {
            long id = 1;
            for (String before : storedBeforeAndAfter.keySet()) {
                insert.setLong(1, id++);
                insert.setString(2, before);
                insert.executeUpdate();
            }
            insert.setLong(1, id);
            insert.setString(2, null);
            insert.executeUpdate();
        }

        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration/common",
                "classpath:db/migration/" + DatabaseMigration.vendorFolder("H2")).target("11").load().migrate();

        try (Connection db = DriverManager.getConnection(URL, "sa", "");
             ResultSet rows = db.createStatement().executeQuery("SELECT mobile FROM guardian ORDER BY id")) {
            for (var expected : storedBeforeAndAfter.entrySet()) {
                rows.next();
                assertEquals(expected.getValue(), rows.getString(1), "stored before: " + expected.getKey());
                if (!expected.getKey().equals(expected.getValue())) {
                    assertEquals(PhoneNumber.parse(expected.getKey()).e164(), rows.getString(1), "as the parser reads it");
                }
            }
            rows.next();
            assertEquals(null, rows.getString(1), "no number stays none");
        }
    }
}
