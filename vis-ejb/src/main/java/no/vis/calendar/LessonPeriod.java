package no.vis.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One period (økt) of a school's grid: its number and its start and end. The grid is a template: a
 * lesson placed in periods copies their times, and later changes of the grid do not move lessons
 * already placed. A period without a weekday applies to every day that has none of its own.
 */
@Entity
@EntityListeners(no.vis.common.CachedDataListener.class)
@Table(name = "lesson_period")
public class LessonPeriod {

    public static final int MAX_NUMBER = 20;

    @Id
    @SequenceGenerator(name = "lesson_period_seq", sequenceName = "lesson_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_period_seq")
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "weekday")
    private Short weekday;

    @Column(name = "period_no", nullable = false)
    private short number;

    @Column(name = "starts_at", nullable = false)
    private short startsAt;

    @Column(name = "ends_at", nullable = false)
    private short endsAt;

    @Version
    private long version;

    protected LessonPeriod() {
        // for JPA
    }

    public LessonPeriod(long schoolId, DayOfWeek weekday, int number, LocalTime starts, LocalTime ends) {
        this.schoolId = schoolId;
        change(weekday, number, starts, ends);
    }

    /** Another day, number or times; lessons already placed in it keep theirs (the grid is a template). */
    public final void change(DayOfWeek newWeekday, int newNumber, LocalTime starts, LocalTime ends) {
        if (!starts.isBefore(ends) || newNumber < 1 || newNumber > MAX_NUMBER) {
            throw new IllegalArgumentException("a period starts before it ends and is numbered 1-" + MAX_NUMBER);
        }
        this.weekday = newWeekday == null ? null : (short) newWeekday.getValue();
        this.number = (short) newNumber;
        this.startsAt = (short) ClockTime.minutes(starts);
        this.endsAt = (short) ClockTime.minutes(ends);
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    /** null: every weekday without periods of its own */
    public DayOfWeek getWeekday() {
        return weekday == null ? null : DayOfWeek.of(weekday);
    }

    public int getNumber() {
        return number;
    }

    public LocalTime getStarts() {
        return ClockTime.of(startsAt);
    }

    public LocalTime getEnds() {
        return ClockTime.of(endsAt);
    }

    public long minutes() {
        return endsAt - startsAt;
    }
}
