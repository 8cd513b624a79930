package no.vis.absence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.calendar.CalendarService;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.NameCase;
import no.vis.common.Today;
import no.vis.enrolment.EnrolmentEnd;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * What a school reports to Lånekassen each term (DOMAIN-SCHOOL.md §2): since autumn 2020 no absence,
 * but each pupil's attendance — met (møtt) or not — and the dropouts (avbrudd) with their last day.
 * Met is decided from the registers: present in at least one lesson whose register was taken in the
 * term at the school while enrolled there (absence with a code that is presence, or that is not absence,
 * is presence). The pupils are
 * those enrolled at the school some day of the term. For the office of the school (and the county);
 * every pupil shown is an access-log line ({@code ABSENCE_DETAIL}).
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class TermReportService {

    static final String PURPOSE = "lanekassen-term-report";
    /** JPQL: the register's day is one of the pupil's days enrolled at the school (a transfer or leaving ends them). */
    private static final String ENROLLED_THAT_DAY = " EXISTS (SELECT e FROM Enrolment e WHERE e.pupil.id = m.pupilId"
            + " AND e.school.id = :school AND e.activeFrom <= r.heldOn AND (e.activeTo IS NULL OR e.activeTo > r.heldOn))";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessLog accessLog;

    @Inject
    CalendarService calendars;

    @Inject
    no.vis.platform.VisSettings settings;

    /**
     * The school's report for a half (null: the current one) of the current school year; empty for a
     * school outside the caller's (logged) or when the county has no school year now.
     */
    public Optional<TermReport> report(long schoolId, AbsencePeriod wanted) {
        if (!settings.lanekassenTermReport()) {
            return Optional.empty();
        }
        if (!staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(schoolId)) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ABSENCE_DETAIL, PURPOSE);
            return Optional.empty();
        }
        Long county = em.createQuery("SELECT s.county.id FROM School s WHERE s.id = :id", Long.class).setParameter("id", schoolId)
                .getResultStream().findFirst().orElse(null);
        LocalDate today = Today.inNorway();
        int startYear = SchoolCalendar.schoolYearOf(today);
        Optional<no.vis.calendar.SchoolYear> year = county == null ? Optional.empty() : calendars.schoolYear(county, startYear);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        AbsenceLedger.Year y = new AbsenceLedger.Year(startYear, year.get().getFirstDay(), year.get().getSecondHalfFrom(),
                year.get().getLastDay());
        AbsencePeriod half = wanted == AbsencePeriod.FIRST_HALF || wanted == AbsencePeriod.SECOND_HALF ? wanted : y.halfOf(today);
        LocalDate from = y.from(half);
        LocalDate until = y.until(half);
        Map<Long, Enrolled> enrolled = enrolled(schoolId, from, until);
        Map<Long, String> classes = classesInTerm(schoolId, enrolled.keySet(), from, until);
        Map<Long, Object[]> present = new HashMap<>();
        Map<Long, Long> taken = new HashMap<>();
        for (List<Long> slice : AbsenceFacts.slices(enrolled.keySet())) {
            for (Object[] r : em.createQuery("SELECT m.pupilId, COUNT(r.id), MIN(r.heldOn) FROM GroupMember m, LessonRegister r"
                            + " WHERE r.groupId = m.groupId AND r.schoolId = :school AND" + ENROLLED_THAT_DAY
                            + " AND r.takenAt IS NOT NULL AND r.heldOn >= :from AND r.heldOn < :until"
                            + " AND r.heldOn >= m.fromDay AND (m.toDay IS NULL OR m.toDay > r.heldOn) AND m.pupilId IN :ids"
                            + " AND NOT EXISTS (SELECT a.id FROM LessonAbsence a, AbsenceCode c WHERE a.registerId = r.id"
                            + " AND a.pupilId = m.pupilId AND c.id = a.codeId AND a.kind = :absent AND c.presence = FALSE"
                            + " AND a.documentation <> :notAbsence) GROUP BY m.pupilId", Object[].class)
                    .setParameter("from", from).setParameter("until", until).setParameter("ids", slice).setParameter("school", schoolId)
                    .setParameter("absent", AbsenceKind.ABSENT).setParameter("notAbsence", Documentation.NOT_ABSENCE).getResultList()) {
                present.put((Long) r[0], r);
            }
            for (Object[] r : em.createQuery("SELECT m.pupilId, COUNT(r.id) FROM GroupMember m, LessonRegister r"
                            + " WHERE r.groupId = m.groupId AND r.schoolId = :school AND" + ENROLLED_THAT_DAY
                            + " AND r.takenAt IS NOT NULL AND r.heldOn >= :from AND r.heldOn < :until"
                            + " AND r.heldOn >= m.fromDay AND (m.toDay IS NULL OR m.toDay > r.heldOn) AND m.pupilId IN :ids"
                            + " GROUP BY m.pupilId", Object[].class)
                    .setParameter("from", from).setParameter("until", until).setParameter("ids", slice).setParameter("school", schoolId)
                    .getResultList()) {
                taken.put((Long) r[0], ((Number) r[1]).longValue());
            }
        }
        List<TermReportLine> lines = new ArrayList<>();
        enrolled.forEach((pupil, e) -> {
            Object[] p = present.get(pupil);
            int registers = taken.getOrDefault(pupil, 0L).intValue();
            TermAttendance attendance = p != null ? TermAttendance.MET : registers > 0 ? TermAttendance.NOT_MET : TermAttendance.NOT_YET;
            // the end is exclusive: an enrolment whose last day is the term's last ends on the day after it
            boolean endedInTerm = e.endedOn() != null && !e.endedOn().isAfter(until);
            lines.add(new TermReportLine(pupil, e.name(), e.birthDate(), classes.get(pupil), e.programmeArea(), e.level(), attendance,
                    p == null ? null : (LocalDate) p[2], registers, endedInTerm ? e.endedOn().minusDays(1) : null,
                    endedInTerm ? e.endReason() : null));
        });
        accessLog.readAll(SubjectKind.PUPIL, enrolled.keySet(), DataCategory.ABSENCE_DETAIL, PURPOSE);
        return Optional.of(new TermReport(schoolId, startYear, half, from, until.minusDays(1), lines));
    }

    /** A pupil's last enrolment at the school in the term. */
    private record Enrolled(String name, LocalDate birthDate, String programmeArea, String level,
                            LocalDate endedOn, EnrolmentEnd endReason) {
    }

    /** The pupils enrolled at the school some day of [from, until), by name, each with the last such enrolment. */
    private Map<Long, Enrolled> enrolled(long schoolId, LocalDate from, LocalDate until) {
        Map<Long, Enrolled> pupils = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName, s.birthDate, e.programmeArea,"
                        + " e.level, e.activeTo, e.endReason FROM Enrolment e JOIN e.pupil s"
                        + " WHERE e.school.id = :school AND e.activeFrom < :until AND (e.activeTo IS NULL OR e.activeTo > :from)"
                        + " ORDER BY s.name.familyName, s.name.givenName, s.id, e.activeFrom", Object[].class)
                .setParameter("school", schoolId).setParameter("from", from).setParameter("until", until).getResultList()) {
            EnrolmentEnd end = (EnrolmentEnd) r[7];
            // a move within the school (another programme area) is not an ending; the later enrolment replaces the earlier
            pupils.put((Long) r[0], new Enrolled(NameCase.familyName((String) r[2]) + ", " + NameCase.givenName((String) r[1]),
                    (LocalDate) r[3], (String) r[4], r[5].toString(), (LocalDate) r[6], end));
        }
        return pupils;
    }

    /** Each pupil's class at the school in the term: the last placement in one of its classes, else the class now if it is the school's. */
    private Map<Long, String> classesInTerm(long schoolId, java.util.Collection<Long> pupils, LocalDate from, LocalDate until) {
        Map<Long, String> classes = new HashMap<>();
        for (List<Long> slice : AbsenceFacts.slices(pupils)) {
            for (Object[] r : em.createQuery("SELECT s.id, c.code FROM Pupil s JOIN s.schoolClass c WHERE s.id IN :ids"
                    + " AND c.school.id = :school", Object[].class).setParameter("ids", slice).setParameter("school", schoolId).getResultList()) {
                classes.put((Long) r[0], (String) r[1]);
            }
            for (Object[] r : em.createQuery("SELECT cp.pupil.id, c.code FROM ClassPlacement cp JOIN cp.schoolClass c"
                    + " WHERE cp.pupil.id IN :ids AND c.school.id = :school AND cp.activeFrom < :until"
                    + " AND (cp.activeTo IS NULL OR cp.activeTo > :from) ORDER BY cp.activeFrom", Object[].class).setParameter("ids", slice)
                    .setParameter("school", schoolId).setParameter("from", from).setParameter("until", until).getResultList()) {
                classes.put((Long) r[0], (String) r[1]);
            }
        }
        return classes;
    }
}
