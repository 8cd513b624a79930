package no.vis.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import no.vis.school.School;

/** A role a staff member has at a school (or county-wide), and who granted it when. */
@Entity
@Table(name = "staff_role")
public class StaffRole {

    @Id
    @SequenceGenerator(name = "staff_role_seq", sequenceName = "staff_role_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_role_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_member_id", nullable = false)
    private StaffMember staffMember;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30, nullable = false)
    private Role role;

    @Column(name = "granted_at", nullable = false)
    private OffsetDateTime grantedAt;

    @Column(name = "granted_by", length = 64, nullable = false)
    private String grantedBy;

    protected StaffRole() {
        // for JPA
    }

    StaffRole(StaffMember staffMember, School school, Role role, OffsetDateTime grantedAt, String grantedBy) {
        this.staffMember = staffMember;
        this.school = school;
        this.role = role;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public StaffMember getStaffMember() {
        return staffMember;
    }

    public School getSchool() {
        return school;
    }

    public Role getRole() {
        return role;
    }

    public OffsetDateTime getGrantedAt() {
        return grantedAt;
    }

    public String getGrantedBy() {
        return grantedBy;
    }
}
