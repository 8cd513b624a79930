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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import no.vis.absence.AbsencePeriod;

/**
 * The principal's decision (opplæringsforskrifta § 9-8 fourth paragraph) for a pupil whose counted
 * absence in a subject is over 10 % and not over 15 % in a period: whether the pupil is nevertheless
 * to have a grade, with the reasons, and the percentage it was decided at.
 */
@Entity
@Table(name = "absence_discretion")
public class AbsenceDiscretion {

    public static final int REASONS_MAX = 2000;

    @Id
    @SequenceGenerator(name = "absence_discretion_seq", sequenceName = "absence_discretion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_discretion_seq")
    private Long id;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long pupilId;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Column(name = "subject_code", length = 12, nullable = false, updatable = false)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "period", length = 12, nullable = false, updatable = false)
    private AbsencePeriod period;

    @Column(name = "grade_allowed", nullable = false)
    private boolean gradeAllowed;

    @Column(name = "reasons", length = REASONS_MAX, nullable = false)
    private String reasons;

    @Column(name = "percent", precision = 5, scale = 2)
    private BigDecimal percent;

    @Column(name = "decided_by", length = 64, nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AbsenceDiscretion() {
    }

    public AbsenceDiscretion(long pupilId, int schoolYear, String subjectCode, AbsencePeriod period) {
        this.pupilId = pupilId;
        this.schoolYear = schoolYear;
        this.subjectCode = Objects.requireNonNull(subjectCode, "subjectCode");
        this.period = Objects.requireNonNull(period, "period");
    }

    public void decide(boolean gradeAllowed, String reasons, BigDecimal percent, String by, OffsetDateTime at) {
        this.gradeAllowed = gradeAllowed;
        this.reasons = Objects.requireNonNull(reasons, "reasons");
        this.percent = percent;
        this.decidedBy = by;
        this.decidedAt = at;
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

    public String getSubjectCode() {
        return subjectCode;
    }

    public AbsencePeriod getPeriod() {
        return period;
    }

    public boolean isGradeAllowed() {
        return gradeAllowed;
    }

    public String getReasons() {
        return reasons;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    @Override
    public String toString() {
        return "AbsenceDiscretion#" + id;
    }
}
