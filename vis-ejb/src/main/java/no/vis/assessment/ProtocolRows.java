package no.vis.assessment;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.vis.common.Today;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.timetable.GroupMember;
import no.vis.timetable.TeachingGroup;

/** The protocol lists of the teacher's and the office's pages, in a few queries whatever the number of groups. */
final class ProtocolRows {

    private ProtocolRows() {
    }

    /** Rows for the groups: each round of the group's school and year, with its protocol's state and counts. */
    static List<ProtocolRow> of(EntityManager em, SubjectCatalogue subjects, Collection<TeachingGroup> groups, Locale locale) {
        if (groups.isEmpty()) {
            return List.of();
        }
        LocalDate today = Today.inNorway();
        Set<Long> schools = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        groups.forEach(g -> {
            schools.add(g.getSchoolId());
            years.add(g.getSchoolYear());
        });
        List<GradeRound> rounds = em.createQuery("SELECT r FROM GradeRound r WHERE r.schoolId IN :schools AND r.schoolYear IN :years"
                + " ORDER BY r.kind", GradeRound.class).setParameter("schools", schools).setParameter("years", years).getResultList();
        List<Long> groupIds = groups.stream().map(TeachingGroup::getId).toList();
        Map<String, GradeProtocol> protocols = new HashMap<>();
        for (GradeProtocol p : em.createQuery("SELECT p FROM GradeProtocol p WHERE p.groupId IN :ids", GradeProtocol.class)
                .setParameter("ids", groupIds).getResultList()) {
            protocols.put(p.getGroupId() + "/" + p.getRoundId(), p);
        }
        Map<Long, Long> graded = new HashMap<>();
        if (!protocols.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT g.protocolId, COUNT(g) FROM Grade g WHERE g.protocolId IN :ids GROUP BY g.protocolId",
                    Object[].class).setParameter("ids", protocols.values().stream().map(GradeProtocol::getId).toList()).getResultList()) {
                graded.put((Long) r[0], (Long) r[1]);
            }
        }
        Map<Long, Long> sizes = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.groupId, COUNT(m) FROM GroupMember m WHERE m.groupId IN :ids AND "
                + GroupMember.ACTIVE_ON_DAY + " GROUP BY m.groupId", Object[].class).setParameter("ids", groupIds)
                .setParameter("day", today).getResultList()) {
            sizes.put((Long) r[0], (Long) r[1]);
        }
        Map<String, String> titles = subjects.titles(groups.stream().map(TeachingGroup::getSubjectCode).toList(), locale);
        List<ProtocolRow> rows = new ArrayList<>();
        for (TeachingGroup g : groups.stream().sorted(Comparator.comparing(TeachingGroup::getCode)).toList()) {
            for (GradeRound r : rounds) {
                if (r.getSchoolId() == g.getSchoolId() && r.getSchoolYear() == g.getSchoolYear()) {
                    GradeProtocol p = protocols.get(g.getId() + "/" + r.getId());
                    rows.add(new ProtocolRow(g.getId(), g.getCode(), titles.getOrDefault(g.getSubjectCode(), g.getSubjectCode()),
                            r.getId(), r.getKind(), r.getSchoolYear(), r.getEntryUntil(), r.getPublishAt(),
                            p == null ? ProtocolState.OPEN : p.getState(), sizes.getOrDefault(g.getId(), 0L),
                            p == null ? 0 : graded.getOrDefault(p.getId(), 0L)));
                }
            }
        }
        return rows;
    }

}
