package no.vis.registers.freg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;
import no.vis.access.Role.Names;

/**
 * VIS's position in Folkeregisteret's event feed (see {@link FeedPosition}). The jobs move it in
 * the transaction of the changes they made; IT operations read it on the job screen.
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class FeedPositions {

    /** The position as the job screen and the jobs see it. */
    public record State(Long nextSequence, String etag, Long pendingSequence, OffsetDateTime tooOldSince,
                        OffsetDateTime updatedAt, Long jobExecutionId) implements Serializable {

        public boolean tooOld() {
            return tooOldSince != null;
        }
    }

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @RolesAllowed({Names.SYSTEM, Names.IT_OPERATIONS})
    public Optional<State> freg() {
        FeedPosition p = em.find(FeedPosition.class, FeedPosition.FREG);
        return p == null ? Optional.empty() : Optional.of(state(p));
    }

    /**
     * No position yet: reading starts where a full import that has not yet completed began (its
     * events may touch pupils it had already read; applying them again changes nothing), else at
     * {@code latestNext} (after the feed's latest event).
     */
    public State startAt(long latestNext, long jobExecutionId) {
        FeedPosition p = locked();
        if (p.getNextSequence().isEmpty()) {
            p.moveTo(p.pendingSequence() != null ? p.pendingSequence() + 1 : latestNext, null, jobExecutionId);
        }
        return state(p);
    }

    /**
     * Takes the position for a chunk that begins at {@code firstSequence}, before its work: a second
     * run at the same place waits here for the first to commit, then fails at once.
     *
     * @throws IllegalStateException when the stored position is already past {@code firstSequence}
     */
    public void claim(long firstSequence) {
        long stored = locked().getNextSequence().orElseThrow(() -> new IllegalStateException("no position in the feed"));
        if (stored > firstSequence) {
            throw new IllegalStateException("the feed position moved to " + stored + " meanwhile (sequence " + firstSequence
                    + " was already applied): another freg-delta or a freg-import ran at the same time");
        }
    }

    /** The events of a chunk {@link #claim claimed} in this transaction have been applied: reading goes on from {@code next}. */
    public void moveTo(long next, long jobExecutionId) {
        locked().moveTo(next, null, jobExecutionId);
    }

    /** The answer at {@code next} was "nothing new" with this ETag: ask with it next time. */
    public void rememberEtag(long next, String etag) {
        FeedPosition p = locked();
        if (p.getNextSequence().orElse(-1L) == next && etag != null && etag.length() <= 200) {
            p.rememberEtag(etag);
        }
    }

    /** The register no longer keeps the events from the stored position: a full import is needed. Kept if the run fails. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void tooOld() {
        locked().tooOld();
    }

    /** freg-import starts: the events up to {@code latestSequence} will be in when it completes. */
    public void importStarted(long latestSequence, long jobExecutionId) {
        locked().importStarted(latestSequence, jobExecutionId);
    }

    /** freg-import completed: freg-delta goes on after the sequence number the import started at. */
    public void importCompleted(long jobExecutionId) {
        locked().importCompleted(jobExecutionId);
    }

    private FeedPosition locked() {
        FeedPosition p = em.find(FeedPosition.class, FeedPosition.FREG, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            p = new FeedPosition(FeedPosition.FREG);
            em.persist(p);
            em.flush(); // a second run starting at the same time fails here, not later
        }
        return p;
    }

    private static State state(FeedPosition p) {
        return new State(p.getNextSequence().orElse(null), p.getEtag(), p.pendingSequence(), p.getTooOldSince().orElse(null),
                p.getUpdatedAt(), p.getJobExecutionId().orElse(null));
    }
}
