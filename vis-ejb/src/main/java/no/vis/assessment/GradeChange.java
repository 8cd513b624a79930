package no.vis.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change of a grade: from what to what (null: none), why, by whom and when, and whether its protocol was locked. */
@Entity
@Table(name = "grade_change")
public class GradeChange {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "grade_change_seq", sequenceName = "grade_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_change_seq")
    private Long id;

    @Column(name = "grade_round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long pupilId;

    @Column(name = "subject_code", length = 12, nullable = false, updatable = false)
    private String subjectCode;

    @Column(name = "grade_protocol_id", updatable = false)
    private Long protocolId;

    @Column(name = "old_value", length = 4, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = 4, updatable = false)
    private String newValue;

    @Column(name = "old_remark", length = 8, updatable = false)
    private String oldRemark;

    @Column(name = "new_remark", length = 8, updatable = false)
    private String newRemark;

    @Column(name = "reason", length = REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "after_lock", nullable = false, updatable = false)
    private boolean afterLock;

    @Column(name = "changed_by", length = 64, nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected GradeChange() {
    }

    public GradeChange(long roundId, long pupilId, String subjectCode, Long protocolId, Grade.Content before, Grade.Content after,
                       String reason, boolean afterLock, String changedBy, OffsetDateTime changedAt) {
        this.roundId = roundId;
        this.pupilId = pupilId;
        this.subjectCode = subjectCode;
        this.protocolId = protocolId;
        this.oldValue = before == null ? null : before.value().code();
        this.oldRemark = before == null ? null : before.remark();
        this.newValue = after == null ? null : after.value().code();
        this.newRemark = after == null ? null : after.remark();
        this.reason = reason;
        this.afterLock = afterLock;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getPupilId() {
        return pupilId;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public Long getProtocolId() {
        return protocolId;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getOldRemark() {
        return oldRemark;
    }

    public String getNewRemark() {
        return newRemark;
    }

    public String getReason() {
        return reason;
    }

    public boolean isAfterLock() {
        return afterLock;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    @Override
    public String toString() {
        return "GradeChange#" + id;
    }
}
