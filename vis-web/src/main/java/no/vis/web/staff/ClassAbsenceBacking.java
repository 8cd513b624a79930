package no.vis.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import no.vis.absence.AbsencePeriod;
import no.vis.absence.ClassAbsenceService;
import no.vis.absence.ClassGrid;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/class-absence.xhtml?class=&period=}: a class's absence as a pupil × subject grid
 * coloured by band, the pupils at risk first, with Excel and PDF exports — for the class's contact
 * teacher and the school's office. Any other class is a 404 (logged by the service).
 */
@Named("classAbsence")
@ViewScoped
public class ClassAbsenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClassAbsenceService service;

    @Inject
    UserLocale userLocale;

    private String classParameter;
    private String period;
    private ClassGrid grid;

    public void load() throws IOException {
        if (grid != null) {
            return;
        }
        Long id = StaffPages.id(classParameter);
        AbsencePeriod wanted = java.util.Arrays.stream(AbsencePeriod.values()).filter(p -> p.name().equals(period)).findFirst().orElse(null);
        grid = id == null ? null : service.grid(id, wanted, userLocale.getLocale()).orElse(null);
        if (grid == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<AbsencePeriod> getPeriods() {
        return List.of(AbsencePeriod.values());
    }

    public ClassGrid getGrid() {
        return grid;
    }

    public String getClassParameter() {
        return classParameter;
    }

    public void setClassParameter(String classParameter) {
        this.classParameter = classParameter;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
