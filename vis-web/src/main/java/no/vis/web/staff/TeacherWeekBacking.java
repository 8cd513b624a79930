package no.vis.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vis.timetable.TimetableService;
import no.vis.timetable.WeekView;
import no.vis.web.common.WeekNavigation;
import no.vis.web.i18n.UserLocale;

/** Backs {@code /staff/week.xhtml?date=}: the logged-in teacher's week (lessons, groups, rooms, changes). */
@Named("teacherWeek")
@RequestScoped
public class TeacherWeekBacking {

    @Inject
    TimetableService timetables;

    @Inject
    UserLocale userLocale;

    private String date;
    private WeekNavigation nav;
    private WeekView week;

    public void load() {
        nav = WeekNavigation.of(date, userLocale.getLocale());
        week = timetables.myTeachingWeek(nav.getDate(), userLocale.getLocale());
    }

    public WeekNavigation getNav() {
        return nav;
    }

    public WeekView getWeek() {
        return week;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
