package no.vis.web.guardian;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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
        String child = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("child");
        Long wanted = child != null && child.matches("\\d{1,18}") ? Long.valueOf(child) : null;
        if (child != null && !child.isBlank() && wanted == null) {
            notFound();
            return;
        }
        page = service.childConduct(wanted);
        if (page.chosen() == null) {
            notFound();
        }
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public GuardianConduct getPage() {
        return page;
    }
}
