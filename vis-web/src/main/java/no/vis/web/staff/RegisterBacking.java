package no.vis.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    static final String PRESENT = "PRESENT";
    private static final List<String> STATES = List.of(PRESENT, AbsenceKind.ABSENT.name(), AbsenceKind.LATE.name(),
            AbsenceKind.LEFT_EARLY.name());

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
    /** Whether the form on the page shows errors (or a notice) that a good save must take away. */
    private boolean errorsShown;

    /**
     * A pupil's line on the form: state is PRESENT or an {@link AbsenceKind}'s name; the minutes as
     * typed (checked on save); a field's error, as a message key, shown next to it ({@link RegisterLines}).
     */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RegisterLine line;
        private String state;
        private String minutesText;
        private Long codeId;
        private String minutesError;
        private String codeError;

        Row(RegisterLine line, Long defaultCode) {
            this.line = line;
            this.state = line.kind() == null ? PRESENT : line.kind().name();
            this.minutesText = line.kind() != null && line.kind().isLateness() && line.minutes() != null
                    ? line.minutes().toString() : null;
            this.codeId = line.codeId() != null ? line.codeId() : defaultCode;
        }

        /** What the browser sent for the line; a field it did not send, or sent garbled, keeps what the line shows. */
        void submit(String submittedState, String minutes, String code) {
            minutesError = null;
            codeError = null;
            if (submittedState != null && STATES.contains(submittedState)) {
                state = submittedState; // anything else (a tampered request) keeps the line as it was
            }
            if (minutes != null) {
                minutesText = minutes.strip();
            }
            if (code != null) {
                try {
                    codeId = Long.valueOf(code.strip());
                } catch (NumberFormatException e) {
                    codeId = null;
                    codeError = "register.code.invalid";
                }
            }
        }

        public RegisterLine getLine() {
            return line;
        }

        public String getState() {
            return state;
        }

        public String getMinutesText() {
            return minutesText;
        }

        public Long getCodeId() {
            return codeId;
        }

        public String getMinutesError() {
            return minutesError;
        }

        public String getCodeError() {
            return codeError;
        }

        boolean hasError() {
            return minutesError != null || codeError != null;
        }

        /** The entry to save; null with the field's error set when the minutes are not a number. */
        RegisterEntry entry() {
            if (PRESENT.equals(state)) {
                return RegisterEntry.present(line.pupilId());
            }
            AbsenceKind kind = AbsenceKind.valueOf(state);
            Integer minutes = null;
            if (kind.isLateness() && minutesText != null && !minutesText.isEmpty()) {
                try {
                    minutes = Integer.valueOf(minutesText);
                } catch (NumberFormatException e) {
                    minutesError = "register.minutes.range";
                    return null;
                }
            }
            return codeError != null ? null : new RegisterEntry(line.pupilId(), kind, minutes, codeId);
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
            errorsShown = false;
        } catch (BusinessException e) {
            refusal = e.messageKey();
            sheet = null;
        }
    }

    /**
     * Saves the lines as the browser sent them ({@link RegisterLines} decoded them). The page shows the
     * saved lines as they are: the register is not read again (nothing else can have changed it, or
     * the save would have been refused).
     */
    public void save() {
        List<RegisterEntry> entries = new ArrayList<>();
        boolean bad = false;
        for (Row row : rows) {
            if (!row.getLine().lockedByDayAbsence()) {
                RegisterEntry entry = row.entry();
                bad |= entry == null;
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        if (bad) {
            FacesMessages.error("register.fixFields");
            renderForm();
            return;
        }
        try {
            RegisterSheet before = sheet;
            boolean hadErrors = errorsShown || changedMeanwhile || reason != null && !reason.isBlank();
            sheet = sheet.saved(registers.save(sheet.key(), sheet.version(), entries, reason));
            reason = null;
            changedMeanwhile = false;
            FacesMessages.info("register.saved");
            // the lines are as the teacher sent them: the form is sent again only when what it shows around them changed
            // (the first save asks for a reason next time, the deadline passed, a reason to clear, a notice to take away)
            errorsShown = false;
            if (hadErrors || before.isTaken() != sheet.isTaken() || before.afterDeadline() != sheet.afterDeadline()) {
                renderForm();
            }
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(this::fieldError);
            FacesMessages.error("register.fixFields");
            renderForm();
        } catch (BusinessException e) {
            changedMeanwhile = "register.changedMeanwhile".equals(e.messageKey());
            FacesMessages.error(e.messageKey(), e.arguments());
            renderForm();
        }
    }

    /** The save's answer includes the form (its lines with their errors, the reason, the notices). */
    private void renderForm() {
        errorsShown = !FacesContext.getCurrentInstance().getMessageList().stream()
                .allMatch(m -> m.getSeverity() == jakarta.faces.application.FacesMessage.SEVERITY_INFO) || rows.stream().anyMatch(Row::hasError);
        org.primefaces.PrimeFaces.current().ajax().update("register");
    }

    /** A service field's error on its line ("minutes-12": pupil 12's minutes) or on the reason. */
    private void fieldError(String field, String key) {
        int dash = field.indexOf('-');
        if (dash < 0) {
            FacesMessages.fieldError("register:" + field, key);
            return;
        }
        long pupil = Long.parseLong(field.substring(dash + 1));
        rows.stream().filter(r -> r.getLine().pupilId() == pupil).findFirst().ifPresent(r -> {
            if (field.startsWith("minutes")) {
                r.minutesError = key;
            } else {
                r.codeError = key;
            }
        });
    }

    /** Reloads the register as saved now (after another teacher's save). */
    public void reload() {
        open();
    }

    public List<String> getStates() {
        return STATES;
    }

    /** The user's language, for the lines' labels. */
    Locale locale() {
        return userLocale.getLocale();
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
