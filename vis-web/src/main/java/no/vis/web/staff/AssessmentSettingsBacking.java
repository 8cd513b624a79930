package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.vis.assessment.AssessmentSettingsService;
import no.vis.assessment.GradeScale;
import no.vis.common.InvalidInputException;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/assessment-settings.xhtml}: the county administrator's list of fagkoder assessed on another scale
 * than 1–6, and the days remarks in orden and atferd are kept after the school year.
 */
@Named("assessmentSettings")
@ViewScoped
public class AssessmentSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentSettingsService service;

    @Inject
    UserLocale userLocale;

    private List<AssessmentSettingsService.ScaleRow> scales;
    private String subjectCode;
    private GradeScale scale;
    private Integer keptDays;

    public void load() {
        if (scales == null) {
            scales = service.scales(userLocale.getLocale());
            keptDays = service.remarksKeptDays();
        }
    }

    public void saveScale() {
        try {
            service.setScale(subjectCode, scale);
            subjectCode = null;
            scale = null;
            scales = service.scales(userLocale.getLocale());
            FacesMessages.info("assessmentSettings.saved");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("scaleForm:" + field, key));
        }
    }

    /** Takes a fagkode off the list (assessed 1–6 again). */
    public void remove(String code) {
        service.setScale(code, GradeScale.NUMERIC);
        scales = service.scales(userLocale.getLocale());
        FacesMessages.info("assessmentSettings.saved");
    }

    public void saveKeptDays() {
        try {
            service.keepRemarks(keptDays);
            FacesMessages.info("assessmentSettings.saved");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("kept:" + field, key));
        }
    }

    public List<GradeScale> getScaleChoices() {
        return List.of(GradeScale.PASS_FAIL, GradeScale.PARTICIPATION, GradeScale.NUMERIC);
    }

    public List<AssessmentSettingsService.ScaleRow> getScales() {
        return scales;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public void setSubjectCode(String subjectCode) {
        this.subjectCode = subjectCode;
    }

    public GradeScale getScale() {
        return scale;
    }

    public void setScale(GradeScale scale) {
        this.scale = scale;
    }

    public Integer getKeptDays() {
        return keptDays;
    }

    public void setKeptDays(Integer keptDays) {
        this.keptDays = keptDays;
    }
}
