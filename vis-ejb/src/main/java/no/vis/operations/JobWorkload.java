package no.vis.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.vis.access.Role.Names;

/** How much work a running job has in all, for the progress IT operations see on the job screen. Counts only. */
@Stateless
@RolesAllowed({Names.IT_OPERATIONS, Names.SYSTEM})
public class JobWorkload {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    /** freg-import's work: the enrolled pupils. */
    public long enrolledPupils() {
        return em.createQuery("SELECT COUNT(s) FROM Pupil s WHERE s.leftOn IS NULL", Long.class).getSingleResult();
    }

    /** What krr-import has still to do: guardians with a number KRR was never asked about. */
    public long guardiansNotAskedKrr() {
        return em.createQuery("SELECT COUNT(g) FROM Guardian g WHERE g.krrImportedAt IS NULL AND g.fodselsnummer IS NOT NULL",
                Long.class).getSingleResult();
    }
}
