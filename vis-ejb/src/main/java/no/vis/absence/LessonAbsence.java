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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A pupil's absence in one lesson: the whole lesson, or late or left early, in minutes (20 minutes
 * missed of a 90-minute lesson is 20), with its code and documentation, under the pupil's fagkode in
 * the group. A day absence's lessons point to their day absence, which decides them.
 */
@Entity
@Table(name = "absence")
public class LessonAbsence {

    @Id
    @SequenceGenerator(name = "absence_seq", sequenceName = "absence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_seq")
    private Long id;

    @Column(name = "lesson_register_id", nullable = false)
    private long registerId;

    @Column(name = "student_id", nullable = false)
    private long pupilId;

    @Column(name = "on_day", nullable = false)
    private LocalDate day;

    @Column(name = "subject_code", length = 12, nullable = false)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false)
    private AbsenceKind kind;

    @Column(name = "minutes", nullable = false)
    private short minutes;

    @Column(name = "absence_code_id", nullable = false)
    private long codeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "documentation", length = 24, nullable = false)
    private Documentation documentation;

    @Column(name = "day_absence_id")
    private Long dayAbsenceId;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by", length = 64, nullable = false)
    private String registeredBy;

    /** The subject teacher's entry a day absence replaced (null: none): put back when the day absence is removed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "replaced_kind", length = 10)
    private AbsenceKind replacedKind;

    @Column(name = "replaced_minutes")
    private Short replacedMinutes;

    @Column(name = "replaced_code_id")
    private Long replacedCodeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "replaced_documentation", length = 24)
    private Documentation replacedDocumentation;

    @Column(name = "replaced_by", length = 64)
    private String replacedBy;

    @Column(name = "replaced_at")
    private OffsetDateTime replacedAt;

    @Version
    private long version;

    protected LessonAbsence() {
        // for JPA
    }

    public LessonAbsence(long registerId, long pupilId, LocalDate day, String subjectCode, Entry entry, Long dayAbsenceId,
                         String by, OffsetDateTime at) {
        this.registerId = registerId;
        this.pupilId = pupilId;
        this.day = Objects.requireNonNull(day, "day");
        this.subjectCode = Objects.requireNonNull(subjectCode, "subjectCode");
        this.dayAbsenceId = dayAbsenceId;
        record(entry, by, at);
    }

    /** What one absence says: kind, minutes, code and documentation. */
    public record Entry(AbsenceKind kind, int minutes, long codeId, Documentation documentation) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(documentation, "documentation");
            if (minutes <= 0 || minutes > 1440) {
                throw new IllegalArgumentException("minutes 1-1440");
            }
        }

        /** A short text of it for the change log (no personal data): "LATE 10 #51 UNDOCUMENTED". */
        public String describe() {
            return kind + " " + minutes + " #" + codeId + " " + documentation;
        }
    }

    /** Registers what the entry says, by someone, now. */
    public final void record(Entry entry, String by, OffsetDateTime at) {
        this.kind = entry.kind();
        this.minutes = (short) entry.minutes();
        this.codeId = entry.codeId();
        this.documentation = entry.documentation();
        this.registeredBy = Objects.requireNonNull(by, "by");
        this.registeredAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Made part of the contact teacher's day absence, with what it says: a subject teacher's entry is
     * replaced and kept, to be put back when the day absence goes ({@link #leaveDay}).
     */
    public void partOfDay(long newDayAbsenceId, Entry entry, String by, OffsetDateTime at) {
        if (dayAbsenceId == null) {
            replacedKind = kind;
            replacedMinutes = minutes;
            replacedCodeId = codeId;
            replacedDocumentation = documentation;
            replacedBy = registeredBy;
            replacedAt = registeredAt;
        }
        this.dayAbsenceId = newDayAbsenceId;
        record(entry, by, at);
    }

    /**
     * The day absence it is part of is removed: the subject teacher's entry it replaced is back, as
     * they registered it.
     *
     * @return false when there was none (the entry is the day absence's own, to be removed)
     */
    public boolean leaveDay() {
        if (replacedKind == null) {
            return false;
        }
        dayAbsenceId = null;
        record(new Entry(replacedKind, replacedMinutes, replacedCodeId, replacedDocumentation), replacedBy, replacedAt);
        replacedKind = null;
        replacedMinutes = null;
        replacedCodeId = null;
        replacedDocumentation = null;
        replacedBy = null;
        replacedAt = null;
        return true;
    }

    /** The documentation changes (the contact teacher, a report from home linked). */
    public void document(Documentation newDocumentation) {
        this.documentation = Objects.requireNonNull(newDocumentation, "documentation");
    }

    public Entry entry() {
        return new Entry(kind, minutes, codeId, documentation);
    }

    public Long getId() {
        return id;
    }

    public long getRegisterId() {
        return registerId;
    }

    public long getPupilId() {
        return pupilId;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public AbsenceKind getKind() {
        return kind;
    }

    public int getMinutes() {
        return minutes;
    }

    public long getCodeId() {
        return codeId;
    }

    public Documentation getDocumentation() {
        return documentation;
    }

    public Long getDayAbsenceId() {
        return dayAbsenceId;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
