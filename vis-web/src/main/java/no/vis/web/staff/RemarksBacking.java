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
import no.vis.assessment.NewRemark;
import no.vis.assessment.RemarkView;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.timetable.MemberRow;
import no.vis.timetable.TeachingService;
import no.vis.web.common.FacesMessages;

/**
 * Backs {@code /staff/remarks.xhtml?group=}: a teacher records remarks (anmerkninger) in orden or atferd on the
 * pupils of one of their groups, and sees those they recorded this school year. Any other group is a 404.
 */
@Named("remarks")
@ViewScoped
public class RemarksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConductService conduct;

    @Inject
    TeachingService teaching;

    private String group;
    private Long groupId;
    private List<MemberRow> pupils;
    private List<RemarkView> recorded = List.of();
    private Long pupil;
    private ConductKind kind;
    private LocalDate day;
    private String description;

    public void load() throws IOException {
        if (pupils != null) {
            return;
        }
        groupId = StaffPages.id(group);
        pupils = groupId == null ? null : teaching.pupilsOf("group", groupId, Today.inNorway()).orElse(null);
        if (pupils == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        day = Today.inNorway();
        recorded = conduct.groupRemarks(groupId);
    }

    public void record() {
        try {
            conduct.record(new NewRemark(pupil, groupId, kind, day, description));
            pupil = null;
            kind = null;
            description = null;
            day = Today.inNorway();
            recorded = conduct.groupRemarks(groupId);
            FacesMessages.info("remarks.recorded");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("remark:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public List<ConductKind> getKinds() {
        return List.of(ConductKind.values());
    }

    public List<MemberRow> getPupils() {
        return pupils;
    }

    public List<RemarkView> getRecorded() {
        return recorded;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public Long getPupil() {
        return pupil;
    }

    public void setPupil(Long pupil) {
        this.pupil = pupil;
    }

    public ConductKind getKind() {
        return kind;
    }

    public void setKind(ConductKind kind) {
        this.kind = kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
