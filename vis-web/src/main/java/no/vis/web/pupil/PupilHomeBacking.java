package no.vis.web.pupil;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vis.people.PupilRow;
import no.vis.people.PupilService;
import no.vis.timetable.TimetableService;
import no.vis.timetable.WeekView;
import no.vis.web.common.WeekNavigation;
import no.vis.web.i18n.UserLocale;

/** Backs {@code /pupil/index.xhtml?date=}: the logged-in pupil's school and class, and their week. */
@Named("pupilHome")
@RequestScoped
public class PupilHomeBacking {

    @Inject
    PupilService pupilService;

    @Inject
    TimetableService timetables;

    @Inject
    UserLocale userLocale;

    private String date;
    private PupilRow me;
    private WeekNavigation nav;
    private WeekView week;

    /** Before the page is rendered: its parameter {@code date}, the pupil and the week. */
    public void load() {
        if (nav != null) {
            return;
        }
        date = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("date");
        me = pupilService.me().orElse(null);
        nav = WeekNavigation.of(date, userLocale.getLocale());
        week = timetables.myWeek(nav.getDate(), userLocale.getLocale());
    }

    public PupilRow getMe() {
        return me;
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
