package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.vis.batch.democounty.DemoPopulation;
import no.vis.devtools.registers.RegisterSimulator;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.PersonName;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * freg-delta against the register simulator's event feed and PostgreSQL, started as IT operations
 * would: after a full import the position is where the import started; a quiet night asks once and
 * then gets a 304; a night of changes among 3000 events about other people — shared responsibility
 * becomes the mother's, a parent's new name, a move, a protected address, a parent's death, a
 * pupil's death, new identity numbers for a parent and a pupil — ends with VIS as the register
 * (a full import afterwards finds nothing to change), in spite of 500s, timeouts and 429s; and a
 * position older than the register keeps fails with FREG-406 until freg-import has run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FregDeltaJobIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final int PUPILS = 40;
    private static DemoPopulation population;
    private static RegisterSimulator simulator;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    @BeforeAll
    static void startSimulator() throws Exception {
        population = new DemoPopulation(PUPILS, 78, 2028, "11", TODAY); // under 18, numbers no other test uses
        simulator = RegisterSimulator.start(Integer.getInteger("it.registers.port", 18091), population,
                RegisterSimulator.Faults.NONE, 2000);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static String exitStatus(TestDb db, long execution) throws Exception {
        return db.value("SELECT exitstatus FROM job_execution WHERE jobexecutionid = ?", execution);
    }

    private static String position(TestDb db, String column) throws Exception {
        return db.value("SELECT " + column + " FROM register_feed_position WHERE feed_name = 'folkeregisteret' AND 0 = ?", 0);
    }

    /** Adults with an identity number who have foreldreansvar for the pupil, in the register's order. */
    private static List<String> adults(String pupil) {
        return population.person(pupil).orElseThrow().responsibilities().stream().map(DemoPopulation.Responsibility::responsible)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void theNightsEventsBringVisToTheRegistersState() throws Exception {
        List<String> numbers = population.pupilIdentities();
        List<Long> ids = new ArrayList<>();
        long school;
        long vg;
        try (TestDb db = new TestDb()) {
            for (String fnr : numbers) { // an earlier run on the same database
                db.execute("DELETE FROM guardianship WHERE student_id IN (SELECT id FROM student WHERE fnr = ?)", fnr);
                db.execute("DELETE FROM register_flag WHERE student_id IN (SELECT id FROM student WHERE fnr = ?)", fnr);
                db.execute("DELETE FROM student WHERE fnr = ?", fnr);
            }
            db.execute("DELETE FROM register_feed_position");
            long county = db.county("92", "Hendelsesfylket");
            school = db.school(county, TestPeople.orgNumber(), "Hendelse vgs " + TestPeople.token());
            vg = db.schoolClass(school, 2028, "1STB", "VG1");
            for (String fnr : numbers) {
                DemoPopulation.Person p = population.person(fnr).orElseThrow();
                ids.add(db.pupil(fnr, p.name().givenName(), p.name().familyName(), p.birthDate(), school, vg));
            }
        }

        // the full import sets where the nightly job goes on from
        simulator.nightOfChanges(0, 1, 5); // the feed has history before the import
        long latestAtImport = simulator.latestSequence();
        CliJobs.run("freg-import");
        try (TestDb db = new TestDb()) {
            assertEquals(Long.toString(latestAtImport + 1), position(db, "next_sequence"), "after the import: the events after its start");
        }

        // a quiet night: one question, an empty page; the next quiet night gets a 304
        long quiet = CliJobs.run("freg-delta");
        try (TestDb db = new TestDb()) {
            assertTrue(exitStatus(db, quiet).startsWith("events 0,"), exitStatus(db, quiet));
            assertNotNull(position(db, "etag"), "the empty page's ETag is kept for the next night");
        }
        long notModified = simulator.notModifiedAnswers();
        CliJobs.run("freg-delta");
        assertEquals(notModified + 1, simulator.notModifiedAnswers(), "a quiet night ends with a 304");

        // pick the pupils of the night
        List<Integer> twoParents = new ArrayList<>();
        List<Integer> oneOrMore = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            List<String> a = adults(numbers.get(i));
            if (a.size() == 2 && population.person(numbers.get(i)).orElseThrow().responsibilities().get(0).ansvar().equals("felles")) {
                twoParents.add(i);
            } else if (!a.isEmpty()) {
                oneOrMore.add(i);
            }
        }
        assertTrue(twoParents.size() >= 2 && oneOrMore.size() >= 2, "the population has the families the test needs");
        int a = twoParents.get(0); // felles → mor
        int e = twoParents.get(1); // a parent dies, the register has not yet moved the responsibility
        int b = oneOrMore.get(0); // a parent's new name
        int g = oneOrMore.get(1); // a parent's D-number becomes a fødselsnummer
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (i != a && i != e && i != b && i != g && java.util.Collections.disjoint(adults(numbers.get(i)),
                    List.of(adults(numbers.get(a)), adults(numbers.get(e)), adults(numbers.get(b)), adults(numbers.get(g))).stream()
                            .flatMap(List::stream).toList())) {
                others.add(i);
            }
        }
        int c = others.get(0); // moves
        int d = others.get(1); // strictly confidential address
        int f = others.get(2); // dies
        int h = others.get(3); // a new number
        int quietPupil = others.get(4); // personErOppdatert, nothing changed

        String mother = adults(numbers.get(a)).get(0);
        String father = adults(numbers.get(a)).get(1);
        String renamed = adults(numbers.get(b)).get(0);
        String dying = adults(numbers.get(e)).get(1);
        String renumbered = adults(numbers.get(g)).get(0);
        long renumberedId;
        String beforeQuiet;
        try (TestDb db = new TestDb()) {
            renumberedId = Long.parseLong(db.value("SELECT id FROM guardian WHERE fnr = '" + renumbered + "' AND 0 = ?", 0));
            db.guardianContact(renumberedId, "+4791234567", "foresatt@example.org");
            beforeQuiet = db.activeGuardians(ids.get(quietPupil));
        }

        simulator.nightOfChanges(0, 2, 1500); // the rest of the country, before and after VIS's people
        DemoPopulation.Person pupilA = population.person(numbers.get(a)).orElseThrow();
        simulator.change(new DemoPopulation.Person(pupilA.identity(), pupilA.name(), pupilA.birthDate(), pupilA.address(), true,
                List.of(new DemoPopulation.Responsibility("mor", mother, null))), "endringIForeldreansvar");
        DemoPopulation.Person parentB = population.person(renamed).orElseThrow();
        simulator.change(new DemoPopulation.Person(renamed, new PersonName(parentB.name().givenName(), null, "Nyheim"),
                parentB.birthDate(), parentB.address(), false, List.of()), "endringINavn");
        DemoPopulation.Person pupilC = population.person(numbers.get(c)).orElseThrow();
        Address moved = new Address("Flytteveien 7", "4010", "STAVANGER", AddressProtection.UGRADERT);
        simulator.change(new DemoPopulation.Person(pupilC.identity(), pupilC.name(), pupilC.birthDate(), moved, true,
                pupilC.responsibilities()), "endringIBostedsadresse");
        DemoPopulation.Person pupilD = population.person(numbers.get(d)).orElseThrow();
        simulator.change(new DemoPopulation.Person(pupilD.identity(), pupilD.name(), pupilD.birthDate(),
                new Address(null, null, null, AddressProtection.STRENGT_FORTROLIG), true, pupilD.responsibilities()),
                "endringIAdressebeskyttelse");
        simulator.die(dying, TODAY.minusDays(1));
        simulator.die(numbers.get(f), TODAY.minusDays(1));
        String newParentNumber = simulator.renumber(renumbered);
        String newPupilNumber = simulator.renumber(numbers.get(h));
        simulator.change(population.person(numbers.get(quietPupil)).orElseThrow(), "personErOppdatert");
        simulator.nightOfChanges(0, 3, 1500);
        long latest = simulator.latestSequence();

        // a bad night at the register: the job still gets through (malformed records would be skipped and listed)
        simulator.setFaults(new RegisterSimulator.Faults(0.10, 0.03, 0.10, 0));
        long night;
        try {
            night = CliJobs.run("freg-delta");
        } finally {
            simulator.setFaults(RegisterSimulator.Faults.NONE);
        }
        try (TestDb db = new TestDb()) {
            assertEquals(Long.toString(latest + 1), position(db, "next_sequence"), "the position is past the night's last event");
            assertEquals(Long.toString(latest - latestAtImport), db.value("SELECT readcount FROM step_execution"
                    + " WHERE jobexecutionid = ?", night), "every event read once");
            String status = exitStatus(db, night);
            assertTrue(status.matches("events \\d+, about VIS's people 9; pupils read again \\d+; pupils updated 2;.*flagged 1;.*"), status);

            assertEquals(mother + ":MOR", db.activeGuardians(ids.get(a)), "shared responsibility became the mother's alone");
            assertEquals("NO_LONGER_IN_REGISTER", db.value("SELECT gs.end_reason FROM guardianship gs JOIN guardian g"
                    + " ON g.id = gs.guardian_id WHERE gs.student_id = ? AND g.fnr = '" + father + "'", ids.get(a)));
            assertEquals("Nyheim", db.value("SELECT family_name FROM guardian WHERE fnr = '" + renamed + "' AND 0 = ?", 0));
            assertEquals("Flytteveien 7|4010|UGRADERT", db.value("SELECT street || '|' || postal_code || '|' || address_protection"
                    + " FROM student WHERE id = ?", ids.get(c)));
            assertEquals("-|STRENGT_FORTROLIG", db.value("SELECT coalesce(street, '-') || '|' || address_protection"
                    + " FROM student WHERE id = ?", ids.get(d)), "a strictly confidential address is not kept");
            assertEquals("GUARDIAN_DIED", db.value("SELECT gs.end_reason FROM guardianship gs JOIN guardian g"
                    + " ON g.id = gs.guardian_id WHERE gs.student_id = ? AND g.fnr = '" + dying + "'", ids.get(e)));
            assertEquals("DEAD", db.value("SELECT string_agg(kind, ',') FROM register_flag WHERE student_id = ?", ids.get(f)));
            assertEquals(newParentNumber + "|+4791234567", db.value("SELECT fnr || '|' || mobile FROM guardian WHERE id = ?",
                    renumberedId), "the guardian re-keyed, contact details kept");
            assertEquals("0", db.value("SELECT count(*) FROM guardian WHERE fnr = '" + renumbered + "' AND 0 = ?", 0));
            assertEquals(newPupilNumber, db.value("SELECT fnr FROM student WHERE id = ?", ids.get(h)), "the pupil re-keyed");
            assertEquals(beforeQuiet, db.activeGuardians(ids.get(quietPupil)));
            assertEquals("0", db.value("SELECT count(*) FROM (SELECT 1 FROM guardianship WHERE active_to IS NULL AND 0 = ?"
                    + " GROUP BY student_id, guardian_id HAVING count(*) > 1) twice", 0), "no guardianship twice");
        }

        // VIS is now as the register: a full import finds nothing to change, and the next night nothing to read
        long check = CliJobs.run("freg-import");
        long after = CliJobs.run("freg-delta");
        try (TestDb db = new TestDb()) {
            assertTrue(exitStatus(db, check).startsWith("pupils updated 0; guardians created 0, updated 0; guardianships started 0,"
                    + " ended 0; re-keyed 0; flagged 0;"), exitStatus(db, check));
            assertTrue(exitStatus(db, after).startsWith("events 0,"), exitStatus(db, after));
        }

        // the register undoes the day's change (felles again): the father's guardianship goes on, no second one
        simulator.change(pupilA, "endringIForeldreansvar");
        CliJobs.run("freg-delta");
        try (TestDb db = new TestDb()) {
            assertEquals(String.join(",", java.util.stream.Stream.of(mother + ":FELLES", father + ":FELLES").sorted().toList()),
                    db.activeGuardians(ids.get(a)), "shared responsibility again");
            assertEquals("1", db.value("SELECT count(*) FROM guardianship gs JOIN guardian g ON g.id = gs.guardian_id"
                    + " WHERE gs.student_id = ? AND g.fnr = '" + father + "'", ids.get(a)), "the same guardianship, resumed");
        }

        // a pupil's new number is one VIS already has for another pupil: listed for the office, the night goes on
        int k = others.get(5);
        String taken = simulator.renumber(numbers.get(k));
        long other;
        try (TestDb db = new TestDb()) {
            DemoPopulation.Person p = population.person(numbers.get(k)).orElseThrow();
            other = db.pupil(taken, p.name().givenName(), p.name().familyName(), p.birthDate(), school, vg);
        }
        long collision = CliJobs.run("freg-delta");
        try (TestDb db = new TestDb()) {
            assertEquals(numbers.get(k), db.value("SELECT fnr FROM student WHERE id = ?", ids.get(k)), "not re-keyed");
            assertEquals("1", db.value("SELECT count(*) FROM job_skipped_record WHERE job_execution_id = ? AND record_ref = 'pupil:"
                    + ids.get(k) + "' AND reason LIKE '%belongs to another pupil%'", collision));
            db.execute("DELETE FROM guardianship WHERE student_id = " + other);
            db.execute("DELETE FROM register_flag WHERE student_id = " + other);
            db.execute("DELETE FROM student WHERE id = " + other);
        }

        // the first freg-delta runs while the first freg-import has not completed: it starts where the import began
        long latestNow = simulator.latestSequence();
        try (TestDb db = new TestDb()) {
            db.execute("UPDATE register_feed_position SET next_sequence = NULL, etag = NULL, pending_sequence = " + (latestNow - 3));
        }
        long early = CliJobs.run("freg-delta");
        try (TestDb db = new TestDb()) {
            assertEquals("3", db.value("SELECT readcount FROM step_execution WHERE jobexecutionid = ?", early),
                    "the events since the import began are read");
            assertEquals(Long.toString(latestNow + 1), position(db, "next_sequence"));
            db.execute("UPDATE register_feed_position SET pending_sequence = NULL");
        }

        // the position is older than the register keeps: a clear message, and freg-import puts it right
        try (TestDb db = new TestDb()) {
            db.execute("UPDATE register_feed_position SET next_sequence = 2, etag = NULL");
        }
        simulator.forgetEventsBefore(10);
        String[] failed = CliJobs.runToEnd("freg-delta").split(":");
        assertEquals("FAILED", failed[1]);
        try (TestDb db = new TestDb()) {
            assertTrue(exitStatus(db, Long.parseLong(failed[0])).startsWith("FREG-406: Folkeregisteret no longer keeps the events"
                    + " from sequence number 2"), exitStatus(db, Long.parseLong(failed[0])));
            assertNotNull(position(db, "too_old_since"), "the job screen can tell IT operations");
            assertEquals("2", position(db, "next_sequence"), "nothing moved");
        }
        CliJobs.run("freg-import");
        CliJobs.run("freg-delta");
        try (TestDb db = new TestDb()) {
            assertNull(position(db, "too_old_since"));
            assertNotEquals("2", position(db, "next_sequence"));
            assertEquals(Long.toString(simulator.latestSequence() + 1), position(db, "next_sequence"));
        }
    }
}
