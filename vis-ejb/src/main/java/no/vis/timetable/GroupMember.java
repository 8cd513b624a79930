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
 * A pupil in a teaching group from a day until a day (exclusive; null: still). The pupil's own
 * fagkode where it is not the group's (a group may mix codes, e.g. language levels).
 */
@Entity
@Table(name = "group_member")
public class GroupMember extends DatedAssignment {

    /** Active on the day {@code :day} (JPQL, alias {@code m}). */
    public static final String ACTIVE_ON_DAY = "m.fromDay <= :day AND (m.toDay IS NULL OR m.toDay > :day)";
    /** Active on some day from {@code :from} until {@code :until} (exclusive). */
    public static final String ACTIVE_BETWEEN = "m.fromDay < :until AND (m.toDay IS NULL OR m.toDay > :from)";

    @Id
    @SequenceGenerator(name = "group_member_seq", sequenceName = "group_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_member_seq")
    private Long id;

    @Column(name = "teaching_group_id", nullable = false)
    private long groupId;

    @Column(name = "student_id", nullable = false)
    private long pupilId;

    @Column(name = "subject_code", length = 12)
    private String subjectCode;

    protected GroupMember() {
        // for JPA
    }

    public GroupMember(long groupId, long pupilId, LocalDate fromDay, String subjectCode) {
        super(fromDay);
        this.groupId = groupId;
        this.pupilId = pupilId;
        this.subjectCode = subjectCode;
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public long getPupilId() {
        return pupilId;
    }

    public String getSubjectCode() {
        return subjectCode;
    }
}
