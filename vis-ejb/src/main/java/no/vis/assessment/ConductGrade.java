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
import java.util.Objects;

/** A pupil's grade in orden or atferd in a round, set by the contact teacher, with its reason; published with the round. */
@Entity
@Table(name = "conduct_grade")
public class ConductGrade {

    public static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "conduct_grade_seq", sequenceName = "conduct_grade_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conduct_grade_seq")
    private Long id;

    @Column(name = "grade_round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long pupilId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 8, nullable = false, updatable = false)
    private ConductKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_value", length = 2, nullable = false)
    private ConductValue value;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    @Column(name = "school_class_id")
    private Long classId;

    @Column(name = "set_by", length = 64, nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ConductGrade() {
    }

    public ConductGrade(long roundId, long pupilId, ConductKind kind, Long classId) {
        this.roundId = roundId;
        this.pupilId = pupilId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.classId = classId;
    }

    public void set(ConductValue newValue, String newReason, String by, OffsetDateTime at) {
        this.value = Objects.requireNonNull(newValue, "value");
        this.reason = newReason;
        this.setBy = by;
        this.setAt = at;
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

    public ConductKind getKind() {
        return kind;
    }

    public ConductValue getValue() {
        return value;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "ConductGrade#" + id;
    }
}
