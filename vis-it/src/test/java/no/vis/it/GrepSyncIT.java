package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import no.vis.batch.democounty.DemoPopulation;
import no.vis.devtools.registers.RegisterSimulator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * grep-sync against the Grep simulator over HTTP and PostgreSQL, started as IT operations would:
 * the catalogue filled from the snapshot (NOR01-07 superseded by NOR01-08, the utgått elements as
 * utgått); a second run writes nothing; then Grep changes a title and a status, returns one element
 * malformed and stops listing another — the run takes the changes, lists the malformed one as
 * skipped, keeps the unlisted one as removed, and imports the rest.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrepSyncIT {

    private static final String[] TABLES = {"grep_fagkode_vurdering", "grep_fagkode_opplaeringsfag", "grep_fagkode",
        "grep_opplaeringsfag_fagkode", "grep_opplaeringsfag_programomraade", "grep_opplaeringsfag_aarstrinn", "grep_opplaeringsfag",
        "grep_kompetansemaalsett_etter_fag", "grep_kompetansemaalsett_aarstrinn", "grep_kompetansemaalsett_maal",
        "grep_kompetansemaalsett", "grep_kompetansemaal", "grep_laereplan", "grep_programomraade", "grep_utdanningsprogram"};
    private static final String[] ELEMENTS = {"grep_utdanningsprogram", "grep_programomraade", "grep_laereplan",
        "grep_kompetansemaalsett", "grep_kompetansemaal", "grep_opplaeringsfag", "grep_fagkode"};
    private static final String[] TYPES = {"utdanningsprogram", "programomraader", "laereplaner-lk20", "kompetansemaalsett-lk20",
        "kompetansemaal-lk20", "opplaeringsfag", "fagkoder"};

    private static RegisterSimulator simulator;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = RegisterSimulator.start(Integer.getInteger("it.registers.port", 18091),
                new DemoPopulation(3, 91, 2028, "11", LocalDate.now(ZoneId.of("Europe/Oslo"))), RegisterSimulator.Faults.NONE, 2000);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static String exitStatus(TestDb db, long execution) throws Exception {
        return db.value("SELECT exitstatus FROM job_execution WHERE jobexecutionid = ?", execution);
    }

    /** Everything the catalogue has, as text: what a run that changes nothing must leave exactly as it was. */
    private static Map<String, String> catalogue(TestDb db) throws Exception {
        Map<String, String> state = new LinkedHashMap<>();
        for (String table : ELEMENTS) {
            state.put(table, db.text("SELECT COUNT(*) || '/' || COALESCE(MAX(synced_at)::text, '') || '/' || COALESCE(SUM(LENGTH(content_hash)"
                    + " + LENGTH(status)), 0) FROM " + table));
        }
        return state;
    }

    @Test
    void theCatalogueFollowsGrep() throws Exception {
        simulator.grep().reset();
        try (TestDb db = new TestDb()) { // an earlier run on the same database
            for (String table : TABLES) {
                db.execute("DELETE FROM " + table);
            }
        }

        long first = CliJobs.run("grep-sync");
        try (TestDb db = new TestDb()) {
            for (int i = 0; i < ELEMENTS.length; i++) {
                assertEquals(String.valueOf(simulator.grep().count(TYPES[i])), db.text("SELECT COUNT(*) FROM " + ELEMENTS[i]), ELEMENTS[i]);
            }
            assertTrue(exitStatus(db, first).startsWith("inserted "), exitStatus(db, first));
            assertEquals("NOR01-08", db.text("SELECT replaced_by FROM grep_laereplan WHERE code = 'NOR01-07'"), "a higher revision supersedes");
            assertEquals(null, db.text("SELECT replaced_by FROM grep_laereplan WHERE code = 'NOR01-08'"));
            assertEquals("utgaatt", db.text("SELECT status FROM grep_fagkode WHERE code = 'REA3001'"));
            assertEquals("utgaatt", db.text("SELECT status FROM grep_utdanningsprogram WHERE code = 'SS'"));
            assertEquals("Engelsk", db.text("SELECT title_nb FROM grep_fagkode WHERE code = 'ENG1007'"));
            assertEquals("ELEV:true:SKRIFTLIG:SENTRAL,ELEV:true:MUNTLIG:LOKAL,PRIVATIST:false:SKRIFTLIG:SENTRAL", db.text(
                    "SELECT STRING_AGG(v.candidate || ':' || v.standpunkt || ':' || v.exam_form || ':' || v.exam_set_by, ',' ORDER BY v.sort_order)"
                            + " FROM grep_fagkode_vurdering v JOIN grep_fagkode f ON f.id = v.fagkode_id WHERE f.code = 'NOR1267'"));
            assertEquals("KM14229,KM14230,KM14226", db.text("SELECT STRING_AGG(m.kompetansemaal, ',' ORDER BY m.sort_order) FROM"
                    + " grep_kompetansemaalsett_maal m JOIN grep_kompetansemaalsett s ON s.id = m.kompetansemaalsett_id"
                    + " WHERE s.code = 'KV1113' AND m.sort_order < 3"), "the aims in Grep's order");
            assertEquals("NOR01-07", db.text("SELECT laereplan FROM grep_opplaeringsfag WHERE code = 'NOR1Z63'"));
        }

        Map<String, String> before;
        try (TestDb db = new TestDb()) {
            before = catalogue(db);
        }
        long second = CliJobs.run("grep-sync");
        try (TestDb db = new TestDb()) {
            assertEquals(before, catalogue(db), "a second run writes nothing");
            assertEquals("inserted 0, updated 0, unchanged 0, marked removed 0, skipped 0; plans superseded 0", exitStatus(db, second));
        }

        // Grep changes
        simulator.grep().retitle("fagkoder", "ENG1007", "Engelsk, vg1 studieforberedende");
        simulator.grep().status("fagkoder", "GEO1003", "utgaatt");
        simulator.grep().breakElement("fagkoder", "HIS1009");
        simulator.grep().hide("fagkoder", "REL1003");
        long third = CliJobs.run("grep-sync");
        try (TestDb db = new TestDb()) {
            assertEquals("Engelsk, vg1 studieforberedende", db.text("SELECT title_nb FROM grep_fagkode WHERE code = 'ENG1007'"));
            assertEquals("utgaatt", db.text("SELECT status FROM grep_fagkode WHERE code = 'GEO1003'"));
            assertEquals("fjernet", db.text("SELECT status FROM grep_fagkode WHERE code = 'REL1003'"), "kept, never deleted");
            assertEquals("publisert", db.text("SELECT status FROM grep_fagkode WHERE code = 'HIS1009'"), "the malformed answer changes nothing");
            assertEquals("malformed: no title", db.value("SELECT reason FROM job_skipped_record WHERE job_execution_id = ?"
                    + " AND record_ref = 'fagkoder:HIS1009'", third));
            assertEquals("1", db.value("SELECT COUNT(*) FROM job_skipped_record WHERE job_execution_id = ?", third));
            assertEquals("inserted 0, updated 2, unchanged 0, marked removed 1, skipped 1; plans superseded 0", exitStatus(db, third));
        } finally {
            simulator.grep().reset();
        }
    }

    /**
     * A benchmark, not a timed test (only with {@code -Dgrep.scale=N}): the whole catalogue of national
     * size synced into an empty catalogue, then a second run over it. Prints the times and metrics.
     */
    @Test
    void nationalSizeCatalogue() throws Exception {
        int scale = Integer.getInteger("grep.scale", 0);
        if (scale == 0) {
            return;
        }
        simulator.grep().scale(scale);
        try (TestDb db = new TestDb()) {
            for (String table : TABLES) {
                db.execute("DELETE FROM " + table);
            }
        }
        try {
            for (String run : new String[] {"empty catalogue", "second run"}) {
                long id = CliJobs.run("grep-sync");
                try (TestDb db = new TestDb()) {
                    System.out.println("grep-sync, " + run + ": " + db.value("SELECT (endtime - starttime)::text || ' - ' || exitstatus"
                            + " FROM job_execution WHERE jobexecutionid = ?", id));
                    System.out.println("  " + db.value("SELECT STRING_AGG(stepname || ' read ' || readcount || ' filtered ' || filtercount"
                            + " || ' written ' || writecount || ' in ' || (endtime - starttime)::text, '; ' ORDER BY stepexecutionid)"
                            + " FROM step_execution WHERE jobexecutionid = ?", id));
                }
            }
            try (TestDb db = new TestDb()) {
                for (String table : ELEMENTS) {
                    System.out.println("  " + table + ": " + db.text("SELECT COUNT(*) FROM " + table));
                }
            }
        } finally {
            simulator.grep().scale(0);
            simulator.grep().reset();
        }
    }
}
