package no.vis.absence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a county's absence codes valid on a day, in the county's order. The codes are the county's
 * published rules, not personal data; the services that use them decide who registers what.
 */
@Stateless
@PermitAll
public class AbsenceCodes {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    AbsenceCodeCache cache;

    /** The codes for lessons (not day-level) valid on the day. */
    public List<AbsenceCode> lessonCodes(long countyId, LocalDate day) {
        return valid(countyId, day, false);
    }

    /**
     * The codes for day absence valid on the day: the day-level ones, or — in a county whose codes
     * are the same for lessons and days (InSchool's) — the lesson codes.
     */
    public List<AbsenceCode> dayCodes(long countyId, LocalDate day) {
        List<AbsenceCode> days = valid(countyId, day, true);
        return days.isEmpty() ? valid(countyId, day, false) : days;
    }

    /** All the county's codes, the ended ones too, in order. */
    public List<AbsenceCode> all(long countyId) {
        return em.createQuery("SELECT c FROM AbsenceCode c WHERE c.countyId = :county ORDER BY c.dayLevel, c.sortOrder, c.code,"
                + " c.validFrom", AbsenceCode.class).setParameter("county", countyId).getResultList();
    }

    /**
     * All the county's codes as the database has them now — not EclipseLink's shared copies, which a
     * change just committed may not have reached yet — for the cache to keep.
     */
    private List<AbsenceCode> fresh(long countyId) {
        return em.createQuery("SELECT c FROM AbsenceCode c WHERE c.countyId = :county", AbsenceCode.class)
                .setHint(org.eclipse.persistence.config.QueryHints.REFRESH, org.eclipse.persistence.config.HintValues.TRUE)
                .setParameter("county", countyId).getResultList();
    }

    /** The valid codes of the level, from the county's codes kept in memory ({@link AbsenceCodeCache}). */
    private List<AbsenceCode> valid(long countyId, LocalDate day, boolean dayLevel) {
        return cache.codes(countyId, this::fresh).stream().filter(c -> c.isDayLevel() == dayLevel && c.validOn(day))
                .sorted(Comparator.comparingInt(AbsenceCode::getSortOrder).thenComparing(AbsenceCode::getCode)).toList();
    }
}
