package no.vis.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.common.BusinessException;
import no.vis.common.Page;
import no.vis.common.PageRequest;
import no.vis.common.NameCase;
import org.eclipse.persistence.jpa.JpaEntityManager;

/**
 * The access log: every read or change of a pupil's or guardian's personal data, by a user or a
 * job, and every refused attempt — who, whose, which category, when and why. The services write
 * it in their own transaction (a read that is shown is logged, or nothing is shown): just before
 * it commits, a transaction's changes go in one batch in it and its reads through the group commit
 * of many transactions' reads ({@link LogGroupCommit}); refusals are written in a
 * transaction of their own, so that the refusal's rollback does not take them along.
 *
 * <p>Searching: the county administrator searches everything, office staff the log of pupils of
 * their schools. A guardian, and a pupil of 18 or more, see who has looked at their own data.
 */
@Stateless
@PermitAll
public class AccessLog {

    private static final ZoneId OSLO = no.vis.common.Today.NORWAY;
    private static final List<Role> ROLE_ORDER = List.of(Role.COUNTY_ADMIN, Role.OFFICE, Role.CONTACT_TEACHER,
            Role.TEACHER, Role.IT_OPERATIONS, Role.GUARDIAN, Role.PUPIL);

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffDirectory staff;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    @Inject
    LogGroupCommit groupCommit;

    @Inject
    AccessLogIds ids;

    /** A read of one subject's data in a category, for a purpose (the screen or job). */
    public void read(SubjectKind kind, long subjectId, DataCategory category, String purpose) {
        write(kind, List.of(subjectId), category, AccessAction.READ, purpose);
    }

    /** Reads of many subjects' data (a list on a screen, a job's chunk): one line each. */
    public void readAll(SubjectKind kind, Collection<Long> subjectIds, DataCategory category, String purpose) {
        write(kind, subjectIds, category, AccessAction.READ, purpose);
    }

    /** Changes of many subjects' data (a job's chunk): one line each. */
    public void changedAll(SubjectKind kind, Collection<Long> subjectIds, DataCategory category, String purpose) {
        write(kind, subjectIds, category, AccessAction.CHANGE, purpose);
    }

    /** A change of one subject's data. */
    public void changed(SubjectKind kind, long subjectId, DataCategory category, String purpose) {
        write(kind, List.of(subjectId), category, AccessAction.CHANGE, purpose);
    }

