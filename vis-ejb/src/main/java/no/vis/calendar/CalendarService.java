package no.vis.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads school calendars and period grids. The calendar is public information (the skolerute is
 * published), so any logged-in user may read it.
 */
@Stateless
@PermitAll
public class CalendarService {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    /** The school year of the county starting in the year, if the county has created it. */
    public Optional<SchoolYear> schoolYear(long countyId, int startYear) {
        return em.createQuery("SELECT y FROM SchoolYear y WHERE y.county.id = :county AND y.startYear = :year", SchoolYear.class)
                .setParameter("county", countyId).setParameter("year", startYear).getResultStream().findFirst();
    }

    /**
     * The school's calendar for the school year of {@code from}, with the skolerute's entries from
     * {@code from} until {@code until} (exclusive) only: enough for a week's or a day's timetable.
     * Empty when the county has not created that school year.
     */
    public Optional<SchoolCalendar> calendar(long schoolId, LocalDate from, LocalDate until) {
        Object[] school = em.createQuery("SELECT s.id, s.county.id FROM School s WHERE s.id = :id", Object[].class)
                .setParameter("id", schoolId).getResultStream().findFirst().orElse(null);
        if (school == null) {
            return Optional.empty();
        }
        return schoolYear((Long) school[1], SchoolCalendar.schoolYearOf(from)).map(y -> calendarOf(y, schoolId, from, until));
    }

    /** The school's whole calendar for the year. */
    public SchoolCalendar wholeYear(SchoolYear year, long schoolId) {
        return calendarOf(year, schoolId, year.getFirstDay(), year.getLastDay().plusDays(1));
    }

    private SchoolCalendar calendarOf(SchoolYear year, long schoolId, LocalDate from, LocalDate until) {
        Map<LocalDate, SchoolCalendar.Entry> county = new HashMap<>();
        Map<LocalDate, SchoolCalendar.Entry> school = new HashMap<>();
        for (CalendarDay d : em.createQuery("SELECT d FROM CalendarDay d WHERE d.schoolYearId = :year"
                        + " AND d.day >= :from AND d.day < :until AND (d.schoolId IS NULL OR d.schoolId = :school)", CalendarDay.class)
                .setParameter("year", year.getId()).setParameter("from", from).setParameter("until", until)
                .setParameter("school", schoolId).getResultList()) {
            (d.getSchoolId() == null ? county : school).put(d.getDay(), d.entry());
        }
        return new SchoolCalendar(year.getStartYear(), year.getFirstDay(), year.getLastDay(), year.getSecondHalfFrom(),
                year.getRotation(), year.getRotationAnchor(), county, school);
    }

    /** The school's periods for a weekday: the day's own, or else those for every day; in order. */
    public List<LessonPeriod> periods(long schoolId, DayOfWeek weekday) {
        List<LessonPeriod> own = new ArrayList<>();
        List<LessonPeriod> common = new ArrayList<>();
        for (LessonPeriod p : allPeriods(schoolId)) {
            if (p.getWeekday() == weekday) {
                own.add(p);
            } else if (p.getWeekday() == null) {
                common.add(p);
            }
        }
        return own.isEmpty() ? common : own;
    }

    /** All the school's periods, by weekday (every-day ones first) and number. */
    public List<LessonPeriod> allPeriods(long schoolId) {
        return em.createQuery("SELECT p FROM LessonPeriod p WHERE p.schoolId = :school"
                + " ORDER BY p.weekday NULLS FIRST, p.number", LessonPeriod.class).setParameter("school", schoolId).getResultList();
    }

    /**
     * The county's school year with its skolerute, created if missing (a set-up job's or the county
     * administrator's); an existing year is left as it is.
     */
    @jakarta.annotation.security.RolesAllowed({no.vis.access.Role.Names.SYSTEM, no.vis.access.Role.Names.COUNTY_ADMIN})
    public SchoolYear ensureSchoolYear(no.vis.school.County county, int startYear, LocalDate firstDay, LocalDate lastDay,
                                       LocalDate secondHalfFrom, Rotation rotation, LocalDate rotationAnchor,
                                       Map<LocalDate, SchoolCalendar.Entry> countyDays) {
        Optional<SchoolYear> existing = schoolYear(county.getId(), startYear);
        if (existing.isPresent()) {
            return existing.get();
        }
        SchoolYear year = new SchoolYear(em.merge(county), startYear, firstDay, lastDay, secondHalfFrom, rotation, rotationAnchor);
        em.persist(year);
        em.flush();
        countyDays.forEach((day, entry) -> em.persist(new CalendarDay(year.getId(), null, day, entry.kind(), entry.note())));
        return year;
    }

    /** A school's exception to the county's skolerute for a day (replacing an earlier one). */
    @jakarta.annotation.security.RolesAllowed({no.vis.access.Role.Names.SYSTEM, no.vis.access.Role.Names.COUNTY_ADMIN})
    public void setSchoolException(long schoolYearId, long schoolId, LocalDate day, DayKind kind, String note) {
        CalendarDay existing = em.createQuery("SELECT d FROM CalendarDay d WHERE d.schoolYearId = :year AND d.schoolId = :school"
                        + " AND d.day = :day", CalendarDay.class).setParameter("year", schoolYearId).setParameter("school", schoolId)
                .setParameter("day", day).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            existing.change(kind, note);
        } else {
            em.persist(new CalendarDay(schoolYearId, schoolId, day, kind, note));
        }
    }
}
