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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A remark (anmerkning) in orden or atferd: what happened on a day, recorded by a teacher (in a group's lesson,
 * or outside lessons by the contact teacher or the office). The basis for the orden and atferd grades, deleted
 * when that purpose is fulfilled.
 */
@Entity
@Table(name = "conduct_remark")
public class ConductRemark {

    public static final int DESCRIPTION_MAX = 500;

    @Id
    @SequenceGenerator(name = "conduct_remark_seq", sequenceName = "conduct_remark_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conduct_remark_seq")
    private Long id;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long pupilId;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 8, nullable = false, updatable = false)
    private ConductKind kind;

    @Column(name = "happened_on", nullable = false, updatable = false)
    private LocalDate happenedOn;

    @Column(name = "description", length = DESCRIPTION_MAX, nullable = false, updatable = false)
    private String description;

    @Column(name = "teaching_group_id", updatable = false)
    private Long groupId;

    @Column(name = "recorded_by", length = 64, nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ConductRemark() {
    }

    public ConductRemark(long pupilId, int schoolYear, ConductKind kind, LocalDate happenedOn, String description, Long groupId,
                         String recordedBy, OffsetDateTime recordedAt) {
        this.pupilId = pupilId;
        this.schoolYear = schoolYear;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.happenedOn = Objects.requireNonNull(happenedOn, "happenedOn");
        this.description = Objects.requireNonNull(description, "description");
        this.groupId = groupId;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
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

    public ConductKind getKind() {
        return kind;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getDescription() {
        return description;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    @Override
    public String toString() {
        return "ConductRemark#" + id;
    }
}
