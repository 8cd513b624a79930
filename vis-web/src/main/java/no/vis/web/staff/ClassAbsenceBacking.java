package no.vis.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.vis.absence.AbsencePeriod;
import no.vis.absence.ClassAbsenceService;
import no.vis.absence.ClassGrid;
import no.vis.absence.HigherRiskService;
import no.vis.absence.HigherRiskView;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.web.common.FacesMessages;
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

    @Inject
    HigherRiskService higherRisk;

    @Inject
    no.vis.assessment.DiscretionService discretion;

    private String classParameter;
    private String period;
    private ClassGrid grid;
    private List<HigherRiskView> risks = List.of();
    private Long riskPupil;
    private LocalDate riskDocumentedOn;
    private LocalDate riskFrom;
    private LocalDate riskTo;
    private boolean office;
    private List<no.vis.assessment.DiscretionView> decisions = List.of();
    private String discretionCase;
    private Boolean discretionAllowed;
    private String discretionReasons;

    /** A pupil's subject between 10 and 15 % in the grid's period, and the principal's decision on it (null: none yet). */
    public record DiscretionCase(String key, long pupilId, String name, String subjectCode, String subject, java.math.BigDecimal percent,
                                 no.vis.assessment.DiscretionView decision) implements Serializable {
    }

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
            return;
        }
        loadRisks();
        var external = FacesContext.getCurrentInstance().getExternalContext();
        office = external.isUserInRole(no.vis.access.Role.Names.OFFICE) || external.isUserInRole(no.vis.access.Role.Names.COUNTY_ADMIN);
        loadDecisions();
    }

    private void loadDecisions() {
        decisions = office ? discretion.decisions(grid.classId()) : List.of();
    }

    /** The cases for the principal's discretion in the grid's period, decided or not. */
    public List<DiscretionCase> getDiscretionCases() {
        List<DiscretionCase> cases = new java.util.ArrayList<>();
        for (ClassGrid.Row row : grid.rows()) {
            for (no.vis.absence.SubjectAbsence a : row.bySubject().values()) {
                var decided = decisions.stream().filter(d -> d.pupilId() == row.pupilId() && d.subjectCode().equals(a.subjectCode())
                        && d.period() == grid.period()).findFirst().orElse(null);
                if (a.band() == no.vis.absence.Band.DISCRETION || decided != null) {
                    cases.add(new DiscretionCase(row.pupilId() + "/" + a.subjectCode(), row.pupilId(), row.name(), a.subjectCode(),
                            a.subject(), a.percent(), decided));
                }
            }
        }
        cases.sort(java.util.Comparator.comparing(DiscretionCase::name).thenComparing(DiscretionCase::subject));
        return cases;
    }

    /** Records the principal's decision for the case chosen. */
    public void decide() {
        String key = discretionCase == null ? "" : discretionCase;
        int slash = key.indexOf('/');
        if (slash < 1 || !key.substring(0, slash).matches("\\d{1,18}")) {
            FacesMessages.fieldError("discretion:case", "discretion.case.required");
            return;
        }
        if (discretionAllowed == null) {
            FacesMessages.fieldError("discretion:allowed", "discretion.decision.required");
            return;
        }
        try {
            discretion.decide(Long.parseLong(key.substring(0, slash)), key.substring(slash + 1), grid.period(), discretionAllowed,
                    discretionReasons);
            discretionCase = null;
            discretionAllowed = null;
            discretionReasons = null;
            loadDecisions();
            FacesMessages.info("discretion.recorded");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, k) -> FacesMessages.fieldError("discretion:" + field, k));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public boolean isOffice() {
        return office;
    }

    public String getDiscretionCase() {
        return discretionCase;
    }

    public void setDiscretionCase(String discretionCase) {
        this.discretionCase = discretionCase;
    }

    public Boolean getDiscretionAllowed() {
        return discretionAllowed;
    }

    public void setDiscretionAllowed(Boolean discretionAllowed) {
        this.discretionAllowed = discretionAllowed;
    }

    public String getDiscretionReasons() {
        return discretionReasons;
    }

    public void setDiscretionReasons(String discretionReasons) {
        this.discretionReasons = discretionReasons;
    }

    private void loadRisks() {
        try {
            risks = higherRisk.ofClass(grid.classId());
        } catch (BusinessException e) {
            risks = List.of();
        }
    }

    /** Records a pupil's documented condition with a higher risk of absence (§ 9-8 third paragraph). */
    public void recordRisk() {
        try {
            higherRisk.record(grid.classId(), riskPupil, riskDocumentedOn, riskFrom, riskTo);
            riskPupil = null;
            riskDocumentedOn = null;
            riskFrom = null;
            riskTo = null;
            reload();
            FacesMessages.info("higherRisk.recorded");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("risk:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** Ends a documented condition today. */
    public void endRisk(HigherRiskView risk) {
        change(risk, no.vis.common.Today.inNorway(), "higherRisk.ended");
    }

    /** Removes a documented condition recorded by mistake. */
    public void removeRisk(HigherRiskView risk) {
        change(risk, null, "higherRisk.removed");
    }

    private void change(HigherRiskView risk, LocalDate on, String done) {
        try {
            higherRisk.end(grid.classId(), risk.id(), on);
            reload();
            FacesMessages.info(done);
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(FacesMessages::error);
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** The grid again: the percentages follow the condition. */
    private void reload() {
        grid = service.grid(grid.classId(), grid.period(), userLocale.getLocale()).orElse(grid);
        loadRisks();
    }

    public List<HigherRiskView> getRisks() {
        return risks;
    }

    public Long getRiskPupil() {
        return riskPupil;
    }

    public void setRiskPupil(Long riskPupil) {
        this.riskPupil = riskPupil;
    }

    public LocalDate getRiskDocumentedOn() {
        return riskDocumentedOn;
    }

    public void setRiskDocumentedOn(LocalDate riskDocumentedOn) {
        this.riskDocumentedOn = riskDocumentedOn;
    }

    public LocalDate getRiskFrom() {
        return riskFrom;
    }

    public void setRiskFrom(LocalDate riskFrom) {
        this.riskFrom = riskFrom;
    }

    public LocalDate getRiskTo() {
        return riskTo;
    }

    public void setRiskTo(LocalDate riskTo) {
        this.riskTo = riskTo;
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
