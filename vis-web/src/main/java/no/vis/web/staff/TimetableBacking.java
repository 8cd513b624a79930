package no.vis.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import no.vis.access.SchoolService;
import no.vis.school.SchoolOption;
import no.vis.timetable.LessonView;
import no.vis.timetable.SchoolChoices;
import no.vis.timetable.TimetableService;
import no.vis.timetable.WeekView;
import no.vis.web.common.WeekNavigation;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/timetable.xhtml?school=&show=class:12&date=} (timetables by class, teacher and
 * room) and {@code /staff/changes.xhtml?school=&date=} (the day's changes): the office's own schools
 * only, as the service decides. All choices are view parameters, so each view is a link.
 */
@Named("officeTimetable")
@RequestScoped
public class TimetableBacking {

    @Inject
    SchoolService schools;

    @Inject
    TimetableService timetables;

    @Inject
    UserLocale userLocale;

    private String school;
    private String show;
    private String date;
    private List<SchoolOption> schoolOptions;
    private Long schoolId;
    private SchoolChoices choices;
    private WeekNavigation nav;
    private WeekView week;
    private List<LessonView> changes;

    public void load() {
        nav = WeekNavigation.of(date, userLocale.getLocale());
        schoolOptions = schools.listSchools();
        schoolId = schoolOptions.stream().map(SchoolOption::id)
                .filter(id -> school != null && school.equals(Long.toString(id))).findFirst()
                .orElse(schoolOptions.isEmpty() ? null : schoolOptions.get(0).id());
        if (schoolId == null) {
            return;
        }
        choices = timetables.choices(schoolId, nav.getDate()).orElse(null);
        if (show != null && show.matches("(class|teacher|room):\\d{1,18}")) {
            long id = Long.parseLong(show.substring(show.indexOf(':') + 1));
            Optional<WeekView> found = switch (show.substring(0, show.indexOf(':'))) {
                case "class" -> timetables.classWeek(id, nav.getDate(), userLocale.getLocale());
                case "teacher" -> timetables.teacherWeek(id, nav.getDate(), userLocale.getLocale());
                default -> timetables.roomWeek(id, nav.getDate(), userLocale.getLocale());
            };
            week = found.orElse(null);
        }
    }

    public void loadChanges() {
        load();
        if (schoolId != null) {
            changes = timetables.dayChanges(schoolId, nav.getDate(), userLocale.getLocale()).orElse(List.of());
        }
    }

    /** What is shown, for the heading: the chosen class's, teacher's or room's name. */
    public String getShownLabel() {
        if (choices == null || show == null || week == null) {
            return "";
        }
        long id = Long.parseLong(show.substring(show.indexOf(':') + 1));
        List<no.vis.timetable.Choice> list = show.startsWith("class") ? choices.classes()
                : show.startsWith("teacher") ? choices.teachers() : choices.rooms();
        return list.stream().filter(c -> c.id() == id).map(no.vis.timetable.Choice::label).findFirst().orElse("");
    }

    /** The view parameters the week's date form keeps: school and what is shown. */
    public List<java.util.Map.Entry<String, String>> getKeep() {
        List<java.util.Map.Entry<String, String>> keep = new java.util.ArrayList<>();
        if (schoolId != null) {
            keep.add(java.util.Map.entry("school", Long.toString(schoolId)));
        }
        if (show != null && week != null) {
            keep.add(java.util.Map.entry("show", show));
        }
        return keep;
    }

    /** The classes, teachers and rooms to choose from, in groups, as "class:12", "teacher:5", "room:7". */
    public List<jakarta.faces.model.SelectItem> getShowItems() {
        List<jakarta.faces.model.SelectItem> items = new java.util.ArrayList<>();
        items.add(new jakarta.faces.model.SelectItem("", text("office.timetable.choose")));
        if (choices != null) {
            items.add(group(text("office.timetable.classes"), "class:", choices.classes()));
            items.add(group(text("office.timetable.teachers"), "teacher:", choices.teachers()));
            items.add(group(text("office.timetable.rooms"), "room:", choices.rooms()));
        }
        return items;
    }

    private static jakarta.faces.model.SelectItemGroup group(String label, String prefix, List<no.vis.timetable.Choice> list) {
        jakarta.faces.model.SelectItemGroup group = new jakarta.faces.model.SelectItemGroup(label);
        group.setSelectItems(list.stream().map(c -> new jakarta.faces.model.SelectItem(prefix + c.id(), c.label()))
                .toArray(jakarta.faces.model.SelectItem[]::new));
        return group;
    }

    private String text(String key) {
        return no.vis.web.common.FacesMessages.text(userLocale.getLocale(), key);
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

    public WeekView getWeek() {
        return week;
    }

    public List<LessonView> getChanges() {
        return changes;
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
}
