package no.vis.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import no.vis.common.Today;
import no.vis.timetable.GroupRow;
import no.vis.timetable.MemberRow;
import no.vis.timetable.TeachingService;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/groups.xhtml?show=group:12}: the teacher's groups and classes, and the pupils
 * of the one chosen. Another group — someone else's, or one that does not exist — is a 404, and
 * the service has logged the attempt.
 */
@Named("teacherGroups")
@RequestScoped
public class TeacherGroupsBacking {

    @Inject
    TeachingService teaching;

    @Inject
    UserLocale userLocale;

    private String show;
    private List<GroupRow> groups;
    private GroupRow chosen;
    private List<MemberRow> pupils;

    public void load() throws IOException {
        groups = teaching.myGroups(Today.inNorway(), userLocale.getLocale());
        if (show == null || show.isBlank()) {
            return;
        }
        if (show.matches("(group|class):\\d{1,18}")) {
            String kind = show.substring(0, show.indexOf(':'));
            long id = Long.parseLong(show.substring(show.indexOf(':') + 1));
            pupils = teaching.pupilsOf(kind, id, Today.inNorway()).orElse(null);
            chosen = groups.stream().filter(g -> g.ref().equals(show)).findFirst().orElse(null);
        }
        if (pupils == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<GroupRow> getGroups() {
        return groups;
    }

    public GroupRow getChosen() {
        return chosen;
    }

    public List<MemberRow> getPupils() {
        return pupils;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }
}
