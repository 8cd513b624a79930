package no.vis.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import no.vis.absence.AbsencePeriod;
import no.vis.absence.ClassClosing;
import no.vis.absence.ClosingLine;
import no.vis.absence.ClosingService;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.web.common.FacesMessages;

/**
 * Backs {@code /staff/class-closing.xhtml?class=&half=}: a class's half-year of absence for the vitnemål
 * — days, single hours, deducted days per pupil — closed by its contact teacher (or the office), again
 * when the absence changed, and a pupil's printed figures corrected by the office with a reason. Any
 * other class is a 404 (logged by the service).
 */
@Named("classClosing")
@ViewScoped
public class ClassClosingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClosingService service;

    private String classParameter;
    private String half;
    private ClassClosing closing;
    private Long correcting;
    private Integer days;
    private Integer hours;
    private String reason;

    public void load() throws IOException {
        if (closing != null) {
            return;
        }
        Long id = StaffPages.id(classParameter);
        try {
            closing = id == null ? null : service.classClosing(id, wanted()).orElse(null);
        } catch (BusinessException e) {
            closing = null;
        }
        if (closing == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private AbsencePeriod wanted() {
        return "FIRST_HALF".equals(half) ? AbsencePeriod.FIRST_HALF : "SECOND_HALF".equals(half) ? AbsencePeriod.SECOND_HALF : null;
    }

    private void reload() {
        closing = service.classClosing(closing.classId(), closing.half()).orElse(closing);
    }

    /** Closes the half-year with the figures as they stand. */
    public void close() {
        try {
            int pupils = service.close(closing.classId(), closing.half());
            reload();
            FacesMessages.info("closing.closed", pupils);
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** Opens a pupil's correction with what is printed now. */
    public void startCorrection(ClosingLine line) {
        correcting = line.pupilId();
        days = line.totals().printedDays();
        hours = line.totals().printedHours();
        reason = line.correctionReason();
    }

    public void cancelCorrection() {
        correcting = null;
    }

    public void saveCorrection() {
        try {
            service.correct(closing.classId(), correcting, closing.half(), days, hours, reason);
            correcting = null;
            reload();
            FacesMessages.info("closing.corrected");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("closing:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** The pupil being corrected, for the form's heading. */
    public ClosingLine getCorrectingLine() {
        return correcting == null ? null : closing.lines().stream().filter(l -> l.pupilId() == correcting).findFirst().orElse(null);
    }

    public List<AbsencePeriod> getHalves() {
        return List.of(AbsencePeriod.FIRST_HALF, AbsencePeriod.SECOND_HALF);
    }

    public ClassClosing getClosing() {
        return closing;
    }

    public String getClassParameter() {
        return classParameter;
    }

    public void setClassParameter(String classParameter) {
        this.classParameter = classParameter;
    }

    public String getHalf() {
        return half;
    }

    public void setHalf(String half) {
        this.half = half;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
