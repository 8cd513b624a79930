package no.vis.timetable;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * What a teacher sees of pupils: the groups they teach and the classes they are contact teacher
 * for, on the day, and the pupils of one of them — no one else's (another group is refused and the
 * attempt logged, as for one that does not exist). Every pupil shown is logged.
 */
@Stateless
@RolesAllowed({Names.TEACHER, Names.CONTACT_TEACHER})
public class TeachingService {

    static final String GROUPS_PAGE = "teacher-groups";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    no.vis.curriculum.SubjectCatalogue subjectTitles;

    /** The caller's groups (as teacher) and classes (as contact teacher) on the day, with their sizes. */
    public List<GroupRow> myGroups(LocalDate day, Locale locale) {
        long me = me();
        List<GroupRow> rows = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT c.id, c.code, COUNT(s.id) FROM ContactTeacher m, SchoolClass c, Pupil s"
                + " WHERE c.id = m.schoolClassId AND s.schoolClass.id = c.id AND m.staffMemberId = :me AND "
                + GroupMember.ACTIVE_ON_DAY + " GROUP BY c.id, c.code ORDER BY c.code", Object[].class)
                .setParameter("me", me).setParameter("day", day).getResultList()) {
            rows.add(new GroupRow("class", (Long) r[0], (String) r[1], null, (Long) r[2]));
        }
        List<Object[]> groups = em.createQuery("SELECT g.id, g.code, g.subjectCode, (SELECT COUNT(p) FROM GroupMember p"
                        + " WHERE p.groupId = g.id AND p.fromDay <= :day AND (p.toDay IS NULL OR p.toDay > :day))"
                        + " FROM GroupTeacher m, TeachingGroup g WHERE g.id = m.groupId AND m.staffMemberId = :me AND "
                        + GroupMember.ACTIVE_ON_DAY + " ORDER BY g.code", Object[].class)
                .setParameter("me", me).setParameter("day", day).getResultList();
        Set<String> codes = new HashSet<>();
        groups.forEach(g -> codes.add((String) g[2]));
        Map<String, String> titles = subjectTitles.titles(codes, locale);
        for (Object[] g : groups) {
            rows.add(new GroupRow("group", (Long) g[0], (String) g[1], titles.get((String) g[2]), (Long) g[3]));
        }
        return rows;
    }

    /**
     * The pupils of one of the caller's groups or classes on the day, by name; empty — and logged as
     * refused — for any other.
     */
    public Optional<List<MemberRow>> pupilsOf(String kind, long id, LocalDate day) {
        long me = me();
        List<MemberRow> pupils;
        if ("class".equals(kind) && !em.createQuery("SELECT m.id FROM ContactTeacher m WHERE m.schoolClassId = :id"
                + " AND m.staffMemberId = :me AND " + GroupMember.ACTIVE_ON_DAY, Long.class).setParameter("id", id)
                .setParameter("me", me).setParameter("day", day).getResultList().isEmpty()) {
            pupils = em.createQuery("SELECT NEW no.vis.timetable.MemberRow(s.id, s.name.givenName, s.name.familyName, c.code)"
                    + " FROM Pupil s JOIN s.schoolClass c WHERE c.id = :id ORDER BY s.name.familyName, s.name.givenName, s.id",
                    MemberRow.class).setParameter("id", id).getResultList();
        } else if ("group".equals(kind) && !em.createQuery("SELECT m.id FROM GroupTeacher m WHERE m.groupId = :id"
                + " AND m.staffMemberId = :me AND " + GroupMember.ACTIVE_ON_DAY, Long.class).setParameter("id", id)
                .setParameter("me", me).setParameter("day", day).getResultList().isEmpty()) {
            pupils = em.createQuery("SELECT NEW no.vis.timetable.MemberRow(s.id, s.name.givenName, s.name.familyName, c.code)"
                    + " FROM GroupMember m, Pupil s LEFT JOIN s.schoolClass c WHERE s.id = m.pupilId AND m.groupId = :id AND "
                    + GroupMember.ACTIVE_ON_DAY + " ORDER BY s.name.familyName, s.name.givenName, s.id", MemberRow.class)
                    .setParameter("id", id).setParameter("day", day).getResultList();
        } else {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.CLASSES_AND_GROUPS, GROUPS_PAGE);
            return Optional.empty();
        }
        accessLog.readAll(SubjectKind.PUPIL, pupils.stream().map(MemberRow::pupilId).toList(), DataCategory.PERSONALIA,
                GROUPS_PAGE);
        return Optional.of(pupils);
    }

    private long me() {
        return VisUserId.STAFF.idIn(session.getCallerPrincipal().getName()).orElseThrow(() -> new IllegalStateException("not staff"));
    }
}
