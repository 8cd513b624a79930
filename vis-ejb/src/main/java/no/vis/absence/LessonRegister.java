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
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import no.vis.calendar.ClockTime;

/**
 * One occurrence's register: the occurrence's key, the day and times it was held when the register
 * was made, and whether (when, by whom) the teacher took it. A contact teacher's day absence makes
 * the registers of the day's lessons it touches, not taken. Its version is what makes two teachers
 * saving the same register at once safe: the second save fails and is told so.
 */
@Entity
@Table(name = "lesson_register")
public class LessonRegister {

    @Id
    @SequenceGenerator(name = "lesson_register_seq", sequenceName = "lesson_register_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_register_seq")
    private Long id;

    @Column(name = "occurrence_key", length = 40, nullable = false, unique = true)
    private String occurrenceKey;

    @Column(name = "teaching_group_id", nullable = false)
    private long groupId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at", nullable = false)
    private short startsAt;

    @Column(name = "ends_at", nullable = false)
    private short endsAt;

    @Column(name = "taken_at")
    private OffsetDateTime takenAt;

    @Column(name = "taken_by", length = 64)
    private String takenBy;

    @Version
    private long version;

    protected LessonRegister() {
        // for JPA
    }

    public LessonRegister(String occurrenceKey, long groupId, long schoolId, LocalDate heldOn, LocalTime starts, LocalTime ends) {
        this.occurrenceKey = Objects.requireNonNull(occurrenceKey, "occurrenceKey");
        this.groupId = groupId;
        this.schoolId = schoolId;
        this.heldOn = Objects.requireNonNull(heldOn, "heldOn");
        this.startsAt = (short) ClockTime.minutes(starts);
        this.endsAt = (short) ClockTime.minutes(ends);
    }

    /** Taken (again) by the teacher now; the version moves on even when nothing else changed. */
    public void take(String by, OffsetDateTime at) {
        this.takenBy = Objects.requireNonNull(by, "by");
        this.takenAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public String getOccurrenceKey() {
        return occurrenceKey;
    }

    public long getGroupId() {
        return groupId;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public OffsetDateTime getTakenAt() {
        return takenAt;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public boolean isTaken() {
        return takenAt != null;
    }

    public long getVersion() {
        return version;
    }
}
