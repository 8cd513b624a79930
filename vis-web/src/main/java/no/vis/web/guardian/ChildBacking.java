package no.vis.web.guardian;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import no.vis.guardianship.ChildView;
import no.vis.guardianship.GuardianService;

/**
 * Backs {@code /guardian/child.xhtml?id=}: one child, as the guardian access policy allows. Any
 * other id — another family's child, one no longer visible, one that does not exist — is a plain
 * 404, and the service has logged the attempt.
 */
@Named("childPage")
@RequestScoped
public class ChildBacking {

    @Inject
    GuardianService guardians;

    private String id;
    private ChildView view;

    public void load() throws IOException {
        if (id != null && id.matches("\\d{1,18}")) {
            view = guardians.child(Long.parseLong(id)).orElse(null);
        }
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public ChildView getView() {
        return view;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
