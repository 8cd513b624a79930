package no.vis.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Every migration on H2, the embedded database of {@code ./run.sh} (the integration tests run on
 * PostgreSQL): H2 has its own reserved words and dialect, and a migration that only PostgreSQL
 * accepts would stop the demo from starting.
 */
class MigrationsOnH2Test {

    @Test
    void everyMigrationRunsOnH2() {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:vis-migrations;DB_CLOSE_DELAY=-1", "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/" + DatabaseMigration.vendorFolder("H2"))
                .load();
        MigrateResult result = flyway.migrate();
        assertEquals(scripts("common") + scripts("h2"), result.migrationsExecuted, "all of them applied");
    }

    private static int scripts(String folder) {
        File dir = new File(Objects.requireNonNull(MigrationsOnH2Test.class.getResource("/db/migration/" + folder)).getFile());
        return Objects.requireNonNull(dir.list((d, name) -> name.endsWith(".sql"))).length;
    }
}
