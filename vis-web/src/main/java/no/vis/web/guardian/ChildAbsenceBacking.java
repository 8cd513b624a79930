package no.vis.web.guardian;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import no.vis.absence.AbsenceService;
import no.vis.absence.GuardianAbsence;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /guardian/absence.xhtml?child=}: a child's absence as the guardian access policy lets
 * the guardian see it; a child they may not see — or none — is a 404 (the service has logged it).
 */
@Named("childAbsence")
@RequestScoped
public class ChildAbsenceBacking {

    @Inject
    AbsenceService absences;

    @Inject
    UserLocale userLocale;

    private GuardianAbsence page;

    public void load() throws IOException {
        if (page != null) {
            return;
        }
        GuardianPages.Wanted wanted = GuardianPages.wanted();
        if (!wanted.valid()) {
            GuardianPages.notFound();
            return;
        }
        page = absences.guardianAbsence(wanted.id(), userLocale.getLocale());
        if (page.absence() == null || page.chosen() == null) {
            GuardianPages.notFound();
        }
    }

    public GuardianAbsence getPage() {
        return page;
    }
}
