package no.vis.web.guardian;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import no.vis.guardianship.ChildSummary;
import no.vis.web.common.Html;
import no.vis.web.common.WeekNavigation;

/**
 * The head of the guardian's start page ({@code <vis:childHeader>}): "Timetable for" the chosen
 * child, the children to choose among (when there are several; links to the same week of another
 * child) and the chosen child's school, class and links to personalia and subjects.
 *
 * <p>Written out in Java, as the week below it ({@code WeekDays}): it is on the page guardians open
 * first, under load (profiled). Attributes: {@code childList} (the children the guardian may see; not {@code children} or {@code family}: those are the component's own properties),
 * {@code chosen} (the one shown), {@code nav} (the week's navigation, for the date).
 */
@FacesComponent(ChildHeader.TYPE)
public class ChildHeader extends UIComponentBase {

    public static final String TYPE = "no.vis.web.ChildHeader";

    @Override
    public String getFamily() {
        return "no.vis.web";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children
    }

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<ChildSummary> children = (List<ChildSummary>) getAttributes().get("childList");
        ChildSummary chosen = (ChildSummary) getAttributes().get("chosen");
        WeekNavigation nav = (WeekNavigation) getAttributes().get("nav");
        if (chosen == null || children == null || nav == null) {
            return;
        }
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        String base = context.getExternalContext().getRequestContextPath() + "/guardian/";
        Html out = new Html();
        out.start("h1");
        out.attr("id", "child-title");
        out.text(new MessageFormat(msg.getString("guardian.timetable.title"), context.getViewRoot().getLocale())
                .format(new Object[] {chosen.givenName()}));
        out.end("h1");
        if (children.size() > 1) {
            out.start("nav");
            out.attr("aria-label", msg.getString("guardian.home.choose"));
            out.attr("class", "vis-children-nav");
            out.start("ul");
            out.attr("class", "vis-children");
            out.attr("id", "children");
            for (ChildSummary c : children) {
                out.start("li");
                out.attr("class", "vis-child");
                String name = c.givenName() + " " + c.familyName();
                if (c.pupilId() == chosen.pupilId()) {
                    out.start("span");
                    out.attr("class", "vis-child-current");
                    out.text(name);
                    out.end("span");
                } else {
                    out.start("a");
                    out.attr("class", "vis-child-name");
                    out.attr("href", base + "index.xhtml?child=" + c.pupilId() + "&date=" + nav.getDate());
                    out.text(name);
                    out.end("a");
                }
                out.end("li");
            }
            out.end("ul");
            out.end("nav");
        }
        out.start("p");
        out.attr("class", "vis-child-facts");
        out.start("span");
        out.attr("id", "child-school");
        out.text(chosen.schoolName());
        out.end("span");
        out.text(", ");
        out.start("span");
        out.attr("id", "child-class");
        out.text(msg.getString("guardian.home.class") + " " + (chosen.classCode() == null ? "" : chosen.classCode()));
        out.end("span");
        out.text(" · ");
        link(out, "child-details", base + "child.xhtml?id=" + chosen.pupilId(), msg.getString("guardian.home.details"));
        out.text(" · ");
        link(out, "child-subjects", base + "subjects.xhtml?child=" + chosen.pupilId(), msg.getString("guardian.home.subjects"));
        out.text(" · ");
        link(out, "child-absence", base + "absence.xhtml?child=" + chosen.pupilId(), msg.getString("guardian.home.absence"));
        out.text(" · ");
        link(out, "child-report", base + "report.xhtml?child=" + chosen.pupilId(), msg.getString("guardian.home.report"));
        out.text(" · ");
        link(out, "child-history", base + "history.xhtml?child=" + chosen.pupilId(), msg.getString("guardian.home.history"));
        out.text(" · ");
        link(out, "child-conduct", base + "conduct.xhtml?child=" + chosen.pupilId(), msg.getString("guardian.home.conduct"));
        out.end("p");
        context.getResponseWriter().write(out.toString());
    }

    private static void link(Html out, String id, String href, String text) {
        out.start("a");
        out.attr("id", id);
        out.attr("href", href);
        out.text(text);
        out.end("a");
    }
}
