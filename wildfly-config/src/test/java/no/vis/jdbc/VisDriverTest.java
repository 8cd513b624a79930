package no.vis.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class VisDriverTest {

    @Test
    void acceptsPostgresqlAndH2UrlsOnly() {
        VisDriver driver = new VisDriver();
        assertTrue(driver.acceptsURL("jdbc:postgresql://127.0.0.1:5432/vis"));
        assertTrue(driver.acceptsURL("jdbc:h2:file:/tmp/vis"));
        assertFalse(driver.acceptsURL("jdbc:mysql://localhost/vis"));
        assertFalse(driver.acceptsURL(null));
    }

    @Test
    void postgresqlNeverPutsValuesInErrors() {
        Properties given = new Properties();
        given.setProperty("user", "vis");
        given.setProperty("logServerErrorDetail", "true");
        Properties used = VisDriver.postgresqlSettings("jdbc:postgresql://db/vis", given);
        assertEquals("false", used.getProperty("logServerErrorDetail"));
        assertEquals(null, used.getProperty("options"), "PostgreSQL's own plan cache: generic plans are reused");
        assertEquals("vis", used.getProperty("user"));
        assertEquals("true", given.getProperty("logServerErrorDetail"), "the caller's properties are not changed");
    }

    @Test
    void h2GetsThePropertiesAsGiven() {
        Properties given = new Properties();
        assertSame(given, VisDriver.postgresqlSettings("jdbc:h2:file:/tmp/vis", given));
    }
}
