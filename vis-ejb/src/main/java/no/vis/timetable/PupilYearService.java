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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.guardianship.GuardianService;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * A pupil's school year — class, contact teachers, subjects (fagsammensetning: the fagkoder of the
 * groups they are in today, their own code where a group mixes codes) with their teachers — for the
 * pupil, and for a guardian as the guardian access policy allows (CURRICULUM). Reads are logged.
 */
@Stateless
public class PupilYearService {

    static final String PUPIL_PAGE = "pupil-subjects";
    static final String GUARDIAN_PAGE = "guardian-subjects";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    GuardianService guardians;

    @Inject
    no.vis.curriculum.SubjectCatalogue subjectTitles;

    @RolesAllowed(Names.PUPIL)
    public PupilYear myYear(Locale locale) {
        long pupilId = VisUserId.PUPIL.idIn(session.getCallerPrincipal().getName()).orElseThrow(
                () -> new IllegalStateException("not a pupil"));
        PupilYear year = yearOf(pupilId, locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, PUPIL_PAGE);
        return year;
    }

    /** A child's year for the calling guardian; empty — and logged as refused — when the policy does not allow it. */
    @RolesAllowed(Names.GUARDIAN)
    public Optional<PupilYear> childYear(long pupilId, Locale locale) {
        if (!guardians.mayISee(pupilId, DataCategory.CURRICULUM, GUARDIAN_PAGE)) {
            return Optional.empty();
        }
        PupilYear year = yearOf(pupilId, locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, GUARDIAN_PAGE);
        return Optional.of(year);
    }

    private PupilYear yearOf(long pupilId, Locale locale) {
        LocalDate today = no.vis.common.Today.inNorway();
        Object[] pupil = em.createQuery("SELECT s.name.givenName, sc.name, c.code, c.id FROM Pupil s JOIN s.school sc"
                + " LEFT JOIN s.schoolClass c WHERE s.id = :id", Object[].class).setParameter("id", pupilId).getSingleResult();
        List<String> contacts = pupil[3] == null ? List.of() : em.createQuery("SELECT t.name FROM ContactTeacher m, StaffMember t"
                        + " WHERE t.id = m.staffMemberId AND m.schoolClassId = :class AND " + GroupMember.ACTIVE_ON_DAY
                        + " ORDER BY t.name", String.class)
                .setParameter("class", pupil[3]).setParameter("day", today).getResultList();
        List<Object[]> groups = em.createQuery("SELECT g.id, g.code, g.subjectCode, m.subjectCode FROM GroupMember m, TeachingGroup g"
                + " WHERE g.id = m.groupId AND m.pupilId = :pupil AND " + GroupMember.ACTIVE_ON_DAY + " ORDER BY g.code", Object[].class)
                .setParameter("pupil", pupilId).setParameter("day", today).getResultList();
        Map<Long, List<String>> teachers = new HashMap<>();
        if (!groups.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT m.groupId, t.name FROM GroupTeacher m, StaffMember t WHERE t.id = m.staffMemberId"
                            + " AND m.groupId IN :groups AND " + GroupMember.ACTIVE_ON_DAY + " ORDER BY t.name", Object[].class)
                    .setParameter("groups", groups.stream().map(g -> (Long) g[0]).toList()).setParameter("day", today)
                    .getResultList()) {
                teachers.computeIfAbsent((Long) r[0], g -> new ArrayList<>()).add((String) r[1]);
            }
        }
        Set<String> codes = new HashSet<>();
        groups.forEach(g -> codes.add(g[3] != null ? (String) g[3] : (String) g[2]));
        Map<String, String> titles = subjectTitles.titles(codes, locale);
        List<SubjectLine> subjects = new ArrayList<>();
        for (Object[] g : groups) {
            String code = g[3] != null ? (String) g[3] : (String) g[2];
            subjects.add(new SubjectLine(code, titles.getOrDefault(code, code), (String) g[1],
                    teachers.getOrDefault((Long) g[0], List.of())));
        }
        subjects.sort(java.util.Comparator.comparing(SubjectLine::title));
        return new PupilYear(pupilId, (String) pupil[0], (String) pupil[1], (String) pupil[2], contacts, subjects);
    }
}
