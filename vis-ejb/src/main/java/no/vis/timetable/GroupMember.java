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
 * A pupil in a teaching group from a day until a day (exclusive; null: still). The pupil's own
 * fagkode where it is not the group's (a group may mix codes, e.g. language levels).
 */
@Entity
@Table(name = "group_member")
public class GroupMember {

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

    @Column(name = "from_day", nullable = false)
    private LocalDate fromDay;

    @Column(name = "to_day")
    private LocalDate toDay;

    @Column(name = "subject_code", length = 12)
    private String subjectCode;

    @Version
    private long version;

    protected GroupMember() {
        // for JPA
    }

    public GroupMember(long groupId, long pupilId, LocalDate fromDay, String subjectCode) {
        this.groupId = groupId;
        this.pupilId = pupilId;
        this.fromDay = Objects.requireNonNull(fromDay, "fromDay");
        this.subjectCode = subjectCode;
    }

    /** Ends the membership on the day (the pupil is no longer in the group that day). */
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

    public long getPupilId() {
        return pupilId;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public Membership membership() {
        return new Membership(groupId, fromDay, toDay);
    }
}
