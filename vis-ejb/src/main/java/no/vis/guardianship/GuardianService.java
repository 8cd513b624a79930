package no.vis.guardianship;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.vis.access.KnownUser;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.people.Fodselsnummer;
import no.vis.people.InvalidFodselsnummerException;
import no.vis.people.PersonName;
import no.vis.people.Student;
import no.vis.platform.VisSettings;

/**
 * Guardians as far as login needs them: who an ID-porten login is (by {@code pid}, never by
 * {@code sub}), and the children a logged-in guardian may see. Which pupils and what of them a
 * guardian may see is decided here, in one query, whatever page asks: an active guardianship of a
 * pupil under 18 today. (Consents after 18 and the categories come with the guardian model.)
 */
@Stateless
public class GuardianService {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    VisSettings settings;

    /** The guardian with this fødselsnummer; empty for anyone VIS does not know or an invalid pid. */
    @PermitAll
    public Optional<KnownUser> findByPid(String pid) {
        Fodselsnummer fnr;
        try {
            fnr = Fodselsnummer.parse(pid, settings.allowSyntheticFodselsnummer());
        } catch (InvalidFodselsnummerException e) {
            return Optional.empty();
        }
        return em.createQuery("SELECT g FROM Guardian g WHERE g.fodselsnummer = :fnr", Guardian.class)
                .setParameter("fnr", fnr).getResultStream().findFirst()
                .map(g -> new KnownUser(VisUserId.GUARDIAN.of(g.getId()), g.getName().fullName(), Set.of(Role.GUARDIAN), Map.of()));
    }

    /** The children the calling guardian may see today. */
    @RolesAllowed(Names.GUARDIAN)
    public List<ChildSummary> myChildren() {
        Optional<Long> guardianId = VisUserId.GUARDIAN.idIn(session.getCallerPrincipal().getName());
        if (guardianId.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        return em.createQuery("SELECT NEW no.vis.guardianship.ChildSummary(s.id, s.name.givenName, s.name.familyName,"
                        + " sc.name, c.code)"
                        + " FROM Guardianship gs JOIN gs.student s JOIN s.school sc LEFT JOIN s.schoolClass c"
                        + " WHERE gs.guardian.id = :guardian AND gs.activeFrom <= :today"
                        + " AND (gs.activeTo IS NULL OR gs.activeTo > :today) AND s.birthDate > :eighteenYearsAgo"
                        + " ORDER BY s.birthDate, s.id", ChildSummary.class)
                .setParameter("guardian", guardianId.get()).setParameter("today", today)
                .setParameter("eighteenYearsAgo", today.minusYears(18))
                .getResultList();
    }

    /** The guardian with this fødselsnummer, created if VIS does not know them. For jobs. */
    @RolesAllowed(Names.SYSTEM)
    public Guardian ensureGuardian(Fodselsnummer fnr, PersonName name) {
        return em.createQuery("SELECT g FROM Guardian g WHERE g.fodselsnummer = :fnr", Guardian.class)
                .setParameter("fnr", fnr).getResultStream().findFirst()
                .orElseGet(() -> {
                    Guardian guardian = new Guardian(fnr, name);
                    em.persist(guardian);
                    return guardian;
                });
    }

    /** A guardianship of the guardian for the pupil with this fødselsnummer, if there is none yet. For jobs. */
    @RolesAllowed(Names.SYSTEM)
    public void ensureGuardianship(Guardian guardian, Fodselsnummer pupil, LocalDate from) {
        Guardian managed = em.merge(guardian);
        Student student = em.createQuery("SELECT s FROM Student s WHERE s.fodselsnummer = :fnr", Student.class)
                .setParameter("fnr", pupil).getSingleResult();
        boolean exists = !em.createQuery("SELECT gs FROM Guardianship gs WHERE gs.guardian = :g AND gs.student = :s",
                        Guardianship.class)
                .setParameter("g", managed).setParameter("s", student).getResultList().isEmpty();
        if (!exists) {
            em.persist(new Guardianship(managed, student, from));
        }
    }
}
