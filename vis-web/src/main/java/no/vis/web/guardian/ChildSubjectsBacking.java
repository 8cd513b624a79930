package no.vis.web.guardian;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import no.vis.timetable.PupilYear;
import no.vis.timetable.PupilYearService;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /guardian/subjects.xhtml?child=}: a child's class, contact teacher, subjects and
 * teachers, as the guardian access policy allows; any other child is a 404 (logged by the service).
 */
@Named("childSubjects")
@RequestScoped
public class ChildSubjectsBacking {

    @Inject
    PupilYearService years;

    @Inject
    UserLocale userLocale;

    private String child;
    private PupilYear year;

    public void load() throws IOException {
        if (child != null && child.matches("\\d{1,18}")) {
            year = years.childYear(Long.parseLong(child), userLocale.getLocale()).orElse(null);
        }
        if (year == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public PupilYear getYear() {
        return year;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }
}
