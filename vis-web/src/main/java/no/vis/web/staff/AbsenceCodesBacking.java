package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.vis.absence.AbsenceCode;
import no.vis.absence.AbsenceCodeForm;
import no.vis.absence.AbsenceCodeService;
import no.vis.absence.Documentation;
import no.vis.absence.StandardCodeSet;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.school.AbsenceSettings;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/absence-codes.xhtml}: the county administrator's absence codes — start from a
 * standard set, add a code, end one from a day — and the county's absence settings (warning threshold,
 * whether lateness counts, the register deadline, whether guardians see absence detail).
 */
@Named("absenceCodes")
@ViewScoped
public class AbsenceCodesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AbsenceCodeService service;

    @Inject
    UserLocale userLocale;

    private List<AbsenceCode> codes;
    private StandardCodeSet set = StandardCodeSet.INSCHOOL;
    private LocalDate setFrom = no.vis.common.Today.inNorway();

    private String code;
    private String nameNb;
    private String nameNn;
    private String nameEn;
    private boolean countsTowardLimit = true;
    private boolean onDiploma = true;
    private boolean affectsOrden;
    private boolean presence;
    private boolean dayLevel;
    private Documentation documentation = Documentation.UNDOCUMENTED;
    private LocalDate validFrom = no.vis.common.Today.inNorway();
    private LocalDate validTo;
    private int sortOrder = 100;

    private BigDecimal warningPercent;
    private boolean latenessCounts;
    private int deadlineHours;
    private boolean guardiansSeeDetail;

    private LocalDate endOn = no.vis.common.Today.inNorway().plusDays(1);

    public void load() {
        if (codes == null) {
            reload();
            AbsenceSettings settings = service.mySettings();
            warningPercent = settings.warningPercent();
            latenessCounts = settings.latenessCounts();
            deadlineHours = settings.registerDeadlineHours();
            guardiansSeeDetail = settings.guardiansSeeDetail();
        }
    }

    private void reload() {
        codes = service.myCodes();
    }

    public void startFromSet() {
        int added = service.startFrom(set, setFrom);
        reload();
        FacesMessages.info("absenceCodes.setAdded", added);
    }

    public void add() {
        try {
            service.add(new AbsenceCodeForm(code, nameNb, nameNn, nameEn, countsTowardLimit, onDiploma, affectsOrden, presence, dayLevel,
                    documentation, validFrom, validTo, sortOrder));
            reload();
            FacesMessages.info("absenceCodes.added", code);
            code = null;
            nameNb = null;
            nameNn = null;
            nameEn = null;
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("add:" + field, key));
        }
    }

    public void end(long codeId) {
        try {
            service.end(codeId, endOn);
            reload();
            FacesMessages.info("absenceCodes.ended");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("codes:endOn", key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public void saveSettings() {
        try {
            service.decide(warningPercent, latenessCounts, deadlineHours, guardiansSeeDetail);
            FacesMessages.info("absenceCodes.settingsSaved");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("settings:" + field, key));
        }
    }

    public String name(AbsenceCode c) {
        return c.name(userLocale.getLocale());
    }

    public List<AbsenceCode> getCodes() {
        return codes;
    }

    public List<StandardCodeSet> getSets() {
        return List.of(StandardCodeSet.values());
    }

    public List<Documentation> getDocumentations() {
        return List.of(Documentation.values());
    }

    public StandardCodeSet getSet() {
        return set;
    }

    public void setSet(StandardCodeSet set) {
        this.set = set;
    }

    public LocalDate getSetFrom() {
        return setFrom;
    }

    public void setSetFrom(LocalDate setFrom) {
        this.setFrom = setFrom;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameNb() {
        return nameNb;
    }

    public void setNameNb(String nameNb) {
        this.nameNb = nameNb;
    }

    public String getNameNn() {
        return nameNn;
    }

    public void setNameNn(String nameNn) {
        this.nameNn = nameNn;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isCountsTowardLimit() {
        return countsTowardLimit;
    }

    public void setCountsTowardLimit(boolean countsTowardLimit) {
        this.countsTowardLimit = countsTowardLimit;
    }

    public boolean isOnDiploma() {
        return onDiploma;
    }

    public void setOnDiploma(boolean onDiploma) {
        this.onDiploma = onDiploma;
    }

    public boolean isAffectsOrden() {
        return affectsOrden;
    }

    public void setAffectsOrden(boolean affectsOrden) {
        this.affectsOrden = affectsOrden;
    }

    public boolean isPresence() {
        return presence;
    }

    public void setPresence(boolean presence) {
        this.presence = presence;
    }

    public boolean isDayLevel() {
        return dayLevel;
    }

    public void setDayLevel(boolean dayLevel) {
        this.dayLevel = dayLevel;
    }

    public Documentation getDocumentation() {
        return documentation;
    }

    public void setDocumentation(Documentation documentation) {
        this.documentation = documentation;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public BigDecimal getWarningPercent() {
        return warningPercent;
    }

    public void setWarningPercent(BigDecimal warningPercent) {
        this.warningPercent = warningPercent;
    }

    public boolean isLatenessCounts() {
        return latenessCounts;
    }

    public void setLatenessCounts(boolean latenessCounts) {
        this.latenessCounts = latenessCounts;
    }

    public int getDeadlineHours() {
        return deadlineHours;
    }

    public void setDeadlineHours(int deadlineHours) {
        this.deadlineHours = deadlineHours;
    }

    public boolean isGuardiansSeeDetail() {
        return guardiansSeeDetail;
    }

    public void setGuardiansSeeDetail(boolean guardiansSeeDetail) {
        this.guardiansSeeDetail = guardiansSeeDetail;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }
}
