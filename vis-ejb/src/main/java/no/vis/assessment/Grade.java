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
 * A pupil's grade in a fagkode in a round: the expression, a fagmerknad where needed, the teacher's
 * note for the school, the protocol it was set in (none for a grade registered from elsewhere) and the
 * class the pupil was in, which decides its publication time.
 */
@Entity
@Table(name = "grade")
public class Grade {

    /** What a grade holds: expression, fagmerknad (null: none) and note (null: none). */
    public record Content(GradeValue value, String remark, String note) {
        public Content {
            Objects.requireNonNull(value, "value");
        }
    }

    @Id
    @SequenceGenerator(name = "grade_seq", sequenceName = "grade_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_seq")
    private Long id;

    @Column(name = "grade_round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long pupilId;

    @Column(name = "subject_code", length = 12, nullable = false, updatable = false)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false)
    private GradeKind kind;

    @Column(name = "grade_value", length = 4, nullable = false)
    private String value;

    @Column(name = "remark_code", length = 8)
    private String remark;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "grade_protocol_id")
    private Long protocolId;

    @Column(name = "school_class_id")
    private Long classId;

    @Column(name = "set_by", length = 64, nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Grade() {
    }

    public Grade(long roundId, long pupilId, String subjectCode, GradeKind kind, Long protocolId, Long classId) {
        this.roundId = roundId;
        this.pupilId = pupilId;
        this.subjectCode = Objects.requireNonNull(subjectCode, "subjectCode");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.protocolId = protocolId;
        this.classId = classId;
    }

    public void set(Content content, String by, OffsetDateTime at) {
        this.value = content.value().code();
        this.remark = content.remark();
        this.note = content.note();
        this.setBy = by;
        this.setAt = at;
    }

    public Content content() {
        return new Content(GradeValue.ofCode(value).orElseThrow(), remark, note);
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

    public GradeKind getKind() {
        return kind;
    }

    public GradeValue getValue() {
        return GradeValue.ofCode(value).orElseThrow();
    }

    public String getRemark() {
        return remark;
    }

    public String getNote() {
        return note;
    }

    public Long getProtocolId() {
        return protocolId;
    }

    public Long getClassId() {
        return classId;
    }

    public String getSetBy() {
        return setBy;
    }

    public OffsetDateTime getSetAt() {
        return setAt;
    }

    @Override
    public String toString() {
        return "Grade#" + id; // never the pupil's grade in a log
    }
}
