package no.vis.guardianship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;
import no.vis.people.Pupil;
import no.vis.school.County;
import no.vis.school.School;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The queries' conditions {@link Guardianship#ACTIVE_ON_DAY} and {@link Guardianship#NOT_ENDED_BY_DAY}
 * on a real database (H2, migrated as {@code ./run.sh}'s is) say what {@link Guardianship#isActiveOn}
 * says, on every boundary day.
 */
class GuardianshipQueriesOnH2Test {

    private static final LocalDate FROM = LocalDate.of(2020, 8, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 14);

    private static EntityManagerFactory emf;
    private static long guardianshipId;

    @BeforeAll
    static void oneEndedGuardianship() {
        String url = "jdbc:h2:mem:vis-guardianship-queries;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        emf = Persistence.createEntityManagerFactory("vis-jpql-test", Map.of("jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", ""));
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        LocalDate birth = END.minusYears(18);
        Address address = new Address("Skolegata 1", "3000", "DRAMMEN", AddressProtection.UGRADERT);
        County county = new County("33", "Buskerud");
        School school = new School(county, "999999999", "Skolen vgs");
        Pupil pupil = new Pupil(Fodselsnummer.compose(birth, 123, false, Fodselsnummer.Synthetic.NONE).orElseThrow(),
                new PersonName("Kari", null, "Elev"), birth, address, school, null);
        Guardian guardian = new Guardian(null, false, new PersonName("Ola", null, "Foresatt"), address);
        Guardianship gs = Guardianship.manual(guardian, pupil, FROM, "far i utlandet", "staff:1");
        gs.end(END, GuardianshipEnd.PUPIL_TURNED_18, null, "job:guardian-age-removal");
        for (Object o : List.of(county, school, pupil, guardian, gs)) {
            em.persist(o);
        }
        em.getTransaction().commit();
        guardianshipId = gs.getId();
        em.close();
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static boolean matches(String condition, LocalDate day) {
        EntityManager em = emf.createEntityManager();
        try {
            return !em.createQuery("SELECT gs.id FROM Guardianship gs WHERE gs.id = :id AND " + condition, Long.class)
                    .setParameter("id", guardianshipId).setParameter("day", day).getResultList().isEmpty();
        } finally {
            em.close();
        }
    }

    @ParameterizedTest(name = "{0}: active {1}, not ended {2}")
    @CsvSource({
            "2020-07-31, false, true",  // the day before it began (begins later: not ended)
            "2020-08-01, true,  true",  // the day it began
            "2026-03-13, true,  true",  // its last day
            "2026-03-14, false, false", // the day it ended (the 18th birthday)
            "2026-03-15, false, false", // the day after
    })
    void theQueriesAgreeWithTheEntity(LocalDate day, boolean active, boolean notEnded) {
        EntityManager em = emf.createEntityManager();
        boolean entitySays = em.find(Guardianship.class, guardianshipId).isActiveOn(day);
        em.close();
        assertEquals(active, entitySays, "Guardianship.isActiveOn");
        assertEquals(active, matches(Guardianship.ACTIVE_ON_DAY, day), "ACTIVE_ON_DAY");
        assertEquals(notEnded, matches(Guardianship.NOT_ENDED_BY_DAY, day), "NOT_ENDED_BY_DAY");
    }
}
