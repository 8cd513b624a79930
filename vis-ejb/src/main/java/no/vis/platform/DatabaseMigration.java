package no.vis.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when VIS is deployed, before anything else uses it.
 * JPA never generates the schema. Migrations that differ per database are in
 * {@code db/migration/<vendor>} (postgresql, h2) beside the common ones.
 *
 * <p>If the database cannot be reached, or a migration fails, one clear line is logged and the
 * deployment fails: VIS never runs on a schema it does not know.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final System.Logger LOG = System.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        String[] database = describeDatabase();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorFolder(database[0]))
                // the batch job repository and the timer store share the schema and may create
                // their tables first
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        try {
            MigrateResult result = flyway.migrate();
            LOG.log(Level.INFO, "Database schema of {0} {1} at version {2} ({3} migrations applied now)",
                    database[0], database[1], result.targetSchemaVersion == null ? flyway.info().current().getVersion() : result.targetSchemaVersion,
                    result.migrationsExecuted);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "VIS did not start: migrating the database schema failed: {0}", rootMessage(e));
            throw new IllegalStateException("database schema migration failed", e);
        }
    }

    /** The folder of migrations written for this database product. */
    static String vendorFolder(String productName) {
        String name = productName.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("postgres")) {
            return "postgresql";
        }
        if (name.contains("h2")) {
            return "h2";
        }
        if (name.contains("oracle")) {
            return "oracle";
        }
        throw new IllegalStateException("VIS has no migrations for " + productName);
    }

    /** Product name and version of the database, or a failed deployment with one line saying why. */
    private String[] describeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return new String[] {meta.getDatabaseProductName(), meta.getDatabaseProductVersion()};
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.ERROR, "VIS did not start: the database of datasource VisDS is unreachable "
                    + "(check VIS_DB_URL, VIS_DB_USER, VIS_DB_PASSWORD): {0}", rootMessage(e));
            throw new IllegalStateException("database unreachable", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
