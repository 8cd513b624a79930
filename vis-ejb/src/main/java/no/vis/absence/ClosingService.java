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
import java.util.Optional;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.NameCase;
import no.vis.common.Today;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * The contact teacher's closing (sluttføring) of a class's half-year of absence for the vitnemål
 * (DOMAIN-SCHOOL.md §2 "Term closing"): the days, single hours and deducted days of each pupil as the
 * absence stands, closed again as often as needed — a pupil whose absence changed after the closing is
 * flagged — and corrected by the office with a reason. Its contact teacher on the day and the office of
 * the class's school see and close a class; only the office corrects. Anyone else is refused and the
 * attempt logged; every pupil shown or closed is an access-log line ({@code ABSENCE_DETAIL}).
 */
@Stateless
@RolesAllowed({Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
public class ClosingService {

    static final String CLOSING = "absence-closing";
    /** The most days and hours a correction may print: more than any school year has. */
    static final int MAX_DAYS = 200;
    static final int MAX_HOURS = 1500;

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    StaffDirectory staff;

    @Inject
    no.vis.calendar.CalendarService calendars;

    /** The class, its school and county's facts, the school year — or refused. */
    private record ClassFacts(long classId, String code, long schoolId, boolean latenessCounts, AbsenceLedger.Year year,
                              boolean office) {
    }

    /**
     * The class's half-year (null: the current one) of the current school year, when the caller may see
     * the class; empty (and logged) otherwise, or when the county has no school year now.
     */
    public Optional<ClassClosing> classClosing(long classId, AbsencePeriod wanted) {
        Optional<ClassFacts> facts = facts(classId);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        ClassFacts f = facts.get();
        AbsencePeriod half = half(f, wanted);
        Map<Long, String> pupils = pupilsOf(classId);
        Map<Long, DiplomaTotals.Totals> now = DiplomaFacts.totals(em, pupils.keySet(), f.year(), f.latenessCounts());
        Map<Long, Map<AbsencePeriod, AbsenceClosing>> closed = DiplomaFacts.closings(em, pupils.keySet(), f.year().startYear());
        List<ClosingLine> lines = new ArrayList<>();
        OffsetDateTime closedAt = null;
        for (Map.Entry<Long, String> p : pupils.entrySet()) {
            AbsenceClosing closing = closed.getOrDefault(p.getKey(), Map.of()).get(half);
            if (closing != null && (closedAt == null || closing.getClosedAt().isAfter(closedAt))) {
                closedAt = closing.getClosedAt();
            }
            lines.add(new ClosingLine(p.getKey(), p.getValue(), DiplomaHalf.of(half, now.get(p.getKey()).of(half), closing),
                    closing == null ? null : closing.getCorrectionReason()));
        }
        accessLog.readAll(SubjectKind.PUPIL, pupils.keySet(), DataCategory.ABSENCE_DETAIL, CLOSING);
        return Optional.of(new ClassClosing(classId, f.code(), f.year().startYear(), half, closedAt, f.office(), lines));
    }

    /**
     * Closes the class's half-year: every pupil's figures as they stand now are what is printed (a
     * correction of the office's stays).
     *
     * @return how many pupils were closed
     * @throws BusinessException {@code closing.notYourClass} (logged), {@code closing.noSchoolYear},
     *         {@code closing.notStarted} for a half-year that has not begun, {@code closing.changedMeanwhile}
     */
    public int close(long classId, AbsencePeriod wanted) {
        ClassFacts f = facts(classId).orElseThrow(() -> new BusinessException("closing.notYourClass"));
        AbsencePeriod half = half(f, wanted);
        if (Today.inNorway().isBefore(f.year().from(half))) {
            throw new BusinessException("closing.notStarted");
        }
        Map<Long, String> pupils = pupilsOf(classId);
        Map<Long, DiplomaTotals.Totals> now = DiplomaFacts.totals(em, pupils.keySet(), f.year(), f.latenessCounts());
        Map<Long, Map<AbsencePeriod, AbsenceClosing>> closed = DiplomaFacts.closings(em, pupils.keySet(), f.year().startYear());
        String me = session.getCallerPrincipal().getName();
        OffsetDateTime at = OffsetDateTime.now(Today.NORWAY);
        for (long pupil : pupils.keySet()) {
            AbsenceClosing closing = closed.getOrDefault(pupil, Map.of()).get(half);
            if (closing == null) {
                closing = new AbsenceClosing(pupil, f.year().startYear(), half);
                closing.close(now.get(pupil).of(half), me, at);
                em.persist(closing);
            } else {
                closing.close(now.get(pupil).of(half), me, at);
            }
        }
        flushOrChangedMeanwhile();
        accessLog.changedAll(SubjectKind.PUPIL, pupils.keySet(), DataCategory.ABSENCE_DETAIL, CLOSING);
        return pupils.size();
    }

    /**
     * The office's correction of what a pupil's closed half-year prints, with the reason (required
     * unless the figures are the computed ones again, which ends the correction).
     *
     * @throws InvalidInputException {@code days}, {@code hours}, {@code reason}
     * @throws BusinessException {@code closing.notYourClass} (logged), {@code closing.officeOnly},
     *         {@code closing.notClosed}, {@code closing.notInClass}
     */
    public void correct(long classId, long pupilId, AbsencePeriod wanted, Integer days, Integer hours, String reason) {
        ClassFacts f = facts(classId).orElseThrow(() -> new BusinessException("closing.notYourClass"));
        if (!f.office()) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, CLOSING);
            throw new BusinessException("closing.officeOnly");
        }
        if (!pupilsOf(classId).containsKey(pupilId)) {
            throw new BusinessException("closing.notInClass");
        }
        AbsencePeriod half = half(f, wanted);
        AbsenceClosing closing = DiplomaFacts.closings(em, List.of(pupilId), f.year().startYear())
                .getOrDefault(pupilId, Map.of()).get(half);
        if (closing == null) {
            throw new BusinessException("closing.notClosed");
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (days == null || days < 0 || days > MAX_DAYS) {
            errors.add("days", "closing.days.range");
        }
        if (hours == null || hours < 0 || hours > MAX_HOURS) {
            errors.add("hours", "closing.hours.range");
        }
        String why = reason == null ? null : reason.strip();
        boolean computed = days != null && hours != null && days == closing.getClosedDays() && hours == closing.getClosedHours();
        if (!computed && (why == null || why.isEmpty())) {
            errors.add("reason", "closing.reason.required");
        } else if (why != null && why.length() > AbsenceClosing.REASON_MAX) {
            errors.add("reason", "closing.reason.tooLong");
        }
        errors.throwIfAny();
        closing.correct(days, hours, computed ? null : why, session.getCallerPrincipal().getName(), OffsetDateTime.now(Today.NORWAY));
        flushOrChangedMeanwhile();
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, CLOSING);
    }

    /** Writes now: two closings or corrections of the same at once end in a clear refusal, not a 500. */
    private void flushOrChangedMeanwhile() {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new BusinessException("closing.changedMeanwhile");
        }
    }

    private static AbsencePeriod half(ClassFacts f, AbsencePeriod wanted) {
        return wanted == AbsencePeriod.FIRST_HALF || wanted == AbsencePeriod.SECOND_HALF ? wanted : f.year().halfOf(Today.inNorway());
    }

    /** The class's facts when the caller is its contact teacher today or office staff of its school; otherwise logged, empty. */
    private Optional<ClassFacts> facts(long classId) {
        LocalDate today = Today.inNorway();
        Object[] c = em.createQuery("SELECT c.code, sc.id, co.id, co.latenessCounts FROM SchoolClass c JOIN c.school sc"
                + " JOIN sc.county co WHERE c.id = :id", Object[].class).setParameter("id", classId).getResultStream().findFirst().orElse(null);
        boolean office = c != null && ClassAccess.office(session, staff, (Long) c[1]);
        boolean contactTeacher = c != null && !office && ClassAccess.contactTeacher(em, session, classId, today);
        if (!office && !contactTeacher) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ABSENCE_DETAIL, CLOSING);
            return Optional.empty();
        }
        int startYear = SchoolCalendar.schoolYearOf(today);
        no.vis.calendar.SchoolYear y = calendars.schoolYear((Long) c[2], startYear)
                .orElseThrow(() -> new BusinessException("closing.noSchoolYear"));
        return Optional.of(new ClassFacts(classId, (String) c[0], (Long) c[1], (Boolean) c[3],
                new AbsenceLedger.Year(startYear, y.getFirstDay(), y.getSecondHalfFrom(), y.getLastDay()), office));
    }

    /** The class's pupils today, by name: family, given. */
    private Map<Long, String> pupilsOf(long classId) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName FROM Pupil s WHERE s.schoolClass.id = :id"
                        + " AND (s.leftOn IS NULL OR s.leftOn > :day) ORDER BY s.name.familyName, s.name.givenName, s.id", Object[].class)
                .setParameter("id", classId).setParameter("day", Today.inNorway()).getResultList()) {
            names.put((Long) r[0], NameCase.familyName((String) r[2]) + ", " + NameCase.givenName((String) r[1]));
        }
        return names;
    }
}
