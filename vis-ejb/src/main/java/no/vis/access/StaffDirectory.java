package no.vis.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.common.BusinessException;
import no.vis.school.County;
import no.vis.school.School;

/**
 * Staff members and their roles: who a Feide login is (asked before anyone is logged in), and
 * granting and withdrawing roles (the county administrator, and jobs).
 */
@Stateless
@RolesAllowed({Names.COUNTY_ADMIN, Names.SYSTEM})
public class StaffDirectory {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    /** The staff member with this Feide user id, with all roles; empty for a person VIS does not know. */
    @PermitAll
    public Optional<KnownUser> findByFeideUserId(String feideUserId) {
        return em.createQuery("SELECT m FROM StaffMember m LEFT JOIN FETCH m.roles WHERE m.feideUserId = :id",
                        StaffMember.class)
                .setParameter("id", feideUserId).getResultStream().findFirst()
                .map(StaffDirectory::toKnownUser);
    }

    /**
     * The roles a staff member has now, read from the database on every request (one indexed
     * query), so that a withdrawn role is gone at the user's next request — not at their next login.
     * Empty for a staff member who no longer exists.
     */
    @PermitAll
    public Set<Role> currentRoles(long staffMemberId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(em.createQuery("SELECT DISTINCT r.role FROM StaffRole r WHERE r.staffMember.id = :id", Role.class)
                .setParameter("id", staffMemberId).getResultList());
        return roles;
    }

