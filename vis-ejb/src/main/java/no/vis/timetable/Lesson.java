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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import no.vis.calendar.ClockTime;
import no.vis.calendar.WeekKind;

/**
 * A weekly lesson of a teaching group: weekday, real start and end (copied from the period grid
 * when placed, then free), the periods it was placed in, room, teachers, every week or A or B weeks,
 * valid from a day until a day (exclusive; null: the end of the year).
 */
@Entity
@EntityListeners(no.vis.common.CachedDataListener.class)
@Table(name = "lesson")
public class Lesson {

    /** Where a lesson came from: placed in VIS, or imported from Untis. */
    public enum Source {
        VIS, UNTIS
    }

    @Id
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    private Long id;

    @Column(name = "teaching_group_id", nullable = false)
    private long groupId;

    @Column(name = "weekday", nullable = false)
    private short weekday;

    @Column(name = "starts_at", nullable = false)
    private short startsAt;

    @Column(name = "ends_at", nullable = false)
    private short endsAt;

    @Column(name = "first_period")
    private Short firstPeriod;

    @Column(name = "last_period")
    private Short lastPeriod;

    @Column(name = "room_id")
    private Long roomId;

    @Enumerated(EnumType.STRING)
    @Column(name = "week_kind", length = 5, nullable = false)
    private WeekKind weekKind;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 10, nullable = false)
    private Source source;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_teacher", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "staff_member_id")
    private Set<Long> teacherIds = new HashSet<>();

    @Version
    private long version;

    protected Lesson() {
        // for JPA
    }

    public Lesson(long groupId, DayOfWeek weekday, LocalTime starts, LocalTime ends, Integer firstPeriod,
                  Integer lastPeriod, Long roomId, WeekKind weekKind, LocalDate validFrom, LocalDate validTo,
                  Set<Long> teacherIds, Source source) {
        this.groupId = groupId;
        this.source = Objects.requireNonNull(source, "source");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        endOn(validTo);
        this.weekKind = Objects.requireNonNull(weekKind, "weekKind");
        place(weekday, starts, ends, firstPeriod, lastPeriod, roomId, teacherIds);
    }

    /** Where and when it is held, and by whom. */
    public final void place(DayOfWeek newWeekday, LocalTime starts, LocalTime ends, Integer first, Integer last,
                            Long newRoomId, Set<Long> teachers) {
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException("a lesson starts before it ends");
        }
        this.weekday = (short) newWeekday.getValue();
        this.startsAt = (short) ClockTime.minutes(starts);
        this.endsAt = (short) ClockTime.minutes(ends);
        this.firstPeriod = first == null ? null : first.shortValue();
        this.lastPeriod = last == null ? (first == null ? null : first.shortValue()) : last.shortValue();
        this.roomId = newRoomId;
        this.teacherIds = new HashSet<>(teachers);
    }

    /** The series ends on the day (null: at the end of the year). */
    public final void endOn(LocalDate day) {
        if (day != null && !day.isAfter(validFrom)) {
            throw new IllegalArgumentException("a lesson series ends after it starts");
        }
        this.validTo = day;
    }

    public WeeklyLesson weekly() {
        return new WeeklyLesson(id, groupId, getWeekday(), getStarts(), getEnds(), roomId, weekKind, validFrom, validTo,
                teacherIds);
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public DayOfWeek getWeekday() {
        return DayOfWeek.of(weekday);
    }

    public LocalTime getStarts() {
        return ClockTime.of(startsAt);
    }

    public LocalTime getEnds() {
        return ClockTime.of(endsAt);
    }

    public Integer getFirstPeriod() {
        return firstPeriod == null ? null : firstPeriod.intValue();
    }

    public Integer getLastPeriod() {
        return lastPeriod == null ? null : lastPeriod.intValue();
    }

    public Long getRoomId() {
        return roomId;
    }

    public WeekKind getWeekKind() {
        return weekKind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Source getSource() {
        return source;
    }

    public Set<Long> getTeacherIds() {
        return Set.copyOf(teacherIds);
    }
}
