package no.vis.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.pac4j.core.profile.ProfileManager;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.context.session.JEESessionStore;

/**
 * Hands the user that pac4j logged in to the container, so that the EJB services see the VIS user
 * id as the caller principal, with its roles, and {@code @RolesAllowed} holds even where a page
 * forgets a check. pac4j's filters keep doing the redirects, the callback and logout; this only
 * reads the profile pac4j keeps in the session. Users VIS does not know stay anonymous.
 */
@ApplicationScoped
public class ContainerLoginBridge implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (request.getSession(false) == null) {
            return context.doNothing();
        }
        Optional<UserProfile> profile = new ProfileManager(new JEEContext(request, response), new JEESessionStore()).getProfile();
        return profile.filter(p -> p.getAttribute(VisRoles.USER_ID) != null)
                .map(p -> context.notifyContainerAboutLogin((String) p.getAttribute(VisRoles.USER_ID), p.getRoles()))
                .orElseGet(context::doNothing);
    }
}
