package no.vis.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * That health personnel has documented a condition of the pupil's with a higher risk of absence
 * (§ 9-8 third paragraph, from 2025/26), from a day until a day (exclusive; null: until ended): the
 * pupil's self-certified health absence on those days is treated as documented. Never the condition.
 */
@Entity
@Table(name = "absence_higher_risk")
public class HigherRisk {

    @Id
    @SequenceGenerator(name = "absence_higher_risk_seq", sequenceName = "absence_higher_risk_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_higher_risk_seq")
    private Long id;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long pupilId;

    /** The day of the health personnel's documentation. */
    @Column(name = "documented_on", nullable = false)
    private LocalDate documentedOn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "recorded_by", length = 64, nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected HigherRisk() {
    }

    public HigherRisk(long pupilId, LocalDate documentedOn, LocalDate validFrom, LocalDate validTo, String recordedBy,
                      OffsetDateTime recordedAt) {
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("the period ends after it begins");
        }
        this.pupilId = pupilId;
        this.documentedOn = Objects.requireNonNull(documentedOn, "documentedOn");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.validTo = validTo;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Ends it on the day (exclusive), after its first day; a record that should never have been is removed instead. */
    public void end(LocalDate on, String by, OffsetDateTime at) {
        if (!on.isAfter(validFrom)) {
            throw new IllegalArgumentException("it ends after its first day");
        }
        this.validTo = on;
        this.endedBy = by;
        this.endedAt = at;
    }

    /** The days it holds. */
    public AbsenceLedger.RiskPeriod period() {
        return new AbsenceLedger.RiskPeriod(validFrom, validTo);
    }

    public Long getId() {
        return id;
    }

    public long getPupilId() {
        return pupilId;
    }

    public LocalDate getDocumentedOn() {
        return documentedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Optional<LocalDate> getValidTo() {
        return Optional.ofNullable(validTo);
    }

    public Optional<String> getEndedBy() {
        return Optional.ofNullable(endedBy);
    }
}
