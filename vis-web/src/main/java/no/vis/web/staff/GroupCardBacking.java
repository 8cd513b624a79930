package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.timetable.Choice;
import no.vis.timetable.GroupAdmin;
import no.vis.timetable.GroupAdminService;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/teaching-group.xhtml?group=}: one teaching group of the office's schools — its
 * code, fagkode, class and block; its teachers and pupils with their history; teachers and pupils
 * added and ended, a whole class added, a pupil moved to another group, the group ended. Every
 * dated action uses the page's one date. {@link GroupAdminService} checks everything; its field
 * errors are shown next to the fields.
 */
@Named("groupCard")
@ViewScoped
public class GroupCardBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The service's field names → the inputs of the actions form. */
    private static final Map<String, String> ACTION_INPUTS = Map.of("from", "date", "on", "date", "staffId", "teacherId",
            "classId", "addClassId", "pupilId", "pupilId", "toGroupId", "moveTo");

    @Inject
    GroupAdminService groups;

    @Inject
    UserLocale userLocale;

    private String group;
    private GroupAdmin.Card card;

    private String code;
    private String subjectCode;
    private Long classId;
    private String blockCode;

    private LocalDate date = Today.inNorway();
    private Long teacherId;
    private Long addClassId;
    private Long pickClassId;
    private Long pupilId;
    private Long moveTo;
    private List<Choice> pupilChoices = List.of();

    public void load() {
        if (card == null) {
            reload();
        }
    }

    private void reload() {
        Long id = StaffPages.id(group);
        card = id == null ? null : groups.group(id, userLocale.getLocale()).orElse(null);
        if (card != null) {
            code = card.code();
            subjectCode = card.subjectCode();
            classId = card.classId();
            blockCode = card.blockCode();
        }
    }

    public void save() {
        try {
            groups.edit(card.id(), new GroupAdmin.Form(code, subjectCode, classId, blockCode));
            FacesMessages.info("groupCard.saved");
            reload();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("group:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public void addTeacher() {
        act(() -> groups.addTeacher(card.id(), teacherId, date), "groupCard.teacherAdded");
    }

    public void endTeacher(long groupTeacherId) {
        act(() -> groups.endTeacher(groupTeacherId, date), "groupCard.ended");
    }

    public void addClass() {
        try {
            int added = groups.addClass(card.id(), addClassId, date);
            FacesMessages.info("groupCard.classAdded", added);
            reload();
        } catch (InvalidInputException e) {
            fieldErrors(e);
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** The pupils of the class chosen to pick one from. */
    public void showPupils() {
        pupilChoices = pickClassId == null ? List.of() : groups.pupilsOf(pickClassId);
        pupilId = null;
    }

    public void addPupil() {
        act(() -> groups.addPupil(card.id(), pupilId, date), "groupCard.pupilAdded");
    }

    public void endMember(long memberId) {
        act(() -> groups.endMembership(memberId, date), "groupCard.ended");
    }

    public void move(long memberId) {
        act(() -> groups.move(memberId, moveTo, date), "groupCard.moved");
    }

    public void remove() throws IOException {
        try {
            if (groups.remove(card.id(), date)) {
                StaffPages.redirect("/staff/teaching-groups.xhtml?school=" + card.schoolId(), "groupCard.deleted");
                return;
            }
            FacesMessages.info("groupCard.endedNotice", date);
            reload();
        } catch (InvalidInputException e) {
            fieldErrors(e);
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
            reload();
        } catch (InvalidInputException e) {
            fieldErrors(e);
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    private void fieldErrors(InvalidInputException e) {
        e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("actions:" + ACTION_INPUTS.getOrDefault(field, field), key));
    }

    public GroupAdmin.Card getCard() {
        return card;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public void setSubjectCode(String subjectCode) {
        this.subjectCode = subjectCode;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getBlockCode() {
        return blockCode;
    }

    public void setBlockCode(String blockCode) {
        this.blockCode = blockCode;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public Long getAddClassId() {
        return addClassId;
    }

    public void setAddClassId(Long addClassId) {
        this.addClassId = addClassId;
    }

    public Long getPickClassId() {
        return pickClassId;
    }

    public void setPickClassId(Long pickClassId) {
        this.pickClassId = pickClassId;
    }

    public Long getPupilId() {
        return pupilId;
    }

    public void setPupilId(Long pupilId) {
        this.pupilId = pupilId;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public List<Choice> getPupilChoices() {
        return pupilChoices;
    }
}
