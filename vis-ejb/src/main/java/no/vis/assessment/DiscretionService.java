package no.vis.assessment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.vis.absence.AbsencePeriod;
import no.vis.absence.AbsenceStandings;
import no.vis.absence.Band;
import no.vis.absence.SubjectAbsence;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * The principal's discretion (opplæringsforskrifta § 9-8 fourth paragraph), recorded by the office of
 * the pupil's school: for a pupil whose counted absence in a subject is over 10 % and not over 15 % in a
 * period, whether the pupil is nevertheless to have a grade — with the reasons. Above 15 % there is no
 * discretion: refused. The grade protocol honours the decision.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class DiscretionService {

    static final String PURPOSE = "absence-discretion";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessLog accessLog;

    @Inject
    AbsenceStandings standings;

    /** The decisions this school year for the pupils of the class (the office of its school only). */
    public List<DiscretionView> decisions(long classId) {
        Long school = em.createQuery("SELECT c.school.id FROM SchoolClass c WHERE c.id = :id", Long.class).setParameter("id", classId)
                .getResultStream().findFirst().orElse(null);
        if (school == null || !staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(school)) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ABSENCE_DETAIL, PURPOSE);
            return List.of();
        }
        List<DiscretionView> views = new ArrayList<>();
        List<Long> pupils = new ArrayList<>();
        for (AbsenceDiscretion d : em.createQuery("SELECT d FROM AbsenceDiscretion d, Pupil s WHERE s.id = d.pupilId"
                        + " AND s.schoolClass.id = :c AND d.schoolYear = :y ORDER BY d.decidedAt DESC", AbsenceDiscretion.class)
                .setParameter("c", classId).setParameter("y", SchoolCalendar.schoolYearOf(Today.inNorway())).getResultList()) {
            views.add(view(d));
            pupils.add(d.getPupilId());
        }
        accessLog.readAll(SubjectKind.PUPIL, pupils, DataCategory.ABSENCE_DETAIL, PURPOSE);
        return views;
    }

    /**
     * Records (or changes) the decision for the pupil, subject and period of this school year.
     *
     * @throws InvalidInputException {@code reasons}: missing or too long
     * @throws BusinessException {@code discretion.notYours}, {@code discretion.notInBand} (not between 10 and 15 % now)
     */
    public DiscretionView decide(long pupilId, String subjectCode, AbsencePeriod period, boolean gradeAllowed, String reasons) {
        Object[] pupil = em.createQuery("SELECT s.school.id, s.school.county.id FROM Pupil s WHERE s.id = :id", Object[].class)
                .setParameter("id", pupilId).getResultStream().findFirst().orElse(null);
        if (pupil == null || !staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows((Long) pupil[0])) {
            accessLog.refused(SubjectKind.PUPIL, pupil == null ? null : pupilId, DataCategory.ABSENCE_DETAIL, PURPOSE);
            throw new BusinessException("discretion.notYours");
        }
        String why = reasons == null ? "" : reasons.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException(java.util.Map.of("reasons", "discretion.reasons.required"));
        }
        if (why.length() > AbsenceDiscretion.REASONS_MAX) {
            throw new InvalidInputException(java.util.Map.of("reasons", "discretion.reasons.tooLong"));
        }
        int year = SchoolCalendar.schoolYearOf(Today.inNorway());
        SubjectAbsence standing = standings.standings((Long) pupil[1], year, Set.of(pupilId), List.of(period))
                .getOrDefault(pupilId, List.of()).stream().filter(s -> s.subjectCode().equals(subjectCode)).findFirst().orElse(null);
        if (standing == null || standing.band() != Band.DISCRETION) {
            throw new BusinessException("discretion.notInBand");
        }
        AbsenceDiscretion d = em.createQuery("SELECT d FROM AbsenceDiscretion d WHERE d.pupilId = :p AND d.schoolYear = :y"
                        + " AND d.subjectCode = :s AND d.period = :period", AbsenceDiscretion.class).setParameter("p", pupilId)
                .setParameter("y", year).setParameter("s", subjectCode).setParameter("period", period).getResultStream().findFirst()
                .orElse(null);
        if (d == null) {
            d = new AbsenceDiscretion(pupilId, year, subjectCode, period);
            em.persist(d);
        }
        d.decide(gradeAllowed, why, standing.percent(), session.getCallerPrincipal().getName(), OffsetDateTime.now(Today.NORWAY));
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, PURPOSE);
        return view(d);
    }

    private DiscretionView view(AbsenceDiscretion d) {
        String by = StaffNames.of(em, d.getDecidedBy());
        return new DiscretionView(d.getPupilId(), d.getSubjectCode(), d.getPeriod(), d.isGradeAllowed(), d.getReasons(), d.getPercent(),
                by, d.getDecidedAt());
    }
}
