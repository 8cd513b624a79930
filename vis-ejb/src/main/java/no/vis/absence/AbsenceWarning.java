package no.vis.absence;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A warning (varsel) that a pupil risks no grade in a subject because of absence: given once per
 * threshold crossing — per school year, fagkode, period and band — with the figures it was given on.
 * Never changed.
 */
@Entity
@Table(name = "absence_warning")
public class AbsenceWarning {

    @Id
    @SequenceGenerator(name = "absence_warning_seq", sequenceName = "absence_warning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_warning_seq")
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long pupilId;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Column(name = "subject_code", length = 12, nullable = false)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "period", length = 12, nullable = false)
    private AbsencePeriod period;

    @Enumerated(EnumType.STRING)
    @Column(name = "band", length = 12, nullable = false)
    private Band band;

    @Column(name = "percent", nullable = false, precision = 6, scale = 2)
    private BigDecimal percent;

    @Column(name = "counted_minutes", nullable = false)
    private int countedMinutes;

    @Column(name = "planned_minutes", nullable = false)
    private int plannedMinutes;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", length = 64, nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected AbsenceWarning() {
        // for JPA
    }

    public AbsenceWarning(long pupilId, int schoolYear, SubjectAbsence subject, LocalDate on, String by, OffsetDateTime at) {
        if (subject.band() == null || subject.band() == Band.BELOW) {
            throw new IllegalArgumentException("a warning is for a pupil near or over the limit");
        }
        this.pupilId = pupilId;
        this.schoolYear = schoolYear;
        this.subjectCode = subject.subjectCode();
        this.period = subject.period();
        this.band = subject.band();
        this.percent = subject.percent();
        this.countedMinutes = subject.count().countedMinutes();
        this.plannedMinutes = subject.plannedMinutes();
        this.createdOn = Objects.requireNonNull(on, "on");
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(at, "at");
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

    public Band getBand() {
        return band;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public int getCountedMinutes() {
        return countedMinutes;
    }

    public int getPlannedMinutes() {
        return plannedMinutes;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }
}
