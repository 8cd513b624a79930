package no.vis.web.guardian;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import no.vis.guardianship.ChildSummary;
import no.vis.timetable.GuardianWeek;
import no.vis.timetable.TimetableService;
import no.vis.timetable.WeekView;
import no.vis.web.common.WeekNavigation;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /guardian/index.xhtml?child=&date=}: the children the guardian may see and the chosen
 * child's week (the first child's when none is chosen). A child the guardian may not see — another
 * family's, one no longer visible, one that does not exist — is a plain 404, and the service has
 * logged the attempt.
 */
@Named("guardianHome")
@RequestScoped
public class GuardianHomeBacking {

    @Inject
    TimetableService timetables;

    @Inject
    UserLocale userLocale;

    private String child;
    private String date;
    private List<ChildSummary> children;
    private ChildSummary chosen;
    private WeekNavigation nav;
    private WeekView week;

    /** Before the page is rendered: its parameters {@code child} and {@code date}, the children and the week. */
    public void load() throws IOException {
        if (nav != null) {
            return;
        }
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        child = parameters.get("child");
        date = parameters.get("date");
        nav = WeekNavigation.of(date, userLocale.getLocale());
        Long wanted = child != null && child.matches("\\d{1,18}") ? Long.valueOf(child) : null;
        if (child != null && !child.isBlank() && wanted == null) {
            notFound();
            return;
        }
        GuardianWeek page = timetables.guardianWeek(wanted, nav.getDate(), userLocale.getLocale());
        children = page.children();
        chosen = page.chosen();
        week = page.week();
        if (!children.isEmpty() && (week == null || chosen == null) || wanted != null && week == null) {
            notFound();
        }
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** The view parameters the week's date form keeps: the child. */
    public List<java.util.Map.Entry<String, String>> getKeep() {
        return chosen == null ? List.of() : List.of(java.util.Map.entry("child", Long.toString(chosen.pupilId())));
    }

    public List<ChildSummary> getChildren() {
        return children;
    }

    public ChildSummary getChosen() {
        return chosen;
    }

    public WeekNavigation getNav() {
        return nav;
    }

    public WeekView getWeek() {
        return week;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