    /**
     * A refused attempt, kept even though the caller's transaction rolls back. The subject is what
     * the caller asked for (it may not exist); null when the attempt named none (a page).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(SubjectKind kind, Long subjectId, DataCategory category, String purpose) {
        em.persist(new AccessLogEntry(OffsetDateTime.now(), actor(), actorRole(), subjectId == null ? null : kind,
                subjectId, category, AccessAction.REFUSED, purpose));
    }

    /** Adds the lines to the transaction's, written in one batch just before it commits ({@link PendingLines}). */
    private void write(SubjectKind kind, Collection<Long> subjectIds, DataCategory category, AccessAction action,
                       String purpose) {
        if (subjectIds.isEmpty()) {
            return;
        }
        PendingLines pending = (PendingLines) transactions.getResource(PendingLines.KEY);
        if (pending == null) {
            pending = new PendingLines(em.unwrap(JpaEntityManager.class).getActiveSession(), dataSource, groupCommit, ids);
            transactions.putResource(PendingLines.KEY, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        OffsetDateTime now = OffsetDateTime.now();
        String actor = actor();
        String role = pending.roleOf(actor, this::actorRole);
        String why = AccessLogEntry.purpose(purpose);
        for (Long id : subjectIds) {
            pending.add(new PendingLines.Line(now, actor, role, kind, id, category, action, why));
        }
    }

    /** The caller's pseudonymous user id; {@code system} for a job. */
    private String actor() {
        return VisUserId.nameOf(session.getCallerPrincipal());
    }

    private String actorRole() {
        for (Role role : ROLE_ORDER) {
            if (session.isCallerInRole(role.name())) {
                return role.name();
            }
        }
        return session.isCallerInRole(Names.SYSTEM) ? Names.SYSTEM : null;
    }

    /**
     * One page of the log, the newest first. Office staff must name a pupil of one of their schools.
     *
     * @throws BusinessException {@code accessLog.pupilRequired} when office staff name no pupil, and
     *         {@code accessLog.unknownPupil} for a pupil outside their schools (as for one that does not exist)
     */
    @RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
    public Page<AccessLogRow> search(AccessLogQuery query, PageRequest page) {
        if (!session.isCallerInRole(Names.COUNTY_ADMIN)) {
            if (query.subjectKind() != SubjectKind.PUPIL || query.subjectId() == null) {
                throw new BusinessException("accessLog.pupilRequired");
            }
            Optional<Long> school = pupilValue("s.school.id", query.subjectId(), Long.class);
            if (school.isEmpty() || !staff.callerRolesAt(school.get()).contains(Role.OFFICE)) {
                // through the container, so that the refusal gets its own transaction and survives the rollback
                session.getBusinessObject(AccessLog.class).refused(SubjectKind.PUPIL, query.subjectId(),
                        DataCategory.ACCESS_LOG, "access-log-search");
                throw new BusinessException("accessLog.unknownPupil");
            }
        }
        if (query.subjectId() != null && query.subjectKind() != null) {
            read(query.subjectKind(), query.subjectId(), DataCategory.ACCESS_LOG, "access-log-search");
        }
        Page<AccessLogRow> found = find(query, page);
        // a search by user or period names pupils and guardians: each one shown is a read of their name
        for (SubjectKind kind : SubjectKind.values()) {
            List<Long> named = found.rows().stream()
                    .filter(r -> r.subjectKind() == kind && r.subjectId() != null && r.subjectName() != null)
                    .filter(r -> !(kind == query.subjectKind() && r.subjectId().equals(query.subjectId())))
                    .map(AccessLogRow::subjectId).distinct().toList();
            readAll(kind, named, DataCategory.PERSONALIA, "access-log-search");
        }
        return found;
    }

    /** Who has read or changed the calling guardian's own data, or the calling pupil's (18 or more). */
    @RolesAllowed({Names.GUARDIAN, Names.PUPIL})
    public Page<AccessLogRow> aboutMe(PageRequest page) {
        String me = session.getCallerPrincipal().getName();
        Optional<Long> guardian = VisUserId.GUARDIAN.idIn(me);
        if (guardian.isPresent()) {
            return find(AccessLogQuery.forSubject(SubjectKind.GUARDIAN, guardian.get()), page);
        }
        Optional<Long> pupil = VisUserId.PUPIL.idIn(me);
        if (pupil.isPresent()) {
            Optional<java.time.LocalDate> birthDate = pupilValue("s.birthDate", pupil.get(), java.time.LocalDate.class);
            if (birthDate.isEmpty() || !GuardianAccessPolicy.isOfAge(birthDate.get(), no.vis.common.Today.inNorway())) {
                throw new BusinessException("accessLog.pupilUnder18");
            }
            return find(AccessLogQuery.forSubject(SubjectKind.PUPIL, pupil.get()), page);
        }
        return new Page<>(List.of(), 0);
    }

    /**
     * One value of a pupil (empty when there is no such pupil), by JPQL path: the log names pupils by
     * id only and reads what it needs by query, so that {@code no.vis.privacy} does not depend on
     * {@code no.vis.people}, which writes the log.
     */
    private <T> Optional<T> pupilValue(String path, long pupilId, Class<T> type) {
        return em.createQuery("SELECT " + path + " FROM Pupil s WHERE s.id = :id", type)
                .setParameter("id", pupilId).getResultStream().findFirst();
    }

    private Page<AccessLogRow> find(AccessLogQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.subjectKind() != null) {
            conditions.add("e.subjectKind = :kind");
            parameters.put("kind", query.subjectKind());
        }
        if (query.subjectId() != null) {
            conditions.add("e.subjectId = :subject");
            parameters.put("subject", query.subjectId());
        }
        if (query.actor() != null) {
            conditions.add("e.actor = :actor");
            parameters.put("actor", query.actor());
        }
        if (query.from() != null) {
            conditions.add("e.at >= :from");
            parameters.put("from", query.from().atStartOfDay(OSLO).toOffsetDateTime());
        }
        if (query.to() != null) {
            conditions.add("e.at < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(OSLO).toOffsetDateTime());
        }
        if (query.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", query.action());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AccessLogEntry e" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }
        TypedQuery<Object[]> rows = em.createQuery("SELECT e.id, e.at, e.actor, e.actorRole, e.subjectKind, e.subjectId,"
                + " e.category, e.action, e.purpose FROM AccessLogEntry e" + where + " ORDER BY e.at DESC, e.id DESC",
                Object[].class);
        parameters.forEach(rows::setParameter);
        rows.setFirstResult(page.first());
        rows.setMaxResults(page.size());
        List<Object[]> raw = rows.getResultList();
        NameLookup names = new NameLookup(raw);
        return new Page<>(raw.stream().map(r -> new AccessLogRow((Long) r[0], (OffsetDateTime) r[1], (String) r[2],
                names.actor((String) r[2]), (String) r[3], (SubjectKind) r[4], (Long) r[5],
                names.subject((SubjectKind) r[4], (Long) r[5]), (DataCategory) r[6], (AccessAction) r[7],
                (String) r[8])).toList(), total);
    }

    /** The names of a page's actors and subjects, three queries for the whole page. */
    private final class NameLookup {
        private final Map<String, String> actors = new HashMap<>();
        private final Map<Long, String> pupils;
        private final Map<Long, String> guardians;

        NameLookup(List<Object[]> rows) {
            Set<Long> staffIds = ids(rows, r -> VisUserId.STAFF.idIn((String) r[2]));
            Set<Long> pupilIds = ids(rows, r -> VisUserId.PUPIL.idIn((String) r[2]));
            pupilIds.addAll(ids(rows, r -> r[4] == SubjectKind.PUPIL ? Optional.ofNullable((Long) r[5]) : Optional.empty()));
            Set<Long> guardianIds = ids(rows, r -> VisUserId.GUARDIAN.idIn((String) r[2]));
            guardianIds.addAll(ids(rows, r -> r[4] == SubjectKind.GUARDIAN ? Optional.ofNullable((Long) r[5]) : Optional.empty()));
            Map<Long, String> staffNames = lookup("SELECT m.id, m.name FROM StaffMember m WHERE m.id IN :ids", staffIds);
            pupils = lookup("SELECT s.id, s.name.givenName, s.name.familyName FROM Pupil s"
                    + " WHERE s.id IN :ids", pupilIds);
            guardians = lookup("SELECT g.id, g.name.givenName, g.name.familyName FROM Guardian g"
                    + " WHERE g.id IN :ids", guardianIds);
            staffNames.forEach((id, name) -> actors.put(VisUserId.STAFF.of(id), name));
            pupils.forEach((id, name) -> actors.put(VisUserId.PUPIL.of(id), name));
            guardians.forEach((id, name) -> actors.put(VisUserId.GUARDIAN.of(id), name));
        }

        private static Set<Long> ids(List<Object[]> rows, java.util.function.Function<Object[], Optional<Long>> id) {
            return rows.stream().map(id).flatMap(Optional::stream).collect(Collectors.toCollection(java.util.HashSet::new));
        }

        private Map<Long, String> lookup(String jpql, Set<Long> ids) {
            if (ids.isEmpty()) {
                return Map.of();
            }
            return em.createQuery(jpql, Object[].class).setParameter("ids", List.copyOf(ids)).getResultList().stream()
                    .collect(Collectors.toMap(r -> (Long) r[0], NameLookup::shown));
        }

        /** A staff member's name as Feide gives it; a pupil's or guardian's (given, family) as it is shown. */
        private static String shown(Object[] row) {
            return row.length == 2 ? (String) row[1]
                    : NameCase.givenName((String) row[1]) + " " + NameCase.familyName((String) row[2]);
        }

        String actor(String actor) {
            return actors.get(actor);
        }

        String subject(SubjectKind kind, Long id) {
            if (kind == null || id == null) {
                return null;
            }
            return kind == SubjectKind.PUPIL ? pupils.get(id) : guardians.get(id);
        }
    }
}
