package no.vis.absence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.NameCase;
import no.vis.common.Today;
import no.vis.enrolment.ClassPlacement;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * The pupils' conditions with a higher risk of absence documented by health personnel (§ 9-8 third
 * paragraph, from 2025/26): recorded — that it is documented, on which day, from when and until when,
 * never the condition — ended, or removed when recorded by mistake, by the contact teacher of the
 * pupil's class or the office of its school. While one holds, the pupil's self-certified health absence
 * counts toward the limit only until the limit is reached ({@link AbsenceRules}). Anyone else is refused
 * and the attempt logged; every read and change is an access-log line ({@code ABSENCE_DETAIL}).
 */
@Stateless
@RolesAllowed({Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
public class HigherRiskService {

    static final String PURPOSE = "absence-higher-risk";
    /** How far back a documentation may be dated: five years. */
    static final int MAX_YEARS_BACK = 5;

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    StaffDirectory staff;

    /** The class's pupils (today) with a documented condition, current or ended, newest first per pupil. */
    public List<HigherRiskView> ofClass(long classId) {
        Map<Long, String> pupils = pupilsOf(classIfAllowed(classId));
        LocalDate today = Today.inNorway();
        List<HigherRiskView> views = new ArrayList<>();
        if (!pupils.isEmpty()) {
            for (HigherRisk h : em.createQuery("SELECT h FROM HigherRisk h WHERE h.pupilId IN :ids ORDER BY h.validFrom DESC, h.id DESC",
                    HigherRisk.class).setParameter("ids", pupils.keySet()).getResultList()) {
                views.add(new HigherRiskView(h.getId(), h.getPupilId(), pupils.get(h.getPupilId()), h.getDocumentedOn(), h.getValidFrom(),
                        h.getValidTo().map(to -> to.minusDays(1)).orElse(null), h.period().holdsOn(today)));
            }
            views.sort(java.util.Comparator.comparing(HigherRiskView::name).thenComparing(HigherRiskView::from,
                    java.util.Comparator.reverseOrder()));
            accessLog.readAll(SubjectKind.PUPIL, views.stream().map(HigherRiskView::pupilId).distinct().toList(),
                    DataCategory.ABSENCE_DETAIL, PURPOSE);
        }
        return views;
    }

    /**
     * Records that health personnel documented, on {@code documentedOn}, a condition of the pupil's with a
     * higher risk of absence, holding from {@code from} to {@code lastDay} (inclusive; null: until ended).
     *
     * @throws InvalidInputException {@code pupil}, {@code documentedOn}, {@code from}, {@code to}
     * @throws BusinessException {@code higherRisk.notYourClass} (logged)
     */
    public void record(long classId, Long pupilId, LocalDate documentedOn, LocalDate from, LocalDate lastDay) {
        Map<Long, String> pupils = pupilsOf(classIfAllowed(classId));
        LocalDate today = Today.inNorway();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (pupilId == null || !pupils.containsKey(pupilId)) {
            errors.add("pupil", "higherRisk.pupil.required");
        }
        if (documentedOn == null) {
            errors.add("documentedOn", "higherRisk.documentedOn.required");
        } else if (documentedOn.isAfter(today) || documentedOn.isBefore(today.minusYears(MAX_YEARS_BACK))) {
            errors.add("documentedOn", "higherRisk.documentedOn.range");
        }
        if (from == null) {
            errors.add("from", "higherRisk.from.required");
        } else if (from.isBefore(today.minusYears(MAX_YEARS_BACK)) || from.isAfter(today.plusYears(1))) {
            errors.add("from", "higherRisk.from.range");
        }
        if (lastDay != null && from != null && lastDay.isBefore(from)) {
            errors.add("to", "higherRisk.to.afterFrom");
        }
        errors.throwIfAny();
        em.persist(new HigherRisk(pupilId, documentedOn, from, lastDay == null ? null : lastDay.plusDays(1), session.getCallerPrincipal().getName(), OffsetDateTime.now(Today.NORWAY)));
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, PURPOSE);
    }

    /**
     * Ends a pupil's documented condition: it no longer holds from the day (after its first day), or is
     * removed ({@code on} null) when it was recorded by mistake.
     *
     * @throws InvalidInputException {@code endOn}: on or before its first day, or it has ended by then
     * @throws BusinessException {@code higherRisk.notYourClass} (logged), {@code higherRisk.unknown}
     */
    public void end(long classId, long id, LocalDate on) {
        Map<Long, String> pupils = pupilsOf(classIfAllowed(classId));
        HigherRisk h = em.find(HigherRisk.class, id);
        if (h == null || !pupils.containsKey(h.getPupilId())) {
            throw new BusinessException("higherRisk.unknown");
        }
        if (on == null) {
            em.remove(h);
        } else if (!on.isAfter(h.getValidFrom())) {
            throw new InvalidInputException(Map.of("endOn", "higherRisk.endOn.afterFrom"));
        } else if (h.getValidTo().isPresent() && !h.getValidTo().get().isAfter(on)) {
            throw new InvalidInputException(Map.of("endOn", "higherRisk.endOn.ended"));
        } else {
            h.end(on, session.getCallerPrincipal().getName(), OffsetDateTime.now(Today.NORWAY));
        }
        accessLog.changed(SubjectKind.PUPIL, h.getPupilId(), DataCategory.ABSENCE_DETAIL, PURPOSE);
    }

    /** The class's id when the caller is its contact teacher today or office staff of its school; otherwise logged and refused. */
    private long classIfAllowed(long classId) {
        Long school = em.createQuery("SELECT c.school.id FROM SchoolClass c WHERE c.id = :id", Long.class).setParameter("id", classId)
                .getResultStream().findFirst().orElse(null);
        if (school == null || !ClassAccess.maySee(em, session, staff, classId, school, Today.inNorway())) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ABSENCE_DETAIL, PURPOSE);
            throw new BusinessException("higherRisk.notYourClass");
        }
        return classId;
    }

    /** The class's pupils today, by name: family, given. */
    private Map<Long, String> pupilsOf(long classId) {
        Map<Long, String> names = new LinkedHashMap<>();
        LocalDate today = Today.inNorway();
        java.util.Set<Long> inClass = ClassPlacement.pupilsInClassOnDay(em, classId, today);
        for (Object[] r : inClass.isEmpty() ? List.<Object[]>of() : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName"
                        + " FROM Pupil s WHERE s.id IN :ids AND (s.leftOn IS NULL OR s.leftOn > :day)"
                        + " ORDER BY s.name.familyName, s.name.givenName, s.id", Object[].class)
                .setParameter("ids", inClass).setParameter("day", today).getResultList()) {
            names.put((Long) r[0], NameCase.familyName((String) r[2]) + ", " + NameCase.givenName((String) r[1]));
        }
        return names;
    }
}
