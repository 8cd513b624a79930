package no.vis.registers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import no.vis.access.Role.Names;

/** The skipped-records report of a job run, for IT operations. */
@Stateless
@RolesAllowed({Names.IT_OPERATIONS, Names.SYSTEM})
public class SkippedRecords {

    /** One skipped record: the pseudonymous reference and the reason. */
    public record Row(String recordRef, String reason, OffsetDateTime notedAt) implements Serializable {
    }

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    public List<Row> of(long jobExecutionId, int max) {
        return em.createQuery("SELECT NEW no.vis.registers.SkippedRecords.Row(r.recordRef, r.reason, r.notedAt)"
                        + " FROM SkippedRecord r WHERE r.jobExecutionId = :id ORDER BY r.id", Row.class)
                .setParameter("id", jobExecutionId).setMaxResults(max).getResultList();
    }

    /**
     * Lists records for a run: what it skipped, or — for a dry run — what it would have changed.
     * {@code reasons} maps a pseudonymous reference ({@code guardian:12}) to the reason.
     */
    @RolesAllowed(Names.SYSTEM)
    public void note(long jobExecutionId, String jobName, java.util.Map<String, String> reasons) {
        reasons.forEach((ref, reason) -> em.persist(new SkippedRecord(jobExecutionId, jobName, ref, reason)));
    }

    public long count(long jobExecutionId) {
        return em.createQuery("SELECT COUNT(r) FROM SkippedRecord r WHERE r.jobExecutionId = :id", Long.class)
                .setParameter("id", jobExecutionId).getSingleResult();
    }
}
