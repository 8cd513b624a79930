package no.vis.web.guardian;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** What the guardian's child pages share: the {@code child} parameter, and the 404 for a child the guardian may not see. */
final class GuardianPages {

    /** The child asked for: {@code id} null when none was asked for (the first child); not {@code valid} when malformed. */
    record Wanted(boolean valid, Long id) {
    }

    private GuardianPages() {
    }

    static Wanted wanted() {
        String child = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("child");
        if (child == null || child.isBlank()) {
            return new Wanted(true, null);
        }
        return child.matches("\\d{1,18}") ? new Wanted(true, Long.valueOf(child)) : new Wanted(false, null);
    }

    /** Answers 404: another family's child looks the same as none (the service has logged the attempt). */
    static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
