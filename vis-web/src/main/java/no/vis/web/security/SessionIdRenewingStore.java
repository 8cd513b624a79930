package no.vis.web.security;

import org.pac4j.core.context.WebContext;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.context.session.JEESessionStore;

/**
 * pac4j's session store, renewing the session at login by giving it a new id
 * ({@code HttpServletRequest.changeSessionId()}) rather than by invalidating it and copying its
 * attributes into a new one. The id changes all the same (no session fixation), while the session
 * itself — and the front-channel logout registry's hold on it ({@link LoginSessions}) — stays.
 */
@jakarta.enterprise.inject.Vetoed // not a CDI bean: pac4j's producer makes the session store
final class SessionIdRenewingStore extends JEESessionStore {

    @Override
    public boolean renewSession(WebContext context) {
        var request = ((JEEContext) context).getNativeRequest();
        if (request.getSession(false) == null) {
            request.getSession(true);
        } else {
            request.changeSessionId();
        }
        return true;
    }
}
