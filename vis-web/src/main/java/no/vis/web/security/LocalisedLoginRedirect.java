package no.vis.web.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import no.vis.web.i18n.UserLocale;
import org.pac4j.core.context.WebContext;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.redirect.OidcRedirectionActionBuilder;

/**
 * The authorization request with {@code ui_locales}: the login provider speaks the language the
 * user chose in VIS, or else the best of bokmål, nynorsk and English for the browser's
 * Accept-Language. pac4j's own custom parameters are fixed per client, so this is per request.
 */
final class LocalisedLoginRedirect extends OidcRedirectionActionBuilder {

    static final String UI_LOCALES = "ui_locales";

    LocalisedLoginRedirect(OidcClient client) {
        super(client);
    }

    @Override
    protected Map<String, String> buildParams(WebContext webContext) {
        Map<String, String> params = super.buildParams(webContext);
        params.put(UI_LOCALES, language(webContext));
        return params;
    }

    static String language(WebContext webContext) {
        if (webContext instanceof JEEContext jee) {
            HttpSession session = jee.getNativeRequest().getSession(false);
            if (session != null && session.getAttribute(UserLocale.SESSION_ATTRIBUTE) instanceof String chosen) {
                return chosen;
            }
        }
        return UserLocale.fromAcceptLanguage(webContext.getRequestHeader("Accept-Language").orElse(null));
    }
}
