package no.vis.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.absence.DayLesson;
import no.vis.absence.RegisterService;
import no.vis.timetable.GroupRow;
import no.vis.timetable.TeachingService;
import no.vis.web.common.WeekNavigation;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/day.xhtml?date=}: the teacher's day — each lesson with its register (taken, not
 * taken, not started, cancelled) and the way into it — and the classes they are contact teacher for.
 */
@Named("teacherDay")
@RequestScoped
public class TeacherDayBacking {

    @Inject
    RegisterService registers;

    @Inject
    TeachingService teaching;

    @Inject
    UserLocale userLocale;

    private String date;
    private WeekNavigation nav;
    private List<DayLesson> lessons;
    private List<GroupRow> classes;

    public void load() {
        nav = WeekNavigation.of(date, userLocale.getLocale());
        lessons = registers.myDay(nav.getDate(), userLocale.getLocale());
        classes = teaching.myGroups(nav.getDate(), userLocale.getLocale()).stream().filter(g -> "class".equals(g.kind())).toList();
    }

    public long getNotTaken() {
        return lessons.stream().filter(l -> l.state() == no.vis.absence.RegisterState.NOT_TAKEN).count();
    }

    public WeekNavigation getNav() {
        return nav;
    }

    public List<DayLesson> getLessons() {
        return lessons;
    }

    public List<GroupRow> getClasses() {
        return classes;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
