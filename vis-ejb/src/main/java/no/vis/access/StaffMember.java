package no.vis.access;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.vis.school.County;
import no.vis.school.School;

/** A member of staff of the county, known by the Feide user id (never by name). */
@Entity
@EntityListeners(no.vis.common.CachedDataListener.class)
@Table(name = "staff_member")
public class StaffMember {

    public static final int FEIDE_ID_MAX = 64;

    @Id
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    /** Feide's {@code sub}: the stable user id. */
    @Column(name = "feide_user_id", length = FEIDE_ID_MAX, nullable = false, unique = true, updatable = false)
    private String feideUserId;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    /** The teacher's short code on timetables (Untis' teacher code, e.g. "HOO"); null when none. */
    @Column(name = "short_code", length = 8)
    private String shortCode;

    @OneToMany(mappedBy = "staffMember", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<StaffRole> roles = new ArrayList<>();

    @Version
    private long version;

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(County county, String feideUserId, String name) {
        this.county = Objects.requireNonNull(county, "county");
        if (feideUserId == null || feideUserId.isBlank() || feideUserId.length() > FEIDE_ID_MAX) {
            throw new IllegalArgumentException("a Feide user id is 1-" + FEIDE_ID_MAX + " characters");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        this.feideUserId = feideUserId;
        this.name = name.strip();
    }

    /**
     * Grants a role at a school ({@code null}: county-wide, for the county administrator only).
     *
     * @return the new grant, or empty when the member already has it
     */
    public Optional<StaffRole> grant(Role role, School school, String grantedBy) {
        if (!role.isStaffRole()) {
            throw new IllegalArgumentException(role + " is not granted to staff");
        }
        if ((school == null) != (role == Role.COUNTY_ADMIN)) {
            throw new IllegalArgumentException("the county administrator's role is county-wide, every other role is per school");
        }
        if (hasRole(role, school)) {
            return Optional.empty();
        }
        StaffRole grant = new StaffRole(this, school, role, OffsetDateTime.now(ZoneOffset.UTC), grantedBy);
        roles.add(grant);
        return Optional.of(grant);
    }

    /** Withdraws a role at a school; true if the member had it. */
    public boolean withdraw(Role role, School school) {
        return roles.removeIf(r -> r.getRole() == role && Objects.equals(r.getSchool(), school));
    }

    public boolean hasRole(Role role, School school) {
        return roles.stream().anyMatch(r -> r.getRole() == role && Objects.equals(r.getSchool(), school));
    }

    public Long getId() {
        return id;
    }

    public County getCounty() {
        return county;
    }

    public String getFeideUserId() {
        return feideUserId;
    }

    public String getName() {
        return name;
    }

    public List<StaffRole> getRoles() {
        return List.copyOf(roles);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffMember other && feideUserId.equals(other.feideUserId);
    }

    @Override
    public int hashCode() {
        return feideUserId.hashCode();
    }

    @Override
    public String toString() {
        return "StaffMember[id=" + id + "]";
    }

    public String getShortCode() {
        return shortCode;
    }

    /** Sets the short code (1-8 letters or digits, upper case), or clears it with null. */
    public void useShortCode(String code) {
        if (code != null && !code.strip().matches("[\\p{L}\\d]{1,8}")) {
            throw new IllegalArgumentException("a short code is 1-8 letters or digits");
        }
        this.shortCode = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
