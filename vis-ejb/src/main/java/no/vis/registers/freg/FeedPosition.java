package no.vis.registers.freg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Where VIS is in a register's event feed: the next sequence number to read, the ETag of the
 * (empty) page last seen there, the sequence number a running full import started at, and since
 * when the register no longer keeps the events VIS would need (then only a full import helps).
 */
@Entity
@Table(name = "register_feed_position")
public class FeedPosition {

    /** Folkeregisteret's feed. */
    public static final String FREG = "folkeregisteret";

    @Id
    @Column(name = "feed_name", length = 40)
    private String feedName;

    @Column(name = "next_sequence")
    private Long nextSequence;

    @Column(name = "etag", length = 200)
    private String etag;

    @Column(name = "pending_sequence")
    private Long pendingSequence;

    @Column(name = "too_old_since")
    private OffsetDateTime tooOldSince;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    protected FeedPosition() {
        // for JPA
    }

    FeedPosition(String feedName) {
        this.feedName = feedName;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Reading goes on from {@code next} (the ETag, if any, is the answer last seen there). */
    void moveTo(long next, String etagAtNext, long jobExecution) {
        this.nextSequence = next;
        this.etag = etagAtNext;
        this.tooOldSince = null;
        this.jobExecutionId = jobExecution;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    void rememberEtag(String etagAtNext) {
        this.etag = etagAtNext;
    }

    void importStarted(long latestSequence, long jobExecution) {
        this.pendingSequence = latestSequence;
        this.jobExecutionId = jobExecution;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A completed full import: the events up to where it started are in; those after it are read next. */
    void importCompleted(long jobExecution) {
        if (pendingSequence != null) {
            long next = pendingSequence + 1;
            if (nextSequence == null || nextSequence < next || tooOldSince != null) {
                moveTo(next, null, jobExecution);
            }
            pendingSequence = null;
        }
    }

    void tooOld() {
        if (tooOldSince == null) {
            tooOldSince = OffsetDateTime.now(ZoneOffset.UTC);
        }
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String getFeedName() {
        return feedName;
    }

    public java.util.Optional<Long> getNextSequence() {
        return java.util.Optional.ofNullable(nextSequence);
    }

    public String getEtag() {
        return etag;
    }

    Long pendingSequence() {
        return pendingSequence;
    }

    public java.util.Optional<OffsetDateTime> getTooOldSince() {
        return java.util.Optional.ofNullable(tooOldSince);
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public java.util.Optional<Long> getJobExecutionId() {
        return java.util.Optional.ofNullable(jobExecutionId);
    }
}
