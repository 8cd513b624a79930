package no.vis.timetable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import no.vis.calendar.ClockTime;

/**
 * A dated change of the timetable: one occurrence of a weekly lesson cancelled or held otherwise
 * (another day or time, room, teachers), or an extra lesson of a group. Who changed it and when is
 * kept; the note is shown to pupils and guardians ("Lærer syk").
 */
@Entity
@EntityListeners(no.vis.common.CachedDataListener.class)
@Table(name = "lesson_change")
public class LessonChange {

    public static final int NOTE_MAX = 200;

    @Id
    @SequenceGenerator(name = "lesson_change_seq", sequenceName = "lesson_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_change_seq")
    private Long id;

    @Column(name = "teaching_group_id", nullable = false)
    private long groupId;

    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "original_day")
    private LocalDate originalDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false)
    private ChangeKind kind;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "starts_at")
    private Short startsAt;

    @Column(name = "ends_at")
    private Short endsAt;

    @Column(name = "room_id")
    private Long roomId;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", length = 64, nullable = false)
    private String changedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_change_teacher", joinColumns = @JoinColumn(name = "lesson_change_id"))
    @Column(name = "staff_member_id")
    private Set<Long> teacherIds = new HashSet<>();

    @Version
    private long version;

    protected LessonChange() {
        // for JPA
    }

    /** A cancellation of the lesson's occurrence on the day. */
    public static LessonChange cancel(Lesson lesson, LocalDate originalDay, String note, String by) {
        LessonChange c = new LessonChange(lesson.getGroupId(), lesson.getId(), originalDay, ChangeKind.CANCELLED, by);
        c.note = cleanNote(note);
        return c;
    }

    /** The lesson's occurrence on the original day held on another day or time, in another room or by other teachers. */
    public static LessonChange change(Lesson lesson, LocalDate originalDay, LocalDate heldOn, LocalTime starts,
                                      LocalTime ends, Long roomId, Set<Long> teachers, String note, String by) {
        LessonChange c = new LessonChange(lesson.getGroupId(), lesson.getId(), originalDay, ChangeKind.CHANGED, by);
        c.hold(heldOn, starts, ends, roomId, teachers, note);
        return c;
    }

    /** An extra lesson of the group. */
    public static LessonChange extra(long groupId, LocalDate heldOn, LocalTime starts, LocalTime ends, Long roomId,
                                     Set<Long> teachers, String note, String by) {
        LessonChange c = new LessonChange(groupId, null, null, ChangeKind.EXTRA, by);
        c.hold(heldOn, starts, ends, roomId, teachers, note);
        return c;
    }

    private LessonChange(long groupId, Long lessonId, LocalDate originalDay, ChangeKind kind, String by) {
        this.groupId = groupId;
        this.lessonId = lessonId;
        this.originalDay = originalDay;
        this.kind = kind;
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = OffsetDateTime.now();
    }

    private void hold(LocalDate day, LocalTime starts, LocalTime ends, Long room, Set<Long> teachers, String newNote) {
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException("a lesson starts before it ends");
        }
        this.heldOn = Objects.requireNonNull(day, "day");
        this.startsAt = (short) ClockTime.minutes(starts);
        this.endsAt = (short) ClockTime.minutes(ends);
        this.roomId = room;
        this.teacherIds = new HashSet<>(teachers);
        this.note = cleanNote(newNote);
    }

    /** Replaces what this change says (an office correcting a change), by someone, now. */
    public void revise(ChangeKind newKind, LocalDate day, LocalTime starts, LocalTime ends, Long room, Set<Long> teachers,
                       String newNote, String by) {
        if (kind == ChangeKind.EXTRA ? newKind != ChangeKind.EXTRA : newKind == ChangeKind.EXTRA) {
            throw new IllegalArgumentException("an extra lesson stays extra");
        }
        this.kind = newKind;
        if (newKind == ChangeKind.CANCELLED) {
            this.heldOn = null;
            this.startsAt = null;
            this.endsAt = null;
            this.roomId = null;
            this.teacherIds = new HashSet<>();
            this.note = cleanNote(newNote);
        } else {
            hold(day, starts, ends, room, teachers, newNote);
        }
        this.changedBy = by;
        this.changedAt = OffsetDateTime.now();
    }

    private static String cleanNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        if (n.length() > NOTE_MAX) {
            throw new IllegalArgumentException("note too long");
        }
        return n;
    }

    public DatedChange dated() {
        return new DatedChange(id, groupId, lessonId, originalDay, kind, heldOn, startsAt == null ? null : ClockTime.of(startsAt),
                endsAt == null ? null : ClockTime.of(endsAt), roomId, teacherIds, note);
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public LocalDate getOriginalDay() {
        return originalDay;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
