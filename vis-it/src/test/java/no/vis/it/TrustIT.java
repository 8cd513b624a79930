package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import no.vis.access.Role;
import no.vis.access.StaffDirectory;
import no.vis.batch.guardians.GuardianJobsStore;
import no.vis.batch.registers.RegisterJobsStore;
import no.vis.common.BusinessException;
import no.vis.common.PageRequest;
import no.vis.privacy.AccessLog;
import no.vis.privacy.AccessLogQuery;
import no.vis.privacy.AccessLogRow;
import no.vis.registers.RegisterClients;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Findings of the security review, closed in the services themselves (issue 10): the register
 * clients and the jobs' stores refuse everyone but the system, nobody grants themselves a role, and
 * the county administrator's access-log search is itself in the access log.
 */
@ExtendWith(ArquillianExtension.class)
class TrustIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(TrustIT.class, TestDb.class, TestPeople.class, Callers.class, Callers.Work.class,
                AsSystem.class, AsOffice.class, AsCountyAdmin.class, AsItOperations.class, AsCountyAdminStaff.class);
    }

    @Inject
    RegisterClients registers;

    @Inject
    GuardianJobsStore guardianJobs;

    @Inject
    RegisterJobsStore registerJobs;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessLog accessLog;

    @Inject
    AsSystem asSystem;

    @Inject
    AsOffice asOffice;

    @Inject
    AsCountyAdmin asCountyAdmin;

    @Inject
    AsItOperations asItOperations;

    @Inject
    AsCountyAdminStaff asThemselves;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    @Test
    void theRegisterClientsAreForTheSystemOnly() throws Exception {
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> registers.freg())), "anonymous");
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> asCountyAdmin.call(() -> registers.krr()))),
                "county administrator");
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> asItOperations.call(() -> registers.freg()))),
                "IT operations start jobs, they do not call registers");
        assertNotNull(asSystem.call(() -> registers.freg()), "the system (a job, through its store)");
    }

    @Test
    void theJobsStoresRefuseAnonymousCallersAndUsersOutsideJobThreads() throws Exception {
        LocalDate today = LocalDate.now();
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> guardianJobs.guardianshipsOfLeftPupils(today))),
                "an anonymous caller on a web thread");
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> registerJobs.freg())), "anonymous: no register client");
        assertTrue(Callers.refused(assertThrows(Exception.class,
                () -> asOffice.call(() -> guardianJobs.guardianshipsOfLeftPupils(today)))), "office staff");
        assertTrue(Callers.refused(assertThrows(Exception.class,
                () -> asItOperations.call(() -> registerJobs.freg()))), "IT operations outside a job: no register client");
        assertNotNull(asSystem.call(() -> guardianJobs.guardianshipsOfLeftPupils(today)), "the system");
    }

    @Test
    void nobodyGrantsThemselvesARole() throws Exception {
        long school;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = db.county("89", "Tillitsfylket");
            school = db.school(county, TestPeople.orgNumber(), "Tillit vgs " + TestPeople.token());
            db.execute("INSERT INTO staff_member (id, county_id, feide_user_id, name, version) VALUES ("
                    + AsCountyAdminStaff.ID + ", " + county + ", 'trust-self-grant', 'Fylkes Selv', 1) ON CONFLICT (id) DO NOTHING");
            db.execute("DELETE FROM staff_role WHERE staff_member_id = " + AsCountyAdminStaff.ID);
        }
        long me = AsCountyAdminStaff.ID;
        BusinessException refused = assertThrows(BusinessException.class,
                () -> asThemselves.call(() -> {
                    staff.grant(me, school, Role.IT_OPERATIONS);
                    return null;
                }));
        assertEquals("roles.grant.self", refused.messageKey());
        assertTrue(asCountyAdmin.call(() -> staff.listRoles(me)).isEmpty(), "nothing granted");
        // someone else may
        asCountyAdmin.call(() -> {
            staff.grant(me, school, Role.IT_OPERATIONS);
            return null;
        });
        assertEquals(java.util.Set.of(Role.IT_OPERATIONS), staff.currentRoles(me), "roles as they are now");
    }

    @Test
    void aSearchByUserThatShowsPupilsNamesIsItselfLogged() throws Exception {
        String actor = "staff:" + (800_000_000L + Math.abs(TestPeople.token().hashCode() % 1_000_000));
        long pupil;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            long county = db.county("89", "Tillitsfylket");
            long school = db.school(county, TestPeople.orgNumber(), "Logg vgs " + TestPeople.token());
            pupil = db.pupil(new TestPeople().next().value(), "Logget", "Elev" + TestPeople.token(), LocalDate.of(2009, 3, 3),
                    school, db.schoolClass(school, 2026, "1STA", "VG1"));
            db.execute("INSERT INTO access_log (id, at, actor, actor_role, subject_kind, subject_id, category, action, purpose)"
                    + " VALUES (nextval('access_log_seq'), CURRENT_TIMESTAMP, '" + actor + "', 'OFFICE', 'PUPIL', " + pupil
                    + ", 'PERSONALIA', 'READ', 'pupil-card')");
        }
        List<AccessLogRow> rows = asCountyAdmin.call(() -> accessLog.search(
                new AccessLogQuery(null, null, actor, null, null, null), new PageRequest(0, 25))).rows();
        assertEquals(1, rows.size());
        assertNotNull(rows.get(0).subjectName(), "the search shows the pupil's name");
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals("1", db.value("SELECT count(*) FROM access_log WHERE subject_kind = 'PUPIL' AND subject_id = ?"
                    + " AND action = 'READ' AND category = 'PERSONALIA' AND purpose = 'access-log-search'", pupil));
        }
    }
}
