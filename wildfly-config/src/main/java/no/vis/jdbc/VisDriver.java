package no.vis.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A JDBC driver that hands each URL to the driver of its vendor, so that the one datasource
 * {@code VisDS} works with the embedded H2 default and with PostgreSQL, chosen by
 * {@code VIS_DB_URL} alone. WildFly binds a datasource to one driver; this is that driver.
 */
public final class VisDriver implements Driver {

    /** URL prefix to the vendor's driver class; the class is loaded from this module's dependencies. */
    private static final Map<String, String> VENDORS = Map.of(
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:h2:", "org.h2.Driver");

    private final Map<String, Driver> loaded = new ConcurrentHashMap<>();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver vendor = vendorFor(url);
        return vendor == null ? null : vendor.connect(url, postgresqlSettings(url, info));
    }

    /**
     * The connection settings VIS needs on PostgreSQL, whatever the URL says:
     * <ul>
     *   <li>{@code logServerErrorDetail=false}: by default the driver puts the values of a failed
     *       statement (fødselsnumre, names, addresses) into its exception messages, and so into the
     *       server log. VIS never allows that.</li>
     * </ul>
     * Prepared statements keep PostgreSQL's own choice between a plan made with the values and a
     * generic one reused without planning (a page's queries would otherwise pay a millisecond of
     * planning each); the pupil search asks for plans made with the values for itself
     * ({@code no.vis.people.PupilService}).
     */
    static Properties postgresqlSettings(String url, Properties info) {
        if (!url.startsWith("jdbc:postgresql:")) {
            return info;
        }
        Properties settings = new Properties();
        if (info != null) {
            settings.putAll(info);
        }
        settings.setProperty("logServerErrorDetail", "false");
        return settings;
    }

    @Override
    public boolean acceptsURL(String url) {
        return prefixOf(url) != null;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver vendor = vendorFor(url);
        return vendor == null ? new DriverPropertyInfo[0] : vendor.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    private static String prefixOf(String url) {
        if (url == null) {
            return null;
        }
        return VENDORS.keySet().stream().filter(url::startsWith).findFirst().orElse(null);
    }

    private Driver vendorFor(String url) throws SQLException {
        String prefix = prefixOf(url);
        if (prefix == null) {
            return null;
        }
        try {
            return loaded.computeIfAbsent(prefix, p -> instantiate(VENDORS.get(p)));
        } catch (IllegalStateException e) {
            throw new SQLException(e.getMessage(), e.getCause());
        }
    }

    private static Driver instantiate(String className) {
        try {
            return (Driver) Class.forName(className, true, VisDriver.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JDBC driver " + className + " is not available", e);
        }
    }
}
