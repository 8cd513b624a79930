package no.vis.web.pupil;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vis.assessment.History;
import no.vis.assessment.HistoryService;
import no.vis.web.i18n.UserLocale;

/** Backs {@code /pupil/history.xhtml}: the pupil's own history, as published. */
@Named("pupilHistory")
@RequestScoped
public class PupilHistoryBacking {

    @Inject
    HistoryService service;

    @Inject
    UserLocale userLocale;

    private History history;

    public void load() {
        if (history == null) {
            history = service.myHistory(userLocale.getLocale());
        }
    }

    public History getHistory() {
        return history;
    }
}
