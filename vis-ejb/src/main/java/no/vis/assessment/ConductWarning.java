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

/**
 * The written warning (varsel) that must come before NG or LG in orden or atferd: the half-year or standpunkt,
 * the grade at risk, how many remarks it rests on, and a comment; sent to the pupil and, under 18, the guardians.
 */
@Entity
@Table(name = "conduct_warning")
public class ConductWarning {

    public static final int COMMENT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "conduct_warning_seq", sequenceName = "conduct_warning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conduct_warning_seq")
    private Long id;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long pupilId;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "round_kind", length = 12, nullable = false, updatable = false)
    private RoundKind roundKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 8, nullable = false, updatable = false)
    private ConductKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_at_risk", length = 2, nullable = false, updatable = false)
    private ConductValue gradeAtRisk;

    @Column(name = "remarks", nullable = false, updatable = false)
    private int remarks;

    @Column(name = "comment_text", length = COMMENT_MAX, updatable = false)
    private String comment;

    @Column(name = "sent_by", length = 64, nullable = false, updatable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ConductWarning() {
    }

    public ConductWarning(long pupilId, int schoolYear, RoundKind roundKind, ConductKind kind, ConductValue gradeAtRisk, int remarks,
                          String comment, String sentBy, OffsetDateTime sentAt) {
        if (!gradeAtRisk.needsWarning()) {
            throw new IllegalArgumentException("a warning is of NG or LG");
        }
        this.pupilId = pupilId;
        this.schoolYear = schoolYear;
        this.roundKind = Objects.requireNonNull(roundKind, "roundKind");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.gradeAtRisk = gradeAtRisk;
        this.remarks = remarks;
        this.comment = comment;
        this.sentBy = Objects.requireNonNull(sentBy, "sentBy");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public Long getId() {
        return id;
    }

    public long getPupilId() {
        return pupilId;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public RoundKind getRoundKind() {
        return roundKind;
    }

    public ConductKind getKind() {
        return kind;
    }

    public ConductValue getGradeAtRisk() {
        return gradeAtRisk;
    }

    public int getRemarks() {
        return remarks;
    }

    public String getComment() {
        return comment;
    }

    public String getSentBy() {
        return sentBy;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    @Override
    public String toString() {
        return "ConductWarning#" + id;
    }
}
