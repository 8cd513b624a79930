package no.vis.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backs the accessibility statement ({@code /accessibility.xhtml}, tilgjengelighetserklæring):
 * where users send feedback on accessibility. {@code vis.accessibility.contact}
 * ({@code VIS_ACCESSIBILITY_CONTACT}) is an e-mail address or an https address of a form; unset,
 * the page tells users to contact their school's office, which every user has.
 */
@Named("accessibilityStatement")
@ApplicationScoped
public class AccessibilityStatement {

    /** Uu-tilsynet (Tilsynet for universell utforming av IKT), where users may report shortcomings. */
    public static final String SUPERVISOR_URL = "https://www.uutilsynet.no/";

    @Inject
    @ConfigProperty(name = "vis.accessibility.contact")
    Optional<String> contact;

    /** The contact as given, or null when none is configured. */
    public String getContact() {
        return contact.map(String::strip).filter(c -> !c.isEmpty()).orElse(null);
    }

    /** The contact as a link target: {@code mailto:} for an e-mail address; null when none is configured. */
    public String getContactHref() {
        return href(getContact());
    }

    static String href(String contact) {
        if (contact == null) {
            return null;
        }
        if (contact.startsWith("https://") || contact.startsWith("http://")) {
            return contact;
        }
        return contact.matches("[^@\\s:]+@[^@\\s:]+") ? "mailto:" + contact : null;
    }

    public String getSupervisorUrl() {
        return SUPERVISOR_URL;
    }
}
