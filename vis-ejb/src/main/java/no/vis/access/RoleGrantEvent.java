package no.vis.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One line of the log of role grants and withdrawals. Never changed once written. */
@Entity
@Table(name = "role_grant_log")
public class RoleGrantEvent {

    public enum Action { GRANT, WITHDRAW }

    @Id
    @SequenceGenerator(name = "role_grant_log_seq", sequenceName = "role_grant_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_grant_log_seq")
    private Long id;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private OffsetDateTime happenedAt;

    @Column(name = "actor", length = 64, nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 10, nullable = false, updatable = false)
    private Action action;

    @Column(name = "staff_member_id", nullable = false, updatable = false)
    private long staffMemberId;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30, nullable = false, updatable = false)
    private Role role;

    protected RoleGrantEvent() {
        // for JPA
    }

    public RoleGrantEvent(String actor, Action action, long staffMemberId, Long schoolId, Role role) {
        this.happenedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.staffMemberId = staffMemberId;
        this.schoolId = schoolId;
        this.role = role;
    }

    public OffsetDateTime getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public Role getRole() {
        return role;
    }

    public Long getSchoolId() {
        return schoolId;
    }
}
