package no.vis.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.timetable.EditableOccurrence;
import no.vis.timetable.OccurrenceEdit;
import no.vis.timetable.TimetableAdminService;
import no.vis.timetable.TimetableService;
import no.vis.web.common.FacesMessages;
import no.vis.web.common.WeekNavigation;

/**
 * Backs {@code /staff/lesson.xhtml}: one occurrence changed by the office — {@code lesson} and
 * {@code day} (a weekly lesson's occurrence), {@code change} (an extra lesson), or {@code group} (a
 * new extra lesson). Cancel it, hold it otherwise (day, times, room, teachers: a substitute), or
 * undo the change. Clashes come back as messages; nothing is saved then.
 */
@Named("lessonEdit")
@ViewScoped
public class LessonEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TimetableService timetables;

    @Inject
    TimetableAdminService admin;

    private String lesson;
    private String day;
    private String change;
    private String group;
    private EditableOccurrence occurrence;

    private LocalDate heldOn;
    private LocalTime starts;
    private LocalTime ends;
    private Long roomId;
    private List<Long> teacherIds = new ArrayList<>();
    private String note;
    private boolean pupilClashApproved;

    public void load() {
        if (occurrence != null) {
            return; // a postback of the same view
        }
        if (group != null && group.matches("\\d{1,18}")) {
            occurrence = timetables.newExtra(Long.parseLong(group)).orElse(null);
        } else if (change != null && change.matches("\\d{1,18}")) {
            occurrence = timetables.editable(null, null, Long.parseLong(change)).orElse(null);
        } else if (lesson != null && lesson.matches("\\d{1,18}")) {
            LocalDate original = WeekNavigation.of(day, java.util.Locale.ROOT).getDate();
            if (day != null && original.toString().equals(day)) {
                occurrence = timetables.editable(Long.parseLong(lesson), original, null).orElse(null);
            }
        }
        if (occurrence != null) {
            heldOn = occurrence.day();
            starts = occurrence.starts();
            ends = occurrence.ends();
            roomId = occurrence.roomId();
            teacherIds = new ArrayList<>(occurrence.teacherIds());
            note = occurrence.note();
        }
    }

    public void save() throws IOException {
        OccurrenceEdit edit = new OccurrenceEdit(heldOn, starts, ends, roomId, new HashSet<>(teacherIds), note, pupilClashApproved);
        try {
            if (occurrence.lessonId() != null) {
                admin.change(occurrence.lessonId(), occurrence.originalDay(), edit);
            } else if (occurrence.changeId() != null) {
                admin.changeExtra(occurrence.changeId(), edit);
            } else {
                admin.extra(occurrence.groupId(), edit);
            }
            done("timetable.saved", heldOn);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("occurrence:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public void cancelLesson() throws IOException {
        try {
            admin.cancel(occurrence.lessonId(), occurrence.originalDay(), note);
            done("timetable.cancelledSaved", occurrence.originalDay());
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public void undo() throws IOException {
        admin.undo(occurrence.changeId());
        done("timetable.undone", occurrence.originalDay() != null ? occurrence.originalDay() : occurrence.day());
    }

    private void done(String key, LocalDate shown) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        FacesMessages.info(key);
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                + "/staff/changes.xhtml?school=" + occurrence.schoolId() + "&date=" + shown);
    }

    public EditableOccurrence getOccurrence() {
        return occurrence;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalTime getStarts() {
        return starts;
    }

    public void setStarts(LocalTime starts) {
        this.starts = starts;
    }

    public LocalTime getEnds() {
        return ends;
    }

    public void setEnds(LocalTime ends) {
        this.ends = ends;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public List<Long> getTeacherIds() {
        return teacherIds;
    }

    public void setTeacherIds(List<Long> teacherIds) {
        this.teacherIds = teacherIds;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isPupilClashApproved() {
        return pupilClashApproved;
    }

    public void setPupilClashApproved(boolean pupilClashApproved) {
        this.pupilClashApproved = pupilClashApproved;
    }
}
