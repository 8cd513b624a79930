package no.vis.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A teacher's formative comment (underveisvurdering) to a pupil in a group's subject; the pupil sees it from {@code visibleFrom}. */
@Entity
@Table(name = "formative_comment")
public class FormativeComment {

    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "formative_comment_seq", sequenceName = "formative_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "formative_comment_seq")
    private Long id;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long pupilId;

    @Column(name = "teaching_group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "subject_code", length = 12, nullable = false, updatable = false)
    private String subjectCode;

    @Column(name = "comment_text", length = TEXT_MAX, nullable = false, updatable = false)
    private String text;

    @Column(name = "visible_from", updatable = false)
    private OffsetDateTime visibleFrom;

    @Column(name = "written_by", length = 64, nullable = false, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FormativeComment() {
    }

    public FormativeComment(long pupilId, long groupId, String subjectCode, String text, OffsetDateTime visibleFrom, String writtenBy,
                            OffsetDateTime writtenAt) {
        this.pupilId = pupilId;
        this.groupId = groupId;
        this.subjectCode = Objects.requireNonNull(subjectCode, "subjectCode");
        this.text = Objects.requireNonNull(text, "text");
        this.visibleFrom = visibleFrom;
        this.writtenBy = Objects.requireNonNull(writtenBy, "writtenBy");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
    }

    public Long getId() {
        return id;
    }

    public long getPupilId() {
        return pupilId;
    }

    public long getGroupId() {
        return groupId;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public String getText() {
        return text;
    }

    public OffsetDateTime getVisibleFrom() {
        return visibleFrom;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    @Override
    public String toString() {
        return "FormativeComment#" + id;
    }
}
