package no.vis.calendar;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.school.School;

/**
 * The calendar screen's changes: the county administrator edits the county's school year (first and
 * last school day, halvårsskille, A and B weeks) and its skolerute (holidays, planning days,
 * activity days, extra school days); the office of a school — or the county administrator — sets
 * the school's exceptions to the rute and edits its period grid (økter: number, start, end; a
 * period of its own weekday or of every day; overlapping periods refused). Every field is checked
 * here and answered field by field; another school is refused as unknown.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class CalendarAdminService {

    private static final String UNKNOWN_SCHOOL = "calendar.unknownSchool";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffDirectory staff;

    @Inject
    CalendarService calendars;

    /** The school's calendar for the school year starting in {@code startYear}; empty for another school. */
    public Optional<CalendarAdmin.View> view(long schoolId, int startYear) {
        School school = em.find(School.class, schoolId);
        if (school == null || !mayManage(schoolId)) {
            return Optional.empty();
        }
        SchoolYear year = calendars.schoolYear(school.getCounty().getId(), startYear).orElse(null);
        List<CalendarAdmin.DayLine> county = new ArrayList<>();
        List<CalendarAdmin.DayLine> own = new ArrayList<>();
        if (year != null) {
            for (CalendarDay d : em.createQuery("SELECT d FROM CalendarDay d WHERE d.schoolYearId = :year"
                    + " AND (d.schoolId IS NULL OR d.schoolId = :school) ORDER BY d.day", CalendarDay.class)
                    .setParameter("year", year.getId()).setParameter("school", schoolId).getResultList()) {
                (d.getSchoolId() == null ? county : own).add(new CalendarAdmin.DayLine(d.getId(), d.getDay(), d.getKind(), d.getNote(),
                        d.getSchoolId() != null));
            }
        }
        return Optional.of(new CalendarAdmin.View(schoolId, startYear, year == null ? null : new CalendarAdmin.YearForm(
                year.getFirstDay(), year.getLastDay(), year.getSecondHalfFrom(), year.getRotation(), year.getRotationAnchor()),
                county, own, year == null ? null : calendars.wholeYear(year, schoolId),
                calendars.allPeriods(schoolId).stream().map(PeriodGrids.Entry::of).toList(), mayEditCounty()));
    }

    /**
     * Creates or changes the county's school year (the county of the school): county administrator only.
     *
     * @throws InvalidInputException {@code firstDay}, {@code lastDay}, {@code secondHalfFrom}, {@code rotation}
     */
    @RolesAllowed(Names.COUNTY_ADMIN)
    public void saveYear(long schoolId, int startYear, CalendarAdmin.YearForm form) {
        School school = schoolInScope(schoolId);
        var errors = new InvalidInputException.Collector();
        LocalDate yearStart = LocalDate.of(startYear, Month.AUGUST, 1);
        LocalDate yearEnd = LocalDate.of(startYear + 1, Month.JULY, 31);
        if (form.firstDay() == null) {
            errors.add("firstDay", "calendar.day.required");
        } else if (form.firstDay().isBefore(yearStart) || form.firstDay().isAfter(yearEnd)) {
            errors.add("firstDay", "calendar.day.outsideYear");
        }
        if (form.lastDay() == null) {
            errors.add("lastDay", "calendar.day.required");
        } else if (form.lastDay().isAfter(yearEnd)) {
            errors.add("lastDay", "calendar.day.outsideYear");
        } else if (form.firstDay() != null && !form.lastDay().isAfter(form.firstDay())) {
            errors.add("lastDay", "calendar.year.lastBeforeFirst");
        }
        if (form.secondHalfFrom() == null) {
            errors.add("secondHalfFrom", "calendar.day.required");
        } else if (form.firstDay() != null && form.lastDay() != null
                && (!form.secondHalfFrom().isAfter(form.firstDay()) || !form.secondHalfFrom().isBefore(form.lastDay()))) {
            errors.add("secondHalfFrom", "calendar.year.secondHalfOutside");
        }
        if (form.rotation() == null) {
            errors.add("rotation", "calendar.year.rotation.required");
        }
        errors.throwIfAny();
        LocalDate anchor = form.rotationAnchor() == null ? form.firstDay() : form.rotationAnchor();
        SchoolYear year = calendars.schoolYear(school.getCounty().getId(), startYear).orElse(null);
        if (year == null) {
            em.persist(new SchoolYear(school.getCounty(), startYear, form.firstDay(), form.lastDay(), form.secondHalfFrom(),
                    form.rotation(), anchor));
        } else {
            year.change(form.firstDay(), form.lastDay(), form.secondHalfFrom(), form.rotation(), anchor);
        }
    }

    /**
     * A day of the county's skolerute (replacing the county's entry of that day): county administrator only.
     *
     * @throws InvalidInputException {@code day} (required, outside the school year), {@code kind}, {@code note}
     */
    @RolesAllowed(Names.COUNTY_ADMIN)
    public void setCountyDay(long schoolId, int startYear, CalendarAdmin.DayForm form) {
        School school = schoolInScope(schoolId);
        SchoolYear year = yearOf(school, startYear);
        checkDay(year, form);
        write(year, null, form);
    }

    /**
     * The school's exception to the county's rute for a day (replacing an earlier one).
     *
     * @throws InvalidInputException {@code day}, {@code kind}, {@code note}
     */
    public void setSchoolException(long schoolId, int startYear, CalendarAdmin.DayForm form) {
        School school = schoolInScope(schoolId);
        SchoolYear year = yearOf(school, startYear);
        checkDay(year, form);
        write(year, schoolId, form);
    }

    /** Removes a day of the rute: a school's exception (its office), or a county day (the county administrator). */
    public void removeDay(long dayId) {
        CalendarDay day = em.find(CalendarDay.class, dayId);
        if (day == null) {
            return;
        }
        if (day.getSchoolId() == null ? !mayEditCounty() : !mayManage(day.getSchoolId())) {
            throw new BusinessException(UNKNOWN_SCHOOL);
        }
        em.remove(day);
    }

    /**
     * A new or changed period of the school's grid. Lessons already placed keep their times.
     *
     * @throws InvalidInputException {@code number} (required, 1-20, taken), {@code starts}, {@code ends}
     *         (before the start, overlapping another period of the same day)
     */
    public void savePeriod(long schoolId, CalendarAdmin.PeriodForm form) {
        schoolInScope(schoolId);
        LessonPeriod existing = null;
        if (form.id() != null) {
            existing = em.find(LessonPeriod.class, form.id());
            if (existing == null || existing.getSchoolId() != schoolId) {
                throw new BusinessException(UNKNOWN_SCHOOL);
            }
        }
        var errors = new InvalidInputException.Collector();
        if (form.number() == null) {
            errors.add("number", "calendar.period.number.required");
        }
        if (form.starts() == null) {
            errors.add("starts", "calendar.time.required");
        }
        if (form.ends() == null) {
            errors.add("ends", "calendar.time.required");
        }
        errors.throwIfAny();
        PeriodGrids.Entry candidate = new PeriodGrids.Entry(form.id(), form.weekday(), form.number(), form.starts(), form.ends());
        PeriodGrids.problem(calendars.allPeriods(schoolId).stream().map(PeriodGrids.Entry::of).toList(), candidate).ifPresent(key ->
                errors.add(key.startsWith("calendar.period.number") ? "number" : "ends", key));
        errors.throwIfAny();
        if (existing == null) {
            em.persist(new LessonPeriod(schoolId, form.weekday(), form.number(), form.starts(), form.ends()));
        } else {
            existing.change(form.weekday(), form.number(), form.starts(), form.ends());
        }
    }

    /** Removes a period from the grid (lessons placed in it keep their times). */
    public void removePeriod(long periodId) {
        LessonPeriod period = em.find(LessonPeriod.class, periodId);
        if (period == null) {
            return;
        }
        schoolInScope(period.getSchoolId());
        em.remove(period);
    }

    private void checkDay(SchoolYear year, CalendarAdmin.DayForm form) {
        var errors = new InvalidInputException.Collector();
        if (form.day() == null) {
            errors.add("day", "calendar.day.required");
        } else if (form.day().isBefore(year.getFirstDay()) || form.day().isAfter(year.getLastDay())) {
            errors.add("day", "calendar.day.outsideSchoolDays");
        }
        if (form.kind() == null || !form.kind().storable()) {
            errors.add("kind", "calendar.kind.required");
        }
        if (form.note() != null && form.note().strip().length() > CalendarDay.NOTE_MAX) {
            errors.add("note", "calendar.note.tooLong");
        }
        errors.throwIfAny();
    }

    private void write(SchoolYear year, Long schoolId, CalendarAdmin.DayForm form) {
        var query = em.createQuery("SELECT d FROM CalendarDay d WHERE d.schoolYearId = :year AND d.day = :day AND "
                + (schoolId == null ? "d.schoolId IS NULL" : "d.schoolId = :school"), CalendarDay.class)
                .setParameter("year", year.getId()).setParameter("day", form.day());
        if (schoolId != null) {
            query.setParameter("school", schoolId);
        }
        CalendarDay existing = query.getResultStream().findFirst().orElse(null);
        if (existing != null) {
            existing.change(form.kind(), form.note());
        } else {
            em.persist(new CalendarDay(year.getId(), schoolId, form.day(), form.kind(), form.note()));
        }
    }

    private SchoolYear yearOf(School school, int startYear) {
        return calendars.schoolYear(school.getCounty().getId(), startYear)
                .orElseThrow(() -> new BusinessException("calendar.year.missing"));
    }

    private School schoolInScope(long schoolId) {
        School school = em.find(School.class, schoolId);
        if (school == null || !mayManage(schoolId)) {
            throw new BusinessException(UNKNOWN_SCHOOL);
        }
        return school;
    }

    private boolean mayEditCounty() {
        return session.isCallerInRole(Names.COUNTY_ADMIN) && staff.callerScope(Role.COUNTY_ADMIN).all();
    }

    private boolean mayManage(long schoolId) {
        return staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(schoolId);
    }
}
