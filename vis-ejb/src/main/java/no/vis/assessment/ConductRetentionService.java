package no.vis.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vis.access.Role.Names;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * Remarks in orden and atferd are kept only while their purpose lasts (Datatilsynet): they are the basis of the school
 * year's orden and atferd grades. {@code retention-cleanup} deletes a school year's remarks once the year has been over
 * for the county's number of days ({@code county.conduct_remarks_kept_days}, default 30: the time to complain about the
 * grades). The year ends on its last school day, or 31 July where the county has no school year on record.
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class ConductRetentionService {

    static final String PURPOSE = "job:retention-cleanup";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    AccessLog accessLog;

    /** Deletes the spent remarks; returns how many. */
    public int deleteSpentRemarks(LocalDate today) {
        Map<String, LocalDate> lastDays = new HashMap<>();
        for (Object[] y : em.createQuery("SELECT y.county.id, y.startYear, y.lastDay FROM SchoolYear y", Object[].class).getResultList()) {
            lastDays.put(y[0] + "/" + y[1], (LocalDate) y[2]);
        }
        int deleted = 0;
        for (Object[] c : em.createQuery("SELECT co.id, co.conductRemarksKeptDays FROM County co", Object[].class).getResultList()) {
            long county = (Long) c[0];
            int kept = ((Number) c[1]).intValue();
            List<Integer> years = em.createQuery("SELECT DISTINCT r.schoolYear FROM ConductRemark r, Pupil s WHERE s.id = r.pupilId"
                    + " AND s.school.county.id = :c", Integer.class).setParameter("c", county).getResultList();
            for (int year : years) {
                LocalDate last = lastDays.getOrDefault(county + "/" + year, LocalDate.of(year + 1, 7, 31));
                if (!last.plusDays(kept).isBefore(today)) {
                    continue;
                }
                List<Long> pupils = em.createQuery("SELECT DISTINCT r.pupilId FROM ConductRemark r, Pupil s WHERE s.id = r.pupilId"
                        + " AND s.school.county.id = :c AND r.schoolYear = :y", Long.class).setParameter("c", county).setParameter("y", year)
                        .getResultList();
                for (int i = 0; i < pupils.size(); i += 1000) {
                    List<Long> slice = pupils.subList(i, Math.min(pupils.size(), i + 1000));
                    deleted += em.createQuery("DELETE FROM ConductRemark r WHERE r.schoolYear = :y AND r.pupilId IN :ids")
                            .setParameter("y", year).setParameter("ids", slice).executeUpdate();
                }
                accessLog.changedAll(SubjectKind.PUPIL, pupils, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
            }
        }
        return deleted;
    }
}
