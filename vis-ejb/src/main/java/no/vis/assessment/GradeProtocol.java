package no.vis.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A teaching group's grade protocol in a round: open while the teachers enter, submitted when they are
 * done, locked by the office — after which every change needs a reason and is shown to the office.
 * Its version guards against two people saving over each other.
 */
@Entity
@Table(name = "grade_protocol")
public class GradeProtocol {

    @Id
    @SequenceGenerator(name = "grade_protocol_seq", sequenceName = "grade_protocol_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_protocol_seq")
    private Long id;

    @Column(name = "grade_round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "teaching_group_id", nullable = false, updatable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 10, nullable = false)
    private ProtocolState state = ProtocolState.OPEN;

    @Column(name = "saved_by", length = 64)
    private String savedBy;

    @Column(name = "saved_at")
    private OffsetDateTime savedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "locked_by", length = 64)
    private String lockedBy;

    @Column(name = "locked_at")
    private OffsetDateTime lockedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GradeProtocol() {
    }

    public GradeProtocol(long roundId, long groupId) {
        this.roundId = roundId;
        this.groupId = groupId;
    }

    /** Marks a save: the version moves, so that a second save from an older page is refused. */
    public void saved(String by, OffsetDateTime at) {
        savedBy = by;
        savedAt = at;
    }

    public void submit(String by, OffsetDateTime at) {
        if (state == ProtocolState.LOCKED) {
            throw new IllegalStateException("locked");
        }
        state = ProtocolState.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    public void lock(String by, OffsetDateTime at) {
        state = ProtocolState.LOCKED;
        lockedBy = by;
        lockedAt = at;
    }

    /** Opens it again for the teachers (the office's decision). */
    public void reopen() {
        state = ProtocolState.OPEN;
        lockedBy = null;
        lockedAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getGroupId() {
        return groupId;
    }

    public ProtocolState getState() {
        return state;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getLockedBy() {
        return lockedBy;
    }

    public OffsetDateTime getLockedAt() {
        return lockedAt;
    }

    public long getVersion() {
        return version;
    }
}
