package no.vis.timetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A teacher of a teaching group from a day until a day (exclusive; null: still).
 */
@Entity
@Table(name = "group_teacher")
public class GroupTeacher extends DatedAssignment {

    @Id
    @SequenceGenerator(name = "group_teacher_seq", sequenceName = "group_teacher_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_teacher_seq")
    private Long id;

    @Column(name = "teaching_group_id", nullable = false)
    private long groupId;

    @Column(name = "staff_member_id", nullable = false)
    private long staffMemberId;

    protected GroupTeacher() {
        // for JPA
    }

    public GroupTeacher(long groupId, long staffMemberId, LocalDate fromDay) {
        super(fromDay);
        this.groupId = groupId;
        this.staffMemberId = staffMemberId;
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

    public Membership membership() {
        return new Membership(groupId, getFromDay(), getToDay());
    }
}
