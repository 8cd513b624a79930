package no.vis.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An assessment round of a school year at a school: until when teachers enter grades, and from when
 * pupils and guardians see them — with a class's own publication time where the school set one.
 */
@Entity
@Table(name = "grade_round")
public class GradeRound {

    @Id
    @SequenceGenerator(name = "grade_round_seq", sequenceName = "grade_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_round_seq")
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 12, nullable = false, updatable = false)
    private RoundKind kind;

    @Column(name = "entry_until", nullable = false)
    private OffsetDateTime entryUntil;

    @Column(name = "publish_at", nullable = false)
    private OffsetDateTime publishAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grade_round_class", joinColumns = @JoinColumn(name = "grade_round_id"))
    @MapKeyColumn(name = "school_class_id")
    @Column(name = "publish_at", nullable = false)
    private Map<Long, OffsetDateTime> classPublishAt = new HashMap<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GradeRound() {
    }

    public GradeRound(long schoolId, int schoolYear, RoundKind kind, OffsetDateTime entryUntil, OffsetDateTime publishAt) {
        this.schoolId = schoolId;
        this.schoolYear = schoolYear;
        this.kind = Objects.requireNonNull(kind, "kind");
        schedule(entryUntil, publishAt);
    }

    public final void schedule(OffsetDateTime entryUntil, OffsetDateTime publishAt) {
        this.entryUntil = Objects.requireNonNull(entryUntil, "entryUntil");
        this.publishAt = Objects.requireNonNull(publishAt, "publishAt");
    }

    /** The class's own publication time; null takes it away. */
    public void classPublishAt(long classId, OffsetDateTime at) {
        if (at == null) {
            classPublishAt.remove(classId);
        } else {
            classPublishAt.put(classId, at);
        }
    }

    /** When a grade set in the class (null: none known) is published. */
    public OffsetDateTime publishAtFor(Long classId) {
        return classId == null ? publishAt : classPublishAt.getOrDefault(classId, publishAt);
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public RoundKind getKind() {
        return kind;
    }

    public OffsetDateTime getEntryUntil() {
        return entryUntil;
    }

    public OffsetDateTime getPublishAt() {
        return publishAt;
    }

    public Map<Long, OffsetDateTime> getClassPublishAt() {
        return Map.copyOf(classPublishAt);
    }

    public long getVersion() {
        return version;
    }
}