    private static KnownUser toKnownUser(StaffMember member) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Map<Long, Set<Role>> bySchool = new HashMap<>();
        for (StaffRole grant : member.getRoles()) {
            roles.add(grant.getRole());
            if (grant.getSchool() != null) {
                bySchool.computeIfAbsent(grant.getSchool().getId(), id -> EnumSet.noneOf(Role.class)).add(grant.getRole());
            }
        }
        bySchool.replaceAll((school, set) -> Set.copyOf(set));
        return new KnownUser(VisUserId.STAFF.of(member.getId()), member.getName(), roles, bySchool);
    }

    /**
     * The schools whose pupils the caller may see: every school for the county administrator and
     * for jobs; otherwise the schools where the caller is office staff, teacher or contact teacher.
     */
    @RolesAllowed({Names.OFFICE, Names.TEACHER, Names.CONTACT_TEACHER, Names.IT_OPERATIONS, Names.COUNTY_ADMIN, Names.SYSTEM})
    public SchoolScope callerScope() {
        return callerScope(Role.OFFICE, Role.TEACHER, Role.CONTACT_TEACHER);
    }

    /**
     * The schools where the caller has one of these roles: every school for the county
     * administrator and for jobs.
     */
    @RolesAllowed({Names.OFFICE, Names.TEACHER, Names.CONTACT_TEACHER, Names.IT_OPERATIONS, Names.COUNTY_ADMIN, Names.SYSTEM})
    public SchoolScope callerScope(Role... roles) {
        if (session.isCallerInRole(Names.COUNTY_ADMIN) || session.isCallerInRole(Names.SYSTEM)) {
            return SchoolScope.ALL;
        }
        return VisUserId.STAFF.idIn(session.getCallerPrincipal().getName())
                .map(staffId -> new SchoolScope(false, Set.copyOf(em.createQuery("SELECT DISTINCT r.school.id FROM StaffRole r"
                                + " WHERE r.staffMember.id = :staff AND r.role IN :roles", Long.class)
                        .setParameter("staff", staffId)
                        .setParameter("roles", List.of(roles))
                        .getResultList())))
                .orElse(SchoolScope.NONE);
    }

    /**
     * The caller's roles at one school: those granted there, and the county administrator's
     * (county-wide). Services decide from these what the caller may see and do with a pupil of
     * that school — not from the roles the caller has somewhere.
     */
    @RolesAllowed({Names.OFFICE, Names.TEACHER, Names.CONTACT_TEACHER, Names.IT_OPERATIONS, Names.COUNTY_ADMIN, Names.SYSTEM})
    public Set<Role> callerRolesAt(long schoolId) {
        if (session.isCallerInRole(Names.SYSTEM)) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (session.isCallerInRole(Names.COUNTY_ADMIN)) {
            roles.add(Role.COUNTY_ADMIN);
        }
        VisUserId.STAFF.idIn(session.getCallerPrincipal().getName()).ifPresent(staffId -> roles.addAll(
                em.createQuery("SELECT r.role FROM StaffRole r WHERE r.staffMember.id = :staff AND r.school.id = :school",
                                Role.class)
                        .setParameter("staff", staffId).setParameter("school", schoolId).getResultList()));
        return Set.copyOf(roles);
    }

    /** The calling staff member's roles, school by school (county-wide roles under a null school). */
    @RolesAllowed({Names.OFFICE, Names.TEACHER, Names.CONTACT_TEACHER, Names.IT_OPERATIONS, Names.COUNTY_ADMIN})
    public List<SchoolRoles> myRoles() {
        Optional<Long> staffId = VisUserId.STAFF.idIn(session.getCallerPrincipal().getName());
        if (staffId.isEmpty()) {
            return List.of();
        }
        Map<Long, SchoolRoles> bySchool = new java.util.LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT r.role, s.id, s.name FROM StaffRole r LEFT JOIN r.school s"
                        + " WHERE r.staffMember.id = :staff ORDER BY s.name, r.role", Object[].class)
                .setParameter("staff", staffId.get()).getResultList()) {
            Long schoolId = (Long) row[1];
            SchoolRoles entry = bySchool.computeIfAbsent(schoolId, id -> new SchoolRoles(id, (String) row[2], EnumSet.noneOf(Role.class)));
            entry.roles().add((Role) row[0]);
        }
        return List.copyOf(bySchool.values());
    }

    /**
     * JPQL condition: pupil {@code s} is one the teacher {@code :me} teaches on the day {@code :today}
     * (a member of a group they teach) or is contact teacher for (a pupil of their class). Where a
     * teacher has no office role, this is all they see of the school's pupils.
     */
    public static final String TAUGHT_BY_ME = "(s.id IN (SELECT m.pupilId FROM GroupMember m, GroupTeacher t"
            + " WHERE t.groupId = m.groupId AND t.staffMemberId = :me AND m.fromDay <= :today"
            + " AND (m.toDay IS NULL OR m.toDay > :today) AND t.fromDay <= :today AND (t.toDay IS NULL OR t.toDay > :today))"
            + " OR s.schoolClass.id IN (SELECT k.schoolClassId FROM ContactTeacher k WHERE k.staffMemberId = :me"
            + " AND k.fromDay <= :today AND (k.toDay IS NULL OR k.toDay > :today)))";

    /** The caller's staff id, when the caller is a staff member. */
    @PermitAll
    public java.util.Optional<Long> callerStaffId() {
        return VisUserId.STAFF.idIn(session.getCallerPrincipal().getName());
    }

    /** The staff member with this Feide user id, created in the county if VIS does not know them yet. */
    public StaffMember ensureStaff(County county, String feideUserId, String name) {
        return em.createQuery("SELECT m FROM StaffMember m WHERE m.feideUserId = :id", StaffMember.class)
                .setParameter("id", feideUserId).getResultStream().findFirst()
                .orElseGet(() -> {
                    StaffMember member = new StaffMember(em.merge(county), feideUserId, name);
                    em.persist(member);
                    return member;
                });
    }

    /** A staff member's roles, by school. */
    public List<StaffRoleRow> listRoles(long staffMemberId) {
        return em.createQuery("SELECT NEW no.vis.access.StaffRoleRow(m.id, m.name, s.id, s.name, r.role, r.grantedAt,"
                        + " r.grantedBy) FROM StaffRole r JOIN r.staffMember m LEFT JOIN r.school s"
                        + " WHERE m.id = :staff ORDER BY s.name, r.role", StaffRoleRow.class)
                .setParameter("staff", staffMemberId).getResultList();
    }

    public List<StaffOption> listStaff() {
        return em.createQuery("SELECT NEW no.vis.access.StaffOption(m.id, m.name) FROM StaffMember m ORDER BY m.name, m.id",
                StaffOption.class).getResultList();
    }

    /** The latest grants and withdrawals, newest first. */
    public List<RoleGrantRow> recentGrants(int max) {
        return em.createQuery("SELECT NEW no.vis.access.RoleGrantRow(e.happenedAt, e.actor, e.action, m.name, s.name, e.role)"
                        + " FROM RoleGrantEvent e JOIN StaffMember m ON m.id = e.staffMemberId"
                        + " LEFT JOIN School s ON s.id = e.schoolId ORDER BY e.happenedAt DESC, e.id DESC", RoleGrantRow.class)
                .setMaxResults(max).getResultList();
    }

    /**
     * Grants a role at a school (or county-wide) and logs the grant; nothing if it was there.
     *
     * @throws BusinessException {@code roles.grant.scope} when a county-wide role is given a school
     *         or a school role none, {@code roles.grant.unknown} for a staff member or school that
     *         does not exist
     */
    public void grant(long staffMemberId, Long schoolId, Role role) {
        StaffMember member = em.find(StaffMember.class, staffMemberId);
        School school = schoolId == null ? null : em.find(School.class, schoolId);
        if (member == null || (schoolId != null && school == null) || !role.isStaffRole()) {
            throw new BusinessException("roles.grant.unknown");
        }
        if ((school == null) != (role == Role.COUNTY_ADMIN)) {
            throw new BusinessException("roles.grant.scope");
        }
        // nobody grants themselves a role: one that was withdrawn stays withdrawn until someone else gives it back
        if (VisUserId.STAFF.idIn(actor()).filter(me -> me == staffMemberId).isPresent()) {
            throw new BusinessException("roles.grant.self");
        }
        member.grant(role, school, actor()).ifPresent(grant -> {
            em.persist(grant);
            em.persist(new RoleGrantEvent(actor(), RoleGrantEvent.Action.GRANT, staffMemberId, schoolId, role));
        });
    }

    /** Withdraws a role and logs it; nothing if the member did not have it. */
    public void withdraw(long staffMemberId, Long schoolId, Role role) {
        StaffMember member = em.find(StaffMember.class, staffMemberId);
        School school = schoolId == null ? null : em.find(School.class, schoolId);
        if (member != null && member.withdraw(role, school)) {
            em.persist(new RoleGrantEvent(actor(), RoleGrantEvent.Action.WITHDRAW, staffMemberId, schoolId, role));
        }
    }

    /** Who is acting: the caller's VIS user id, or "system" for jobs and set-up. */
    private String actor() {
        return VisUserId.nameOf(session.getCallerPrincipal());
    }
}
