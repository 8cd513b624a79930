package no.vis.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.vis.assessment.CommentView;
import no.vis.assessment.FormativeService;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.timetable.MemberRow;
import no.vis.timetable.TeachingService;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/formative.xhtml?group=}: a teacher's formative comments (underveisvurdering) to the pupils of one
 * of their groups, shown to the pupil from a time the teacher may set — never to guardians. Any other group is a 404.
 */
@Named("formative")
@ViewScoped
public class FormativeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FormativeService service;

    @Inject
    TeachingService teaching;

    @Inject
    UserLocale userLocale;

    private String group;
    private Long groupId;
    private List<MemberRow> pupils;
    private List<CommentView> comments = List.of();
    private Long pupil;
    private String text;
    private String visibleFrom;

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
        comments = service.groupComments(groupId, userLocale.getLocale());
    }

    public void write() {
        LocalDateTime from = null;
        if (visibleFrom != null && !visibleFrom.isBlank()) {
            try {
                from = LocalDateTime.parse(visibleFrom.strip());
            } catch (DateTimeParseException e) {
                FacesMessages.fieldError("comment:visibleFrom", "grades.round.time.invalid");
                return;
            }
        }
        try {
            service.write(groupId, pupil, text, from, userLocale.getLocale());
            pupil = null;
            text = null;
            visibleFrom = null;
            comments = service.groupComments(groupId, userLocale.getLocale());
            FacesMessages.info("formative.written");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("comment:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public List<MemberRow> getPupils() {
        return pupils;
    }

    public List<CommentView> getComments() {
        return comments;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getVisibleFrom() {
        return visibleFrom;
    }

    public void setVisibleFrom(String visibleFrom) {
        this.visibleFrom = visibleFrom;
    }
}
