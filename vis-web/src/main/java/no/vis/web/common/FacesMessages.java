package no.vis.web.common;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.vis.web.i18n.UserLocale;

/** Messages for the user from the VIS bundle, in the language of the current view. */
public final class FacesMessages {

    public static final String BUNDLE = "no.vis.web.i18n.messages";

    private FacesMessages() {
    }

    /**
     * An error shown next to the field with this client id; the field is marked invalid (for
     * screen readers too: aria-invalid) when it is in the component tree already, and keeps what
     * the user typed.
     */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getViewRoot() != null
                && context.getViewRoot().findComponent(clientId) instanceof EditableValueHolder input) {
            // an invalid input shows its submitted value: after the model update (a service refusing
            // the input) that is gone, so give it back what the user typed, or the field comes back empty
            if (input.getSubmittedValue() == null) {
                String typed = context.getExternalContext().getRequestParameterMap().get(clientId);
                if (typed != null) {
                    input.setSubmittedValue(typed);
                }
            }
            input.setValid(false);
        }
    }

    /** A confirmation for the whole page. */
    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    /** An error for the whole page. */
    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        // the user's language, not the view's: on a GET the view gets its locale only when rendered
        String text = text(CDI.current().select(UserLocale.class).get().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, text));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            context.validationFailed();
        }
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            String pattern = bundle.getString(key);
            // MessageFormat only for texts with arguments: it would eat the apostrophes of the others
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
