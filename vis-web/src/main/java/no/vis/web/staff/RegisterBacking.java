package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import no.vis.absence.AbsenceKind;
import no.vis.absence.RegisterEntry;
import no.vis.absence.RegisterLine;
import no.vis.absence.RegisterService;
import no.vis.absence.RegisterSheet;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.timetable.LessonLookup;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/register.xhtml?lesson=}: one lesson's register. Every pupil is present until
 * marked absent, late or left early (with minutes); one save. A second teacher's save of the same
 * register is refused with a message and the form kept, to reload and compare.
 */
@Named("register")
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterService registers;

    @Inject
    UserLocale userLocale;

    private String lesson;
    private RegisterSheet sheet;
    private String refusal;
    private List<Row> rows = new ArrayList<>();
    private String reason;
    private boolean changedMeanwhile;

    /** A pupil's line on the form: state is PRESENT or an {@link AbsenceKind}'s name. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RegisterLine line;
        private String state;
        private Integer minutes;
        private Long codeId;

        Row(RegisterLine line, Long defaultCode) {
            this.line = line;
            this.state = line.kind() == null ? "PRESENT" : line.kind().name();
            this.minutes = line.kind() != null && line.kind().isLateness() ? line.minutes() : null;
            this.codeId = line.codeId() != null ? line.codeId() : defaultCode;
        }

        public RegisterLine getLine() {
            return line;
        }

        public String getState() {
            return state;
        }

        public void setState(String state) {
            this.state = state;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }

        public Long getCodeId() {
            return codeId;
        }

        public void setCodeId(Long codeId) {
            this.codeId = codeId;
        }

        RegisterEntry entry() {
            if ("PRESENT".equals(state) || state == null) {
                return RegisterEntry.present(line.pupilId());
            }
            AbsenceKind kind = AbsenceKind.valueOf(state);
            return new RegisterEntry(line.pupilId(), kind, kind.isLateness() ? minutes : null, codeId);
        }
    }

    public void load() {
        if (sheet != null || refusal != null) {
            return; // a postback
        }
        if (!LessonLookup.isKey(lesson)) {
            refusal = "register.notYours";
            return;
        }
        open();
    }

    private void open() {
        try {
            sheet = registers.open(lesson, userLocale.getLocale());
            rows = new ArrayList<>();
            sheet.lines().forEach(l -> rows.add(new Row(l, sheet.defaultCodeId())));
            reason = null;
            changedMeanwhile = false;
        } catch (BusinessException e) {
            refusal = e.messageKey();
            sheet = null;
        }
    }

    public void save() {
        List<RegisterEntry> entries = rows.stream().filter(r -> !r.getLine().lockedByDayAbsence()).map(Row::entry).toList();
        try {
            registers.save(sheet.key(), sheet.version(), entries, reason);
            open();
            FacesMessages.info("register.saved");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError(clientIdOf(field), key));
        } catch (BusinessException e) {
            changedMeanwhile = "register.changedMeanwhile".equals(e.messageKey());
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** Reloads the register as saved now (after another teacher's save). */
    public void reload() {
        open();
    }

    /** The form's client id of a service field ("minutes-12" is the row of pupil 12's minutes). */
    private String clientIdOf(String field) {
        int dash = field.indexOf('-');
        if (dash < 0) {
            return "register:" + field;
        }
        long pupil = Long.parseLong(field.substring(dash + 1));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getLine().pupilId() == pupil) {
                return "register:lines:" + i + ":" + field.substring(0, dash);
            }
        }
        return "register";
    }

    public List<String> getStates() {
        return List.of("PRESENT", AbsenceKind.ABSENT.name(), AbsenceKind.LATE.name(), AbsenceKind.LEFT_EARLY.name());
    }

    public RegisterSheet getSheet() {
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

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }
}
