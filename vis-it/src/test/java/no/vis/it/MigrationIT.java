package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema comes from Flyway at deployment, on PostgreSQL, with the vendor-specific migration. */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(MigrationIT.class, VisDeployment.class);
    }

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    @Test
    void flywayAppliedEveryMigrationSuccessfully() throws Exception {
        List<String> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL AND version <> '0' ORDER BY installed_rank")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), "migration " + rs.getString("version"));
                applied.add(rs.getString("version"));
            }
        }
        assertEquals(List.of("1", "2"), applied.subList(0, 2));
        // and nothing in the EAR's migrations is left unapplied
        var flyway = org.flywaydb.core.Flyway.configure(no.vis.platform.DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load();
        assertEquals(0, flyway.info().pending().length, "pending migrations");
        assertEquals(applied.size(), flyway.info().applied().length - 1, "applied besides the baseline");
    }

    @Test
    void thePostgresqlMigrationCreatedTheTrigramIndexOnNames() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'student_search_name_trgm_ix'")) {
            assertTrue(rs.next(), "trigram index missing");
            assertTrue(rs.getString(1).contains("gin_trgm_ops"));
        }
    }

    @Test
    void theSchemaHasTheTablesAndNoTableFromJpaSchemaGeneration() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = current_schema() AND table_name IN"
                     + " ('county', 'school', 'school_class', 'student', 'sequence')")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        tables.sort(null);
        // "sequence" would be EclipseLink's table generator: it must not exist
        assertEquals(List.of("county", "school", "school_class", "student"), tables);
    }
}
