package no.vis.timetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import no.vis.common.DayPeriod;

/**
 * A contact teacher (kontaktlærer) of a class from a day until a day (exclusive; null: still).
 */
@Entity
@Table(name = "contact_teacher")
public class ContactTeacher {

    /** Queries use {@link GroupMember#ACTIVE_ON_DAY} and {@link GroupMember#ACTIVE_BETWEEN}: the same columns. */

    @Id
    @SequenceGenerator(name = "contact_teacher_seq", sequenceName = "contact_teacher_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_teacher_seq")
    private Long id;

    @Column(name = "school_class_id", nullable = false)
    private long schoolClassId;

    @Column(name = "staff_member_id", nullable = false)
    private long staffMemberId;

    @Column(name = "from_day", nullable = false)
    private LocalDate fromDay;

    @Column(name = "to_day")
    private LocalDate toDay;

    @Version
    private long version;

    protected ContactTeacher() {
        // for JPA
    }

    public ContactTeacher(long schoolClassId, long staffMemberId, LocalDate fromDay) {
        this.schoolClassId = schoolClassId;
        this.staffMemberId = staffMemberId;
        this.fromDay = Objects.requireNonNull(fromDay, "fromDay");
    }

    /** Ends the assignment on the day (the teacher is no longer the contact teacher that day). */
    public void end(LocalDate on) {
        if (!on.isAfter(fromDay)) {
            throw new IllegalArgumentException("an assignment ends after it starts");
        }
        this.toDay = on;
    }

    public boolean activeOn(LocalDate day) {
        return DayPeriod.contains(fromDay, toDay, day);
    }

    public Long getId() {
        return id;
    }

    public long getSchoolClassId() {
        return schoolClassId;
    }

    public long getStaffMemberId() {
        return staffMemberId;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

}
