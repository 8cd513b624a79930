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
 * A teacher of a teaching group from a day until a day (exclusive; null: still).
 */
@Entity
@Table(name = "group_teacher")
public class GroupTeacher {

    /** Queries use {@link GroupMember#ACTIVE_ON_DAY} and {@link GroupMember#ACTIVE_BETWEEN}: the same columns. */

    @Id
    @SequenceGenerator(name = "group_teacher_seq", sequenceName = "group_teacher_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_teacher_seq")
    private Long id;

    @Column(name = "teaching_group_id", nullable = false)
    private long groupId;

    @Column(name = "staff_member_id", nullable = false)
    private long staffMemberId;

    @Column(name = "from_day", nullable = false)
    private LocalDate fromDay;

    @Column(name = "to_day")
    private LocalDate toDay;

    @Version
    private long version;

    protected GroupTeacher() {
        // for JPA
    }

    public GroupTeacher(long groupId, long staffMemberId, LocalDate fromDay) {
        this.groupId = groupId;
        this.staffMemberId = staffMemberId;
        this.fromDay = Objects.requireNonNull(fromDay, "fromDay");
    }

    /** Ends the membership on the day (the teacher is no longer in the group that day). */
    public void end(LocalDate on) {
        if (!on.isAfter(fromDay)) {
            throw new IllegalArgumentException("a membership ends after it starts");
        }
        this.toDay = on;
    }

    public boolean activeOn(LocalDate day) {
        return DayPeriod.contains(fromDay, toDay, day);
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
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

    public Membership membership() {
        return new Membership(groupId, fromDay, toDay);
    }
}
