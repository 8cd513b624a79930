package no.vis.web.staff;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import no.vis.access.SchoolService;
import no.vis.calendar.SchoolCalendar;
import no.vis.calendar.WeekKind;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.school.SchoolOption;
import no.vis.timetable.Choice;
import no.vis.timetable.GroupAdmin;
import no.vis.timetable.GroupAdminService;
import no.vis.timetable.SchoolChoices;
import no.vis.timetable.TimetableBuild;
import no.vis.timetable.TimetableBuildService;
import no.vis.web.common.FacesMessages;
import no.vis.web.common.WeekNavigation;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/timetable-build.xhtml?school=&show=class:12&date=&lesson=&weekday=&period=}:
 * the week's period grid of a class or group of the office's schools; a period chosen
 * ({@code weekday}, {@code period}) fills the form for a new lesson there, a lesson chosen
 * ({@code lesson}) fills it to move or remove that lesson. {@link TimetableBuildService} checks and
 * refuses clashes; the answers are shown next to the fields or at the top.
 */
@Named("timetableBuild")
@ViewScoped
public class TimetableBuildBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("groupId", "groupId", "weekday", "weekday", "firstPeriod", "firstPeriod",
            "lastPeriod", "lastPeriod", "roomId", "roomId", "teacherIds", "teacherIds", "weekKind", "weekKind", "validFrom", "validFrom",
            "validTo", "validTo");

    @Inject
    SchoolService schools;

    @Inject
    TimetableBuildService build;

    @Inject
    GroupAdminService groups;

    @Inject
    UserLocale userLocale;

    private String school;
    private String show;
    private String date;
    private String lesson;
    private String weekday;
    private String period;

    private List<SchoolOption> schoolOptions;
    private Long schoolId;
    private SchoolChoices choices;
    private List<Choice> groupChoices = List.of();
    private WeekNavigation nav;
    private TimetableBuild.Grid grid;
    private TimetableBuild.GridLesson chosen;
    /** What the page shows, as loaded (a postback does not bring the view parameters back). */
    private String shown;

    private Long groupId;
    private Integer day;
    private Integer firstPeriod;
    private Integer lastPeriod;
    private Long roomId;
    private List<Long> teacherIds = new ArrayList<>();
    private WeekKind weekKind = WeekKind.EVERY;
    private LocalDate validFrom;
    private LocalDate validTo;
    private boolean pupilClashApproved;

    public void load() {
        if (nav != null) {
            return;
        }
        nav = WeekNavigation.of(date, userLocale.getLocale());
        schoolOptions = schools.listSchools();
        schoolId = StaffPages.chosenSchool(schoolOptions, school);
        if (schoolId == null) {
            return;
        }
        int year = SchoolCalendar.schoolYearOf(nav.getDate());
        choices = groups.schoolChoices(schoolId, year).orElse(null);
        groupChoices = groups.groups(schoolId, year, new GroupAdmin.Filter(null, null, null, false), nav.getDate(),
                userLocale.getLocale()).orElse(List.of()).stream().map(g -> new Choice(g.id(), g.code())).toList();
        shown = show;
        grid = build.grid(show, nav.getDate(), userLocale.getLocale()).orElse(null);
        LocalDate today = Today.inNorway();
        validFrom = nav.getDate().isBefore(today) ? today : SchoolCalendar.monday(nav.getDate());
        if (grid == null) {
            return;
        }
        Long lessonId = StaffPages.id(lesson);
        chosen = lessonId == null ? null : grid.lesson(lessonId);
        if (chosen != null) {
            groupId = chosen.groupId();
            day = grid.days().stream().filter(d -> d.periods().stream().anyMatch(p -> p.lessons().contains(chosen))
                    || d.outside().contains(chosen)).map(d -> d.day().getDayOfWeek().getValue()).findFirst().orElse(null);
            firstPeriod = chosen.firstPeriod();
            lastPeriod = chosen.lastPeriod();
            roomId = chosen.roomId();
            teacherIds = new ArrayList<>(chosen.teacherIds());
            weekKind = chosen.weekKind();
            validTo = chosen.validTo();
        } else {
            day = weekday != null && weekday.matches("[1-7]") ? Integer.valueOf(weekday) : null;
            firstPeriod = period != null && period.matches("\\d{1,2}") ? Integer.valueOf(period) : null;
            lastPeriod = firstPeriod;
            if (show != null && show.startsWith("group:")) {
                groupId = StaffPages.id(show.substring(6));
            }
        }
    }

    public void place() throws IOException {
        act(() -> build.place(placement()), "build.placed");
    }

    public void move() throws IOException {
        act(() -> build.move(chosen.id(), placement()), "build.moved", validFrom);
    }

    public void remove() throws IOException {
        act(() -> {
            build.remove(chosen.id(), validFrom);
            return 0L;
        }, "build.removed", validFrom);
    }

    private TimetableBuild.Placement placement() {
        return new TimetableBuild.Placement(groupId, day == null ? null : DayOfWeek.of(day), firstPeriod, lastPeriod, roomId,
                new HashSet<>(teacherIds), weekKind, validFrom, validTo, pupilClashApproved);
    }

    private void act(java.util.function.Supplier<Long> action, String done, Object... arguments) throws IOException {
        try {
            action.get();
            StaffPages.redirect("/staff/timetable-build.xhtml?school=" + grid.schoolId() + "&show=" + shown + "&date="
                    + nav.getDate(), done, arguments);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("lesson:" + INPUTS.getOrDefault(field, "groupId"), key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** The school's classes and groups to choose from, as "class:12" and "group:34". */
    public List<SelectItem> getShowItems() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", FacesMessages.text(userLocale.getLocale(), "build.choose")));
        if (choices != null) {
            items.add(group(FacesMessages.text(userLocale.getLocale(), "build.classes"), "class:", choices.classes()));
            items.add(group(FacesMessages.text(userLocale.getLocale(), "build.groups"), "group:", groupChoices));
        }
        return items;
    }

    private static SelectItemGroup group(String label, String prefix, List<Choice> list) {
        SelectItemGroup group = new SelectItemGroup(label);
        group.setSelectItems(list.stream().map(c -> new SelectItem(prefix + c.id(), c.label())).toArray(SelectItem[]::new));
        return group;
    }

    /** The periods to choose from: the numbers of the grid's first day (every day's, unless a day has its own). */
    public List<Integer> getPeriodNumbers() {
        if (grid == null) {
            return List.of();
        }
        return grid.days().stream().flatMap(d -> d.periods().stream()).map(TimetableBuild.GridPeriod::number).distinct().sorted()
                .toList();
    }

    public int getWeekNumber() {
        return grid == null ? 0 : grid.monday().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public List<Integer> getWeekdays() {
        return List.of(1, 2, 3, 4, 5, 6, 7);
    }

    public List<WeekKind> getWeekKinds() {
        return List.of(WeekKind.values());
    }

    /** The view parameters the week's date form keeps. */
    public List<Map.Entry<String, String>> getKeep() {
        List<Map.Entry<String, String>> keep = new ArrayList<>();
        if (schoolId != null) {
            keep.add(Map.entry("school", Long.toString(schoolId)));
        }
        if (show != null && grid != null) {
            keep.add(Map.entry("show", show));
        }
        return keep;
    }

    public List<SchoolOption> getSchoolOptions() {
        return schoolOptions;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public SchoolChoices getChoices() {
        return choices;
    }

    public WeekNavigation getNav() {
        return nav;
    }

    public TimetableBuild.Grid getGrid() {
        return grid;
    }

    public TimetableBuild.GridLesson getChosen() {
        return chosen;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public String getWeekday() {
        return weekday;
    }

    public void setWeekday(String weekday) {
        this.weekday = weekday;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }

    public Integer getFirstPeriod() {
        return firstPeriod;
    }

    public void setFirstPeriod(Integer firstPeriod) {
        this.firstPeriod = firstPeriod;
    }

    public Integer getLastPeriod() {
        return lastPeriod;
    }

    public void setLastPeriod(Integer lastPeriod) {
        this.lastPeriod = lastPeriod;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public List<Long> getTeacherIds() {
        return teacherIds;
    }

    public void setTeacherIds(List<Long> teacherIds) {
        this.teacherIds = teacherIds;
    }

    public WeekKind getWeekKind() {
        return weekKind;
    }

    public void setWeekKind(WeekKind weekKind) {
        this.weekKind = weekKind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public boolean isPupilClashApproved() {
        return pupilClashApproved;
    }

    public void setPupilClashApproved(boolean pupilClashApproved) {
        this.pupilClashApproved = pupilClashApproved;
    }
}
