package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import no.vis.guardianship.ChildSummary;
import no.vis.guardianship.ChildView;
import no.vis.guardianship.GuardianService;
import no.vis.privacy.DataCategory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guardian access policy in the services, called directly as a guardian: only the pupils the
 * policy allows, nothing of anyone else's child — whatever a page asks — and every read and every
 * refused attempt in the access log.
 */
@ExtendWith(ArquillianExtension.class)
class GuardianAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(GuardianAccessIT.class, TestDb.class, TestPeople.class, Callers.class,
                Callers.Work.class, AsGuardian.class, AsOffice.class);
    }

    @Inject
    GuardianService guardians;

    @Inject
    AsGuardian asGuardian;

    @Inject
    AsOffice asOffice;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    private long child;
    private long consentedAdult;
    private long adultWithoutGuardiansConsent;
    private long adultWithRevokedConsent;
    private long endedChild;
    private long someoneElsesChild;
    private String family;

    @BeforeEach
    void aGuardianWithFiveGuardianshipsAndAStranger() throws Exception {
        family = "Tilgang" + TestPeople.token();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        TestPeople people = new TestPeople();
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            db.freshGuardianWithId(AsGuardian.ID, "Gro", "Tilgang");
            long county = db.county("42", "Agder fylkeskommune");
            long school = db.school(county, TestPeople.orgNumber(), "Tilgang vgs " + TestPeople.token());
            long vg = db.schoolClass(school, 2026, "2STA", "VG2");
            child = db.pupil(people.next().value(), "Sekstenår", family, today.minusYears(16), school, vg);
            db.protectAddress(child, "FORTROLIG");
            consentedAdult = db.pupil(people.next().value(), "Samtykke", family, today.minusYears(18), school, vg);
            adultWithoutGuardiansConsent = db.pupil(people.next().value(), "Halvt", family, today.minusYears(18).minusDays(3), school, vg);
            adultWithRevokedConsent = db.pupil(people.next().value(), "Trukket", family, today.minusYears(19), school, vg);
            endedChild = db.pupil(people.next().value(), "Avsluttet", family, today.minusYears(15), school, vg);
            someoneElsesChild = db.pupil(people.next().value(), "Fremmed", family, today.minusYears(16), school, vg);

            for (long pupil : new long[] {child, consentedAdult, adultWithoutGuardiansConsent, adultWithRevokedConsent}) {
                db.guardianship(AsGuardian.ID, pupil, today.minusYears(19), null);
            }
            db.guardianship(AsGuardian.ID, endedChild, today.minusYears(15), today.minusDays(1));
            db.consent(consentedAdult, AsGuardian.ID, "PUPIL", today.minusDays(10), null);
            db.consent(consentedAdult, AsGuardian.ID, "GUARDIAN", today.minusDays(9), null);
            db.consent(adultWithoutGuardiansConsent, AsGuardian.ID, "PUPIL", today.minusDays(10), null);
            db.consent(adultWithRevokedConsent, AsGuardian.ID, "PUPIL", today.minusYears(1), today);
            db.consent(adultWithRevokedConsent, AsGuardian.ID, "GUARDIAN", today.minusYears(1), null);

            long stranger = db.guardian(TestPeople.adult().value(), "Fremmed", "Forelder");
            db.guardianship(stranger, someoneElsesChild, today.minusYears(16), null);
        }
    }

    @Test
    void aGuardianSeesOnlyTheChildrenThePolicyAllows() throws Exception {
        List<ChildSummary> children = asGuardian.call(guardians::myChildren);
        assertEquals(List.of(consentedAdult, child), children.stream().map(ChildSummary::pupilId).toList());
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(1, db.accessLogLines(AsGuardian.PRINCIPAL, "PUPIL", child, "READ") / 2, "logged: personalia and classes");
            assertEquals(0, db.accessLogLines(AsGuardian.PRINCIPAL, "PUPIL", endedChild, "READ"));
        }
    }

    @Test
    void anotherFamilysChildGetsNothingAndTheAttemptIsLogged() throws Exception {
        long noSuchPupil = 9_000_000_000_000L + System.nanoTime() % 1_000_000_000L; // another one each run
        for (long pupil : new long[] {someoneElsesChild, endedChild, adultWithoutGuardiansConsent, adultWithRevokedConsent,
                noSuchPupil}) {
            assertTrue(asGuardian.call(() -> guardians.child(pupil)).isEmpty(), "nothing for " + pupil);
        }
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals(1, db.accessLogLines(AsGuardian.PRINCIPAL, "PUPIL", someoneElsesChild, "REFUSED"));
            assertEquals(1, db.accessLogLines(AsGuardian.PRINCIPAL, "PUPIL", noSuchPupil, "REFUSED"));
            assertEquals(0, db.accessLogLines(AsGuardian.PRINCIPAL, "PUPIL", someoneElsesChild, "READ"));
        }
    }

    @Test
    void theChildPageShowsWhatThePolicyAllowsAndNeverAProtectedAddress() throws Exception {
        ChildView view = asGuardian.call(() -> guardians.child(child)).orElseThrow();
        assertEquals("Sekstenår", view.givenName());
        assertNull(view.address(), "a protected address never reaches a guardian");
        assertTrue(view.categories().contains(DataCategory.TIMETABLE));
        assertFalse(view.categories().contains(DataCategory.ABSENCE_DETAIL));
        assertFalse(view.categories().contains(DataCategory.PUPIL_CONVERSATIONS));
        ChildView adult = asGuardian.call(() -> guardians.child(consentedAdult)).orElseThrow();
        assertEquals("Storgata 1", adult.address().street(), "an unprotected address is personalia");
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertTrue(db.accessLogLines(AsGuardian.PRINCIPAL, "PUPIL", child, "READ") >= 1);
        }
    }

    @Test
    void onlyGuardiansMayAskEvenWhenAPageForgetsToCheck() {
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> guardians.myChildren())), "anonymous");
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> asOffice.call(() -> guardians.child(child)))), "office");
    }
}
