package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import no.vis.access.SchoolService;
import no.vis.calendar.CalendarAdmin;
import no.vis.calendar.CalendarAdminService;
import no.vis.calendar.DayKind;
import no.vis.calendar.MonthGrid;
import no.vis.calendar.PeriodGrids;
import no.vis.calendar.Rotation;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.school.SchoolOption;
import no.vis.web.common.FacesMessages;

/**
 * Backs {@code /staff/calendar.xhtml?school=&year=&month=}: a school's calendar — the county's
 * school year (the county administrator edits it and its skolerute), the school's exceptions (its
 * office), the month view, and the period grid (økter).
 */
@Named("calendarAdmin")
@ViewScoped
public class CalendarBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SchoolService schools;

    @Inject
    CalendarAdminService calendars;

    private String school;
    private String year;
    private String month;

    private List<SchoolOption> schoolOptions;
    private Long schoolId;
    private int startYear;
    private YearMonth shownMonth;
    private CalendarAdmin.View view;

    private LocalDate firstDay;
    private LocalDate lastDay;
    private LocalDate secondHalfFrom;
    private Rotation rotation = Rotation.ALTERNATING;
    private LocalDate rotationAnchor;

    private LocalDate day;
    private DayKind kind;
    private String note;
    private boolean forCounty;

    private Long periodId;
    private Integer periodWeekday;
    private Integer periodNumber;
    private LocalTime periodStarts;
    private LocalTime periodEnds;

    public void load() {
        if (schoolOptions != null) {
            return;
        }
        schoolOptions = schools.listSchools();
        schoolId = StaffPages.chosenSchool(schoolOptions, school);
        LocalDate today = Today.inNorway();
        startYear = year != null && year.matches("\\d{4}") ? Integer.parseInt(year) : SchoolCalendar.schoolYearOf(today);
        try {
            shownMonth = month == null ? YearMonth.from(today) : YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            shownMonth = YearMonth.from(today);
        }
        if (SchoolCalendar.schoolYearOf(shownMonth.atDay(1)) != startYear) {
            shownMonth = YearMonth.of(startYear, 8);
        }
        reload();
    }

    private void reload() {
        view = schoolId == null ? null : calendars.view(schoolId, startYear).orElse(null);
        if (view != null && view.year() != null) {
            firstDay = view.year().firstDay();
            lastDay = view.year().lastDay();
            secondHalfFrom = view.year().secondHalfFrom();
            rotation = view.year().rotation();
            rotationAnchor = view.year().rotationAnchor();
        }
    }

    public void saveYear() {
        act(() -> calendars.saveYear(schoolId, startYear, new CalendarAdmin.YearForm(firstDay, lastDay, secondHalfFrom, rotation,
                rotationAnchor)), "calendar.yearSaved", "year");
    }

    public void saveDay() {
        CalendarAdmin.DayForm form = new CalendarAdmin.DayForm(day, kind, note);
        act(() -> {
            if (forCounty) {
                calendars.setCountyDay(schoolId, startYear, form);
            } else {
                calendars.setSchoolException(schoolId, startYear, form);
            }
        }, "calendar.daySaved", "day");
    }

    public void removeDay(long dayId) {
        act(() -> calendars.removeDay(dayId), "calendar.dayRemoved", "day");
    }

    public void editPeriod(PeriodGrids.Entry period) {
        periodId = period.id();
        periodWeekday = period.weekday() == null ? null : period.weekday().getValue();
        periodNumber = period.number();
        periodStarts = period.starts();
        periodEnds = period.ends();
    }

    public void newPeriod() {
        periodId = null;
        periodWeekday = null;
        periodNumber = null;
        periodStarts = null;
        periodEnds = null;
    }

    public void savePeriod() {
        act(() -> calendars.savePeriod(schoolId, new CalendarAdmin.PeriodForm(periodId, periodWeekday == null ? null
                : DayOfWeek.of(periodWeekday), periodNumber, periodStarts, periodEnds)), "calendar.periodSaved", "period");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            newPeriod();
        }
    }

    public void removePeriod(long id) {
        act(() -> calendars.removePeriod(id), "calendar.periodRemoved", "period");
        newPeriod();
    }

    private void act(Runnable action, String done, String form) {
        try {
            action.run();
            FacesMessages.info(done);
            reload();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError(form + ":" + input(form, field), key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        } catch (jakarta.ejb.EJBAccessException e) {
            FacesMessages.error("calendar.unknownSchool");
        }
    }

    private static String input(String form, String field) {
        if ("day".equals(form) && "day".equals(field)) {
            return "onDay";
        }
        if (!"period".equals(form)) {
            return field;
        }
        return switch (field) {
            case "number" -> "periodNumber";
            case "starts" -> "periodStarts";
            default -> "periodEnds";
        };
    }

    /** The month view's weeks. */
    public List<MonthGrid.Week> getWeeks() {
        return view == null || view.calendar() == null ? List.of() : MonthGrid.of(view.calendar(), shownMonth);
    }

    public String getPreviousMonth() {
        return shownMonth.minusMonths(1).toString();
    }

    public String getNextMonth() {
        return shownMonth.plusMonths(1).toString();
    }

    public boolean isHasPreviousMonth() {
        return SchoolCalendar.schoolYearOf(shownMonth.minusMonths(1).atDay(1)) == startYear;
    }

    public boolean isHasNextMonth() {
        return SchoolCalendar.schoolYearOf(shownMonth.plusMonths(1).atDay(1)) == startYear;
    }

    /** The month's name and year in the user's language ("oktober 2026"). */
    public String monthTitle(java.util.Locale locale) {
        return shownMonth.format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    /** The CSS class of a day in the month view. */
    public String cellClass(MonthGrid.Cell cell) {
        if (cell.outsideMonth()) {
            return "";
        }
        return switch (cell.kind()) {
            case HOLIDAY -> "vis-day-off";
            case PLANNING_DAY -> "vis-day-planning";
            case ACTIVITY_DAY -> "vis-day-activity";
            case WEEKEND, OUTSIDE_YEAR -> "vis-day-weekend";
            default -> "";
        };
    }

    public List<DayKind> getKinds() {
        return List.of(DayKind.HOLIDAY, DayKind.PLANNING_DAY, DayKind.ACTIVITY_DAY, DayKind.SCHOOL_DAY);
    }

    public List<Rotation> getRotations() {
        return List.of(Rotation.values());
    }

    public List<Integer> getWeekdays() {
        return List.of(1, 2, 3, 4, 5, 6, 7);
    }

    public int getSchoolDayCount() {
        return view == null || view.calendar() == null ? 0 : view.calendar().schoolDayCount();
    }

    public List<SchoolOption> getSchoolOptions() {
        return schoolOptions;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public int getStartYear() {
        return startYear;
    }

    public YearMonth getShownMonth() {
        return shownMonth;
    }

    public CalendarAdmin.View getView() {
        return view;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public LocalDate getSecondHalfFrom() {
        return secondHalfFrom;
    }

    public void setSecondHalfFrom(LocalDate secondHalfFrom) {
        this.secondHalfFrom = secondHalfFrom;
    }

    public Rotation getRotation() {
        return rotation;
    }

    public void setRotation(Rotation rotation) {
        this.rotation = rotation;
    }

    public LocalDate getRotationAnchor() {
        return rotationAnchor;
    }

    public void setRotationAnchor(LocalDate rotationAnchor) {
        this.rotationAnchor = rotationAnchor;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isForCounty() {
        return forCounty;
    }

    public void setForCounty(boolean forCounty) {
        this.forCounty = forCounty;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Integer getPeriodWeekday() {
        return periodWeekday;
    }

    public void setPeriodWeekday(Integer periodWeekday) {
        this.periodWeekday = periodWeekday;
    }

    public Integer getPeriodNumber() {
        return periodNumber;
    }

    public void setPeriodNumber(Integer periodNumber) {
        this.periodNumber = periodNumber;
    }

    public LocalTime getPeriodStarts() {
        return periodStarts;
    }

    public void setPeriodStarts(LocalTime periodStarts) {
        this.periodStarts = periodStarts;
    }

    public LocalTime getPeriodEnds() {
        return periodEnds;
    }

    public void setPeriodEnds(LocalTime periodEnds) {
        this.periodEnds = periodEnds;
    }
}
