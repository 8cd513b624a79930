package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * freg-import against the register simulators over HTTP and PostgreSQL, started as IT operations
 * would (WildFly's management API): guardians exactly as the register's current foreldreansvar;
 * then a night of changes — shared responsibility becomes the mother's alone, responsibility moves
 * to someone else, a pupil the register no longer knows — and a second run that changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FregImportJobIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final int PUPILS = 45;
    private static DemoPopulation population;
    private static RegisterSimulator simulator;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    @BeforeAll
    static void startSimulator() throws Exception {
        // school year 2028: pupils born 2010-2012 (under 18), numbers no other test uses
        population = new DemoPopulation(PUPILS, 77, 2028, "11", TODAY);
        simulator = RegisterSimulator.start(Integer.getInteger("it.registers.port", 18091), population,
                RegisterSimulator.Faults.NONE, 2000);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static long runFregImport() throws Exception {
        return CliJobs.run("freg-import");
    }

    private static long run(String jobName) throws Exception {
        return CliJobs.run(jobName);
    }

    private static String expected(DemoPopulation.Person pupil) {
        List<String> parts = new ArrayList<>();
        pupil.responsibilities().stream().filter(r -> r.responsible() != null).sorted((a, b) -> a.responsible().compareTo(b.responsible()))
                .forEach(r -> parts.add(r.responsible() + ":" + r.ansvar().toUpperCase()));
        return parts.isEmpty() ? null : String.join(",", parts);
    }

    @Test
    void guardiansFollowTheRegisterAndASecondRunChangesNothing() throws Exception {
        List<String> numbers = population.pupilIdentities();
        List<Long> ids = new ArrayList<>();
        try (TestDb db = new TestDb()) {
            for (String fnr : numbers) { // an earlier run on the same database
                db.execute("DELETE FROM guardianship WHERE student_id IN (SELECT id FROM student WHERE fnr = ?)", fnr);
                db.execute("DELETE FROM register_flag WHERE student_id IN (SELECT id FROM student WHERE fnr = ?)", fnr);
                db.execute("DELETE FROM student WHERE fnr = ?", fnr);
            }
            long county = db.county("91", "Registerfylket");
            long school = db.school(county, TestPeople.orgNumber(), "Register vgs " + TestPeople.token());
            long vg = db.schoolClass(school, 2028, "1STA", "VG1");
            for (String fnr : numbers) {
                DemoPopulation.Person p = population.person(fnr).orElseThrow();
                ids.add(db.pupil(fnr, p.name().givenName(), p.name().familyName(), p.birthDate(), school, vg));
            }
        }

        long first = runFregImport();
        int felles = 0;
        try (TestDb db = new TestDb()) {
            for (int i = 0; i < numbers.size(); i++) {
                DemoPopulation.Person pupil = population.person(numbers.get(i)).orElseThrow();
                assertEquals(expected(pupil), db.activeGuardians(ids.get(i)), "pupil " + i + " has the register's guardians");
                if (pupil.responsibilities().size() == 2 && pupil.responsibilities().get(0).responsible() != null
                        && pupil.responsibilities().get(1).responsible() != null) {
                    felles++;
                }
            }
            assertTrue(felles >= 2, "shared responsibility: two guardians");
            assertTrue(db.value("SELECT exitstatus FROM job_execution WHERE jobexecutionid = ?", first).startsWith("pupils updated"));
        }

        // a night of changes
        int a = -1;
        int b = -1;
        for (int i = 0; i < numbers.size() && b < 0; i++) {
            var r = population.person(numbers.get(i)).orElseThrow().responsibilities();
            if (r.size() == 2 && r.get(0).responsible() != null && r.get(1).responsible() != null && r.get(0).ansvar().equals("felles")) {
                if (a < 0) {
                    a = i;
                } else {
                    b = i;
                }
            }
        }
        DemoPopulation.Person pupilA = population.person(numbers.get(a)).orElseThrow();
        String mother = pupilA.responsibilities().get(0).responsible();
        String father = pupilA.responsibilities().get(1).responsible();
        simulator.change(new DemoPopulation.Person(pupilA.identity(), pupilA.name(), pupilA.birthDate(), pupilA.address(), true,
                List.of(new DemoPopulation.Responsibility("mor", mother, null))));
        DemoPopulation.Person pupilB = population.person(numbers.get(b)).orElseThrow();
        String newGuardian = TestPeople.adult().value();
        simulator.change(new DemoPopulation.Person(newGuardian, new PersonName("Ny", null, "Verge"), LocalDate.of(1970, 1, 1),
                new Address("Nyveien 1", "4006", "STAVANGER", AddressProtection.UGRADERT), false, List.of()));
        simulator.change(new DemoPopulation.Person(pupilB.identity(), pupilB.name(), pupilB.birthDate(), pupilB.address(), true,
                List.of(new DemoPopulation.Responsibility("andre", newGuardian, null))));
        int c = 0;
        while (c == a || c == b) {
            c++;
        }
        String beforeC;
        try (TestDb db = new TestDb()) {
            beforeC = db.activeGuardians(ids.get(c));
        }
        simulator.forget(numbers.get(c));

        long second = runFregImport();
        try (TestDb db = new TestDb()) {
            assertEquals(mother + ":MOR", db.activeGuardians(ids.get(a)), "shared responsibility became the mother's alone");
            assertEquals("NO_LONGER_IN_REGISTER", db.value("SELECT gs.end_reason FROM guardianship gs JOIN guardian g"
                    + " ON g.id = gs.guardian_id WHERE gs.student_id = ? AND g.fnr = '" + father + "'", ids.get(a)));
            assertEquals(newGuardian + ":ANDRE", db.activeGuardians(ids.get(b)), "responsibility moved to someone else");
            assertEquals("Ny Verge", db.value("SELECT given_name || ' ' || family_name FROM guardian WHERE fnr = '" + newGuardian
                    + "' AND id > ?", 0));
            assertEquals(beforeC, db.activeGuardians(ids.get(c)), "a pupil the register does not know: nothing changed");
            assertEquals("1", db.value("SELECT count(*) FROM job_skipped_record WHERE job_execution_id = ? AND record_ref = 'pupil:"
                    + ids.get(c) + "' AND reason LIKE 'not found%'", second));
        }

        long third = runFregImport();
        List<String> before = new ArrayList<>();
        try (TestDb db = new TestDb()) {
            assertEquals("pupils updated 0; guardians created 0, updated 0; guardianships started 0, ended 0; re-keyed 0; flagged 0;",
                    db.value("SELECT exitstatus FROM job_execution WHERE jobexecutionid = ?", third).replaceAll(" skipped \\d+$", ""),
                    "a second run changes nothing");
            for (long id : ids) {
                before.add(db.activeGuardians(id));
            }
        }

        // a bad night at the register: 500s, timeouts, 429s with Retry-After, malformed records
        long faultsBefore = simulator.faultsInjected();
        simulator.setFaults(new RegisterSimulator.Faults(0.15, 0.05, 0.10, 0.10));
        long fourth;
        try {
            fourth = runFregImport();
        } finally {
            simulator.setFaults(RegisterSimulator.Faults.NONE);
        }
        try (TestDb db = new TestDb()) {
            assertTrue(simulator.faultsInjected() > faultsBefore, "faults were injected");
            assertTrue(Long.parseLong(db.value("SELECT count(*) FROM job_skipped_record WHERE job_execution_id = ?"
                    + " AND reason LIKE '%malformed record%'", fourth)) > 0, "malformed records are listed");
            List<String> after = new ArrayList<>();
            for (long id : ids) {
                after.add(db.activeGuardians(id));
            }
            assertEquals(before, after, "nothing lost, nothing half-written");
        }

        // krr-import: contact details once per guardian, never over the guardian's own, none for the reserved
        String ownMother = mother;
        try (TestDb db = new TestDb()) {
            db.execute("UPDATE guardian SET mobile = '+4799999999', mobile_source = 'GUARDIAN', mobile_set_at = CURRENT_TIMESTAMP"
                    + " WHERE fnr = ?", ownMother);
        }
        long krr = run("krr-import");
        int taken = 0;
        int reserved = 0;
        try (TestDb db = new TestDb()) {
            assertTrue(db.value("SELECT exitstatus FROM job_execution WHERE jobexecutionid = ?", krr).startsWith("mobiles "));
            for (String fnr : numbers) {
                for (var r : population.person(fnr).orElseThrow().responsibilities()) {
                    if (r.responsible() == null || r.responsible().equals(ownMother)) {
                        continue;
                    }
                    DemoPopulation.Person adult = population.person(r.responsible()).orElse(null);
                    String row = db.value("SELECT coalesce(mobile, '-') || '|' || coalesce(mobile_source, '-') || '|'"
                            + " || coalesce(cast(krr_reserved AS VARCHAR), '-') FROM guardian WHERE fnr = '" + r.responsible()
                            + "' AND id > ?", 0);
                    if (adult == null || row == null) {
                        continue; // a guardian the night of changes made
                    }
                    if (adult.mobile() != null) {
                        assertEquals(adult.mobile() + "|KRR|false", row, "KRR's number, marked as KRR's");
                        taken++;
                    } else if (row.endsWith("|true")) {
                        assertEquals("-|-|true", row, "a reserved guardian gets no contact details");
                        reserved++;
                    }
                }
            }
            assertTrue(taken > 10, "numbers taken: " + taken);
            assertEquals("+4799999999|GUARDIAN", db.value("SELECT mobile || '|' || mobile_source FROM guardian WHERE fnr = '"
                    + ownMother + "' AND id > ?", 0), "the guardian's own number is never overwritten");
        }
        long again = run("krr-import");
        try (TestDb db = new TestDb()) {
            assertEquals("0", db.value("SELECT sum(readcount) FROM step_execution WHERE jobexecutionid = ?", again),
                    "KRR is asked about each guardian once");
        }
    }
}
