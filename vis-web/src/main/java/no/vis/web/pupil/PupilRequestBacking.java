package no.vis.web.pupil;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.vis.absence.AbsenceEntryView;
import no.vis.absence.AbsenceRequestService;
import no.vis.absence.AbsenceService;
import no.vis.absence.RequestKind;
import no.vis.absence.RequestView;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /pupil/absence-request.xhtml?entry=}: the pupil asks that documentation be registered for
 * one of their absences, or says they were present — a choice, never free text — and sees their requests
 * and what the contact teacher decided. Without an entry (or with one that is not theirs): the list only.
 */
@Named("pupilRequest")
@ViewScoped
public class PupilRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AbsenceRequestService requests;

    @Inject
    AbsenceService absences;

    @Inject
    UserLocale userLocale;

    private String entryParameter;
    private AbsenceEntryView entry;
    private RequestKind kind;
    private List<RequestView> mine = List.of();
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Long id = parse(entryParameter);
        if (id != null) {
            entry = absences.myAbsence(userLocale.getLocale()).entries().stream().filter(e -> e.absenceId() == id).findFirst().orElse(null);
        }
        mine = requests.mine(userLocale.getLocale());
    }

    private static Long parse(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void send() {
        try {
            requests.send(entry.absenceId(), kind);
            entry = null;
            mine = requests.mine(userLocale.getLocale());
            FacesMessages.info("request.sent");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("request:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public List<RequestKind> getKinds() {
        return List.of(RequestKind.values());
    }

    public AbsenceEntryView getEntry() {
        return entry;
    }

    public List<RequestView> getMine() {
        return mine;
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public String getEntryParameter() {
        return entryParameter;
    }

    public void setEntryParameter(String entryParameter) {
        this.entryParameter = entryParameter;
    }
}
