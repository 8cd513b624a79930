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
 * A contact teacher (kontaktlærer) of a class from a day until a day (exclusive; null: still).
 */
@Entity
@Table(name = "contact_teacher")
public class ContactTeacher extends DatedAssignment {

    @Id
    @SequenceGenerator(name = "contact_teacher_seq", sequenceName = "contact_teacher_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_teacher_seq")
    private Long id;

    @Column(name = "school_class_id", nullable = false)
    private long schoolClassId;

    @Column(name = "staff_member_id", nullable = false)
    private long staffMemberId;

    protected ContactTeacher() {
        // for JPA
    }

    public ContactTeacher(long schoolClassId, long staffMemberId, LocalDate fromDay) {
        super(fromDay);
        this.schoolClassId = schoolClassId;
        this.staffMemberId = staffMemberId;
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

}
