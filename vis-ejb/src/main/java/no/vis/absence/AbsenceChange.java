package no.vis.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A change of a pupil's absence after it was first registered: who, when, what it was and became
 * ("ABSENT 45 #51 UNDOCUMENTED" → "present"), whether the register's deadline had passed, and why
 * (required after the deadline). Never changed; read by the office.
 */
@Entity
@Table(name = "absence_change")
public class AbsenceChange {

    public static final int REASON_MAX = 300;

    @Id
    @SequenceGenerator(name = "absence_change_seq", sequenceName = "absence_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_change_seq")
    private Long id;

    @Column(name = "lesson_register_id")
    private Long registerId;

    @Column(name = "day_absence_id")
    private Long dayAbsenceId;

    @Column(name = "student_id", nullable = false)
    private long pupilId;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", length = 64, nullable = false)
    private String changedBy;

    @Column(name = "before_state", length = 60)
    private String before;

    @Column(name = "after_state", length = 60)
    private String after;

    @Column(name = "after_deadline", nullable = false)
    private boolean afterDeadline;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    protected AbsenceChange() {
        // for JPA
    }

    public AbsenceChange(Long registerId, Long dayAbsenceId, long pupilId, String before, String after, boolean afterDeadline,
                         String reason, String by, OffsetDateTime at) {
        this.registerId = registerId;
        this.dayAbsenceId = dayAbsenceId;
        this.pupilId = pupilId;
        this.before = before;
        this.after = after;
        this.afterDeadline = afterDeadline;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public long getPupilId() {
        return pupilId;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public boolean isAfterDeadline() {
        return afterDeadline;
    }

    public String getReason() {
        return reason;
    }
}
