package no.vis.guardianship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import no.vis.access.Role.Names;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * The work of {@code retention-cleanup} (DOMAIN.md §7): guardian data is kept only while the pupil
 * is enrolled, and the guardian is a current guardian (or consented after 18). So: guardianships of
 * pupils who have left school end on the day they left; a guardian with no active guardianship for
 * longer than the grace period (time for the office to correct a mistake) is deleted; consents of
 * pupils who left longer ago than the grace period are deleted. For jobs only.
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class RetentionService {

    static final String PURPOSE = "job:retention-cleanup";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    AccessLog accessLog;

    /** Active guardianships of pupils who have left school (on or before the day). */
    public List<Long> guardianshipsOfLeftPupils(LocalDate today) {
        return em.createQuery("SELECT gs.id FROM Guardianship gs JOIN gs.pupil s WHERE s.leftOn <= :day"
                        + " AND " + Guardianship.NOT_ENDED_BY_DAY + " ORDER BY gs.id", Long.class)
                .setParameter("day", today).getResultList();
    }

    /** Ends them on the day the pupil left; returns how many. */
    public int endForLeftPupils(List<Long> guardianshipIds, LocalDate today) {
        if (guardianshipIds.isEmpty()) {
            return 0;
        }
        List<Long> pupils = new java.util.ArrayList<>();
        for (Guardianship gs : em.createQuery("SELECT gs FROM Guardianship gs JOIN FETCH gs.pupil WHERE gs.id IN :ids",
                Guardianship.class).setParameter("ids", guardianshipIds).getResultList()) {
            LocalDate left = gs.getPupil().getLeftOn().orElse(null);
            if (left == null || !gs.isActiveOn(today)) {
                continue;
            }
            gs.endByRule(left, GuardianshipEnd.PUPIL_LEFT_SCHOOL, PURPOSE);
            pupils.add(gs.getPupil().getId());
        }
        accessLog.changedAll(SubjectKind.PUPIL, pupils, DataCategory.GUARDIANS, PURPOSE);
        return pupils.size();
    }

    /** Guardians with no guardianship active after {@code cutoff}: every one ended on or before it. */
    public List<Long> guardiansWithoutBasisSince(LocalDate cutoff) {
        return em.createQuery("SELECT g.id FROM Guardian g WHERE NOT EXISTS (SELECT gs.id FROM Guardianship gs"
                        + " WHERE gs.guardian = g AND " + Guardianship.NOT_ENDED_BY_DAY + ") ORDER BY g.id", Long.class)
                .setParameter("day", cutoff).getResultList();
    }

    /**
     * For a dry run: the guardians {@link #guardiansWithoutBasisSince} would find once the run's
     * first step had ended the guardianships of pupils who left on or before {@code today} (on the day
     * they left) — which a dry run does not write.
     */
    public List<Long> guardiansWithoutBasisSinceOnceLeftPupilsEnded(LocalDate cutoff) {
        return em.createQuery("SELECT g.id FROM Guardian g WHERE NOT EXISTS (SELECT gs.id FROM Guardianship gs"
                        + " JOIN gs.pupil s WHERE gs.guardian = g AND " + Guardianship.NOT_ENDED_BY_DAY
                        // (the cutoff is before today: a pupil who left by the cutoff has left by today)
                        + " AND NOT (gs.activeTo IS NULL AND s.leftOn IS NOT NULL AND s.leftOn <= :day)) ORDER BY g.id",
                        Long.class)
                .setParameter("day", cutoff).getResultList();
    }

    /** Deletes them (again checked: a guardian who got a guardianship meanwhile stays); returns how many. */
    public int deleteGuardians(List<Long> guardianIds, LocalDate cutoff) {
        List<Long> stillWithout = GuardianErasure.withoutBasisAfter(em, guardianIds, cutoff);
        GuardianErasure.erase(em, accessLog, stillWithout, PURPOSE);
        return stillWithout.size();
    }

    /** Deletes the consents of pupils who left school on or before the cutoff; returns how many. */
    public int deleteConsentsOfLeftPupils(LocalDate cutoff) {
        // whose consents go, for the access log (a deletion is a change of their data)
        List<Object[]> parties = em.createQuery("SELECT DISTINCT c.pupil.id, c.guardian.id FROM Consent c"
                        + " WHERE c.pupil.leftOn <= :cutoff", Object[].class)
                .setParameter("cutoff", cutoff).getResultList();
        if (parties.isEmpty()) {
            return 0;
        }
        int deleted = em.createQuery("DELETE FROM Consent c WHERE c.pupil.id IN"
                        + " (SELECT s.id FROM Pupil s WHERE s.leftOn <= :cutoff)")
                .setParameter("cutoff", cutoff).executeUpdate();
        accessLog.changedAll(SubjectKind.PUPIL, parties.stream().map(p -> (Long) p[0]).distinct().toList(),
                DataCategory.CONSENTS, PURPOSE);
        accessLog.changedAll(SubjectKind.GUARDIAN, parties.stream().map(p -> (Long) p[1]).distinct().toList(),
                DataCategory.CONSENTS, PURPOSE);
        return deleted;
    }
}
