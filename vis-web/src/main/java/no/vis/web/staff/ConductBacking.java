package no.vis.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.vis.assessment.ConductKind;
import no.vis.assessment.ConductService;
import no.vis.assessment.ConductSheet;
import no.vis.assessment.ConductValue;
import no.vis.assessment.NewRemark;
import no.vis.assessment.RoundKind;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.web.common.FacesMessages;

/**
 * Backs {@code /staff/conduct.xhtml?class=&round=}: a class's orden and atferd for its contact teacher and the office —
 * each pupil's remarks this school year, the warnings sent, the round's grades — with forms to record a remark outside
 * lessons, send a written warning, and set a grade (NG or LG only after a warning). Any other class is a 404.
 */
@Named("conduct")
@ViewScoped
public class ConductBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConductService service;

    private String classParameter;
    private String round;
    private ConductSheet sheet;
    private Long remarkPupil;
    private ConductKind remarkKind;
    private LocalDate remarkDay;
    private String remarkDescription;
    private Long warnPupil;
    private ConductKind warnKind;
    private RoundKind warnRound;
    private ConductValue warnRisk;
    private String warnComment;
    private Long gradePupil;
    private ConductKind gradeKind;
    private ConductValue gradeValue;
    private String gradeReason;

    public void load() throws IOException {
        if (sheet != null) {
            return;
        }
        Long id = StaffPages.id(classParameter);
        sheet = id == null ? null : service.classSheet(id, StaffPages.id(round)).orElse(null);
        if (sheet == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        remarkDay = Today.inNorway();
        warnRound = sheet.roundKind();
    }

    private void reload() {
        sheet = service.classSheet(sheet.classId(), sheet.roundId()).orElse(sheet);
    }

    public void recordRemark() {
        try {
            service.record(new NewRemark(remarkPupil, null, remarkKind, remarkDay, remarkDescription));
            remarkPupil = null;
            remarkKind = null;
            remarkDescription = null;
            reload();
            FacesMessages.info("remarks.recorded");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("remark:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public void warn() {
        if (warnPupil == null) {
            FacesMessages.fieldError("warn:pupil", "conduct.pupil.required");
            return;
        }
        try {
            service.warn(warnPupil, warnKind, warnRound, warnRisk, warnComment);
            warnPupil = null;
            warnComment = null;
            reload();
            FacesMessages.info("conduct.warned");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("warn:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public void setGrade() {
        if (gradePupil == null) {
            FacesMessages.fieldError("grade:pupil", "conduct.pupil.required");
            return;
        }
        if (sheet.roundId() < 0) {
            FacesMessages.error("conduct.noRound");
            return;
        }
        try {
            service.setGrade(gradePupil, sheet.roundId(), gradeKind, gradeValue, gradeReason);
            gradePupil = null;
            gradeReason = null;
            reload();
            FacesMessages.info("conduct.gradeSet");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("grade:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public List<ConductKind> getKinds() {
        return List.of(ConductKind.values());
    }

    public List<ConductValue> getValues() {
        return List.of(ConductValue.values());
    }

    public List<ConductValue> getRisks() {
        return List.of(ConductValue.NG, ConductValue.LG);
    }

    public List<RoundKind> getRoundKinds() {
        return List.of(RoundKind.values());
    }

    public ConductSheet getSheet() {
        return sheet;
    }

    public String getClassParameter() {
        return classParameter;
    }

    public void setClassParameter(String classParameter) {
        this.classParameter = classParameter;
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }

    public Long getRemarkPupil() {
        return remarkPupil;
    }

    public void setRemarkPupil(Long remarkPupil) {
        this.remarkPupil = remarkPupil;
    }

    public ConductKind getRemarkKind() {
        return remarkKind;
    }

    public void setRemarkKind(ConductKind remarkKind) {
        this.remarkKind = remarkKind;
    }

    public LocalDate getRemarkDay() {
        return remarkDay;
    }

    public void setRemarkDay(LocalDate remarkDay) {
        this.remarkDay = remarkDay;
    }

    public String getRemarkDescription() {
        return remarkDescription;
    }

    public void setRemarkDescription(String remarkDescription) {
        this.remarkDescription = remarkDescription;
    }

    public Long getWarnPupil() {
        return warnPupil;
    }

    public void setWarnPupil(Long warnPupil) {
        this.warnPupil = warnPupil;
    }

    public ConductKind getWarnKind() {
        return warnKind;
    }

    public void setWarnKind(ConductKind warnKind) {
        this.warnKind = warnKind;
    }

    public RoundKind getWarnRound() {
        return warnRound;
    }

    public void setWarnRound(RoundKind warnRound) {
        this.warnRound = warnRound;
    }

    public ConductValue getWarnRisk() {
        return warnRisk;
    }

    public void setWarnRisk(ConductValue warnRisk) {
        this.warnRisk = warnRisk;
    }

    public String getWarnComment() {
        return warnComment;
    }

    public void setWarnComment(String warnComment) {
        this.warnComment = warnComment;
    }

    public Long getGradePupil() {
        return gradePupil;
    }

    public void setGradePupil(Long gradePupil) {
        this.gradePupil = gradePupil;
    }

    public ConductKind getGradeKind() {
        return gradeKind;
    }

    public void setGradeKind(ConductKind gradeKind) {
        this.gradeKind = gradeKind;
    }

    public ConductValue getGradeValue() {
        return gradeValue;
    }

    public void setGradeValue(ConductValue gradeValue) {
        this.gradeValue = gradeValue;
    }

    public String getGradeReason() {
        return gradeReason;
    }

    public void setGradeReason(String gradeReason) {
        this.gradeReason = gradeReason;
    }
}
