package no.vis.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of this VIS installation, from MicroProfile Config (environment variables such as
 * {@code VIS_TEST_MODE}, system properties, or a config source of the server).
 */
@ApplicationScoped
public class VisSettings {

    /**
     * Test mode: synthetic fødselsnumre (Tenor +80, NAV +40) are accepted. Never on in production,
     * where a month of 41–52 means an H-number and 81–92 never occurs.
     */
    @Inject
    @ConfigProperty(name = "vis.test-mode", defaultValue = "false")
    boolean testMode;

    /**
     * The county's shortest time, in days, that {@code retention-cleanup} keeps a guardian who has
     * lost every guardianship (time for the office to correct a mistake). No run may use fewer.
     */
    @Inject
    @ConfigProperty(name = "vis.retention.min-grace-days", defaultValue = "30")
    int minimumGraceDays;

    /**
     * The directory import files are read from ({@code enrolment-import}'s {@code file} is a name
     * under it, never a path outside). Default: {@code import} in the server's data directory.
     */
    @Inject
    @ConfigProperty(name = "vis.import.dir", defaultValue = " ")
    String importDir;

    /**
     * Whether the office's term report to Lånekassen (attendance and dropouts) is offered: what
     * Lånekassen still asks of schools is unconfirmed for 2025/26 (DOMAIN-SCHOOL.md §2).
     */
    @Inject
    @ConfigProperty(name = "vis.lanekassen.term-report", defaultValue = "true")
    boolean lanekassenTermReport;

    public boolean lanekassenTermReport() {
        return lanekassenTermReport;
    }

    /** The import directory, absolute and normalised. */
    public java.nio.file.Path importDirectory() {
        String dir = importDir == null || importDir.isBlank()
                ? System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/import"
                : importDir.strip();
        return java.nio.file.Path.of(dir).toAbsolutePath().normalize();
    }

    public int minimumGraceDays() {
        return minimumGraceDays;
    }

    public boolean testMode() {
        return testMode;
    }

    /** Whether synthetic test fødselsnumre are accepted. */
    public boolean allowSyntheticFodselsnummer() {
        return testMode;
    }
}
