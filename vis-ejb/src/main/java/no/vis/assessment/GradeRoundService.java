package no.vis.assessment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.NameCase;
import no.vis.common.Today;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.timetable.TeachingGroup;

/**
 * The office's side of assessment at a school (issue 13): the rounds of a school year with the
 * teachers' deadline and the publication time (and a class's own), the groups' protocols with their
 * state — to lock the submitted ones — and the changes of grades, those after the lock first of all.
 * Only the office of the school (or the county) gets anything.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class GradeRoundService {

    static final String CHANGES = "grade-changes";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessLog accessLog;

    @Inject
    no.vis.curriculum.SubjectCatalogue subjects;

    /** The school's rounds of the school year, first half first. */
    public List<GradeRound> rounds(long schoolId, int schoolYear) {
        requireOffice(schoolId);
        return em.createQuery("SELECT r FROM GradeRound r WHERE r.schoolId = :s AND r.schoolYear = :y ORDER BY r.kind", GradeRound.class)
                .setParameter("s", schoolId).setParameter("y", schoolYear).getResultList();
    }

    /**
     * Sets a round's deadline and publication time (creating the round the first time).
     *
     * @throws InvalidInputException {@code entryUntil}, {@code publishAt}: missing, or published before the deadline
     */
    public GradeRound schedule(long schoolId, int schoolYear, RoundForm form) {
        requireOffice(schoolId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (form.kind() == null) {
            errors.add("kind", "grades.round.kind.required");
        }
        if (form.entryUntil() == null) {
            errors.add("entryUntil", "grades.round.entryUntil.required");
        }
        if (form.publishAt() == null) {
            errors.add("publishAt", "grades.round.publishAt.required");
        } else if (form.entryUntil() != null && form.publishAt().isBefore(form.entryUntil())) {
            errors.add("publishAt", "grades.round.publishAt.beforeDeadline");
        }
        errors.throwIfAny();
        OffsetDateTime until = norwegian(form.entryUntil());
        OffsetDateTime publish = norwegian(form.publishAt());
        GradeRound round = em.createQuery("SELECT r FROM GradeRound r WHERE r.schoolId = :s AND r.schoolYear = :y AND r.kind = :k",
                        GradeRound.class).setParameter("s", schoolId).setParameter("y", schoolYear).setParameter("k", form.kind())
                .getResultStream().findFirst().orElse(null);
        if (round == null) {
            round = new GradeRound(schoolId, schoolYear, form.kind(), until, publish);
            em.persist(round);
        } else {
            if (round.getClassPublishAt().values().stream().anyMatch(classTime -> classTime.isBefore(until))) {
                // a class's own time before the new deadline would publish grades still being entered
                throw new InvalidInputException(java.util.Map.of("entryUntil", "grades.round.entryUntil.afterClassTime"));
            }
            round.schedule(until, publish);
        }
        return round;
    }

    /**
     * A class's own publication time in the round (null takes it away).
     *
     * @throws BusinessException {@code grades.round.classNotAtSchool}
     * @throws InvalidInputException {@code at}: before the round's deadline (the class would see grades still being entered)
     */
    public GradeRound classPublishAt(long roundId, long classId, LocalDateTime at) {
        GradeRound round = round(roundId);
        Long school = em.createQuery("SELECT c.school.id FROM SchoolClass c WHERE c.id = :id", Long.class).setParameter("id", classId)
                .getResultStream().findFirst().orElse(null);
        if (school == null || school != round.getSchoolId()) {
            throw new BusinessException("grades.round.classNotAtSchool");
        }
        if (at != null && norwegian(at).isBefore(round.getEntryUntil())) {
            // the class's pupils would see grades the teachers are still entering
            throw new InvalidInputException(java.util.Map.of("at", "grades.round.publishAt.beforeDeadline"));
        }
        round.classPublishAt(classId, at == null ? null : norwegian(at));
        return round;
    }

    /** Every group of the round's school and year with its protocol's state and counts. */
    public List<ProtocolRow> protocols(long roundId, Locale locale) {
        GradeRound round = round(roundId);
        List<TeachingGroup> groups = em.createQuery("SELECT g FROM TeachingGroup g WHERE g.schoolId = :s AND g.schoolYear = :y",
                TeachingGroup.class).setParameter("s", round.getSchoolId()).setParameter("y", round.getSchoolYear()).getResultList();
        return ProtocolRows.of(em, subjects, groups, locale).stream().filter(r -> r.roundId() == roundId).toList();
    }

    /** Locks every submitted protocol of the round; returns how many. */
    public int lockSubmitted(long roundId) {
        GradeRound round = round(roundId);
        String me = session.getCallerPrincipal().getName();
        OffsetDateTime now = OffsetDateTime.now(Today.NORWAY);
        List<GradeProtocol> submitted = em.createQuery("SELECT p FROM GradeProtocol p WHERE p.roundId = :r AND p.state = :s",
                GradeProtocol.class).setParameter("r", round.getId()).setParameter("s", ProtocolState.SUBMITTED).getResultList();
        submitted.forEach(p -> p.lock(me, now));
        return submitted.size();
    }

    /** The round's changes of grades, newest first; only those after the lock when asked. */
    public List<ChangeRow> changes(long roundId, boolean afterLockOnly) {
        GradeRound round = round(roundId);
        List<Object[]> rows = em.createQuery("SELECT c, s.name.givenName, s.name.familyName FROM GradeChange c, Pupil s WHERE s.id = c.pupilId"
                        + " AND c.roundId = :r" + (afterLockOnly ? " AND c.afterLock = TRUE" : "") + " ORDER BY c.changedAt DESC, c.id DESC",
                Object[].class).setParameter("r", round.getId()).setMaxResults(500).getResultList();
        Map<String, String> names = new HashMap<>();
        List<ChangeRow> result = new ArrayList<>();
        List<Long> pupils = new ArrayList<>();
        for (Object[] r : rows) {
            GradeChange c = (GradeChange) r[0];
            pupils.add(c.getPupilId());
            result.add(new ChangeRow(c.getPupilId(), NameCase.familyName((String) r[2]) + ", " + NameCase.givenName((String) r[1]),
                    c.getSubjectCode(), c.getOldValue(), c.getNewValue(), c.getOldRemark(), c.getNewRemark(), c.getReason(),
                    c.isAfterLock(), names.computeIfAbsent(c.getChangedBy(), w -> StaffNames.of(em, w)), c.getChangedAt()));
        }
        accessLog.readAll(SubjectKind.PUPIL, pupils, DataCategory.HISTORY, CHANGES);
        return result;
    }

    private GradeRound round(long roundId) {
        GradeRound round = em.find(GradeRound.class, roundId);
        if (round == null) {
            throw new BusinessException("grades.round.unknown");
        }
        requireOffice(round.getSchoolId());
        return round;
    }

    private void requireOffice(long schoolId) {
        if (!staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(schoolId)) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.HISTORY, CHANGES);
            throw new BusinessException("grades.officeOnly");
        }
    }


    private static OffsetDateTime norwegian(LocalDateTime at) {
        return at.atZone(Today.NORWAY).toOffsetDateTime();
    }
}
