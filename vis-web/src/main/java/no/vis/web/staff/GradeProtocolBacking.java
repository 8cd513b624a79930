package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import no.vis.assessment.GradeEntry;
import no.vis.assessment.GradeLine;
import no.vis.assessment.GradeProtocolService;
import no.vis.assessment.GradeRules;
import no.vis.assessment.GradeSheet;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/grade-protocol.xhtml?group=&round=}: a group's grade protocol — one text field per
 * pupil for the grade (typed, Tab to the next), the fagmerknad and a note, the absence band and what
 * the limit proposes beside each pupil; save, submit, and for the office lock and open again. A save
 * from an older page is refused with the form kept, to reload.
 */
@Named("gradeProtocol")
@ViewScoped
public class GradeProtocolBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GradeProtocolService service;

    @Inject
    UserLocale userLocale;

    private String group;
    private String round;
    private GradeSheet sheet;
    private String refusal;
    private List<Row> rows = new ArrayList<>();
    private String reason;
    private boolean changedMeanwhile;

    /** A pupil's line on the form, with what was typed and each field's error (a message key). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final GradeLine line;
        private String value;
        private String remark;
        private String note;
        private String valueError;
        private String remarkError;
        private String noteError;

        Row(GradeLine line) {
            this.line = line;
            this.value = line.valueCode();
            this.remark = line.remark();
            this.note = line.note();
        }

        public GradeLine getLine() {
            return line;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getRemark() {
            return remark;
        }

        public void setRemark(String remark) {
            this.remark = remark;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getValueError() {
            return valueError;
        }

        public String getRemarkError() {
            return remarkError;
        }

        public String getNoteError() {
            return noteError;
        }

        /** What the browser sent for the line; a field it did not send keeps what the line shows. */
        void submit(String submittedValue, String submittedRemark, String submittedNote) {
            if (submittedValue != null) {
                value = submittedValue.strip();
            }
            if (submittedRemark != null) {
                remark = submittedRemark.isBlank() ? null : submittedRemark;
            }
            if (submittedNote != null) {
                note = submittedNote;
            }
        }

        void clearErrors() {
            valueError = null;
            remarkError = null;
            noteError = null;
        }
    }

    public void load() {
        if (sheet != null || refusal != null) {
            return;
        }
        Long g = StaffPages.id(group);
        Long r = StaffPages.id(round);
        if (g == null || r == null) {
            refusal = "grades.notYours";
            return;
        }
        try {
            show(service.open(g, r, userLocale.getLocale()));
        } catch (BusinessException e) {
            refusal = e.messageKey();
        }
    }

    private void show(GradeSheet next) {
        sheet = next;
        rows = new ArrayList<>();
        next.lines().forEach(l -> rows.add(new Row(l)));
        reason = null;
        changedMeanwhile = false;
    }

    public void save() {
        rows.forEach(Row::clearErrors);
        List<GradeEntry> entries = rows.stream().map(r -> new GradeEntry(r.line.pupilId(), r.value, r.remark, r.note)).toList();
        try {
            show(service.save(sheet.groupId(), sheet.roundId(), sheet.version(), entries, reason, userLocale.getLocale()));
            FacesMessages.info("grades.saved");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(this::fieldError);
            FacesMessages.error("grades.fixFields");
        } catch (BusinessException e) {
            failed(e);
        }
    }

    public void submit() {
        try {
            show(service.submit(sheet.groupId(), sheet.roundId(), sheet.version(), userLocale.getLocale()));
            FacesMessages.info("grades.submitted");
        } catch (BusinessException e) {
            failed(e);
        }
    }

    public void lock() {
        changeLock(true);
    }

    public void reopen() {
        changeLock(false);
    }

    private void changeLock(boolean locked) {
        try {
            show(service.lock(sheet.groupId(), sheet.roundId(), sheet.version(), locked, userLocale.getLocale()));
            FacesMessages.info(locked ? "grades.locked" : "grades.reopened");
        } catch (BusinessException e) {
            failed(e);
        }
    }

    private void failed(BusinessException e) {
        changedMeanwhile = "grades.changedMeanwhile".equals(e.messageKey());
        FacesMessages.error(e.messageKey(), e.arguments());
    }

    /** Reloads the protocol as saved now (after someone else's save). */
    public void reload() {
        show(service.open(sheet.groupId(), sheet.roundId(), userLocale.getLocale()));
    }

    private void fieldError(String field, String key) {
        int dash = field.indexOf('-');
        if (dash < 0) {
            FacesMessages.fieldError("protocol:" + field, key);
            return;
        }
        long pupil = Long.parseLong(field.substring(dash + 1));
        String kind = field.substring(0, dash);
        rows.stream().filter(r -> r.line.pupilId() == pupil).findFirst().ifPresentOrElse(r -> {
            switch (kind) {
                case "remark" -> r.remarkError = key;
                case "note" -> r.noteError = key;
                default -> r.valueError = key;
            }
        }, () -> FacesMessages.error(key));
    }

    /** The user's language, for the lines' labels. */
    java.util.Locale locale() {
        return userLocale.getLocale();
    }

    public List<String> getRemarks() {
        return GradeRules.REMARKS;
    }

    public GradeSheet getSheet() {
        return sheet;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isChangedMeanwhile() {
        return changedMeanwhile;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }
}
