package no.vis.web.guardian;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import no.vis.assessment.GuardianHistory;
import no.vis.assessment.HistoryService;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /guardian/history.xhtml?child=}: a child's history as the guardian access policy lets the
 * guardian see it; a child they may not see — or none — is a 404 (the service has logged it).
 */
@Named("childHistory")
@RequestScoped
public class ChildHistoryBacking {

    @Inject
    HistoryService service;

    @Inject
    UserLocale userLocale;

    private GuardianHistory page;

    public void load() throws IOException {
        if (page != null) {
            return;
        }
        GuardianPages.Wanted wanted = GuardianPages.wanted();
        if (!wanted.valid()) {
            GuardianPages.notFound();
            return;
        }
        page = service.childHistory(wanted.id(), userLocale.getLocale());
        if (page.history() == null || page.chosen() == null) {
            GuardianPages.notFound();
        }
    }

    public GuardianHistory getPage() {
        return page;
    }
}
