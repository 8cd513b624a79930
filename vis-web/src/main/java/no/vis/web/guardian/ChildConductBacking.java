package no.vis.web.guardian;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import no.vis.assessment.ConductService;
import no.vis.assessment.GuardianConduct;

/**
 * Backs {@code /guardian/conduct.xhtml?child=}: a child's orden and atferd where the county shows them to guardians
 * (a notice where it does not); a child the guardian may not see is a 404 (the service has logged it).
 */
@Named("childConduct")
@RequestScoped
public class ChildConductBacking {

    @Inject
    ConductService service;

    private GuardianConduct page;

    public void load() throws IOException {
        if (page != null) {
            return;
        }
        GuardianPages.Wanted wanted = GuardianPages.wanted();
        if (!wanted.valid()) {
            GuardianPages.notFound();
            return;
        }
        page = service.childConduct(wanted.id());
        if (page.chosen() == null) {
            GuardianPages.notFound();
        }
    }

    public GuardianConduct getPage() {
        return page;
    }
}
