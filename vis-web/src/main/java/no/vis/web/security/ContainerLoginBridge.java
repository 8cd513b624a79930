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

    @jakarta.inject.Inject
    no.vis.access.StaffDirectory staff;

    /** The session attribute holding the roles last read, for the requests that need no fresh read. */
    static final String ROLES_READ = "vis.rolesRead";

    /**
     * The roles for this request: read again for every page, Ajax and form request (a request for a
     * stylesheet, script or image of a page, which calls no service, reuses the page's). Empty when
     * they are no longer the ones the session was given: then the session is ended and the user logs
     * in again, so that no part of the container can go on with the roles of the login.
     */
    @SuppressWarnings("unchecked")
    private java.util.Optional<java.util.Set<String>> roles(HttpServletRequest request, UserProfile profile) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        java.util.Set<String> given = session.getAttribute(ROLES_READ) instanceof java.util.Set<?> read
                ? (java.util.Set<String>) read : java.util.Set.copyOf(profile.getRoles());
        if (request.getServletPath().startsWith("/jakarta.faces.resource/")) {
            return java.util.Optional.of(given);
        }
        java.util.Set<String> roles = java.util.Set.copyOf(currentRoles(profile));
        if (!roles.equals(given)) {
            session.invalidate(); // granted or withdrawn since: a new login gives the session its new roles
            return java.util.Optional.empty();
        }
        session.setAttribute(ROLES_READ, roles);
        // the session's start, for its absolute lifetime: the first request a login made
        if (session.getAttribute(SessionLifetimeFilter.STARTED) == null) {
            session.setAttribute(SessionLifetimeFilter.STARTED, java.time.Instant.now());
        }
        request.setAttribute(ROLES_READ, roles); // for the area filters: the roles this request was given
        return java.util.Optional.of(roles);
    }

    /**
     * A staff member's roles as they are now (one indexed query per request): a role the county
     * administrator withdraws is gone at the user's next request. Pupils' and guardians' roles come
     * with what they are, not from grants, and stay as the login found them.
     */
    private java.util.Set<String> currentRoles(UserProfile profile) {
        java.util.Optional<Long> staffId = no.vis.access.VisUserId.STAFF.idIn((String) profile.getAttribute(VisRoles.USER_ID));
        if (staffId.isEmpty()) {
            return profile.getRoles();
        }
        java.util.Set<String> roles = new java.util.HashSet<>();
        staff.currentRoles(staffId.get()).forEach(role -> roles.add(role.name()));
        return roles;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (request.getSession(false) == null) {
            return context.doNothing();
        }
        Optional<UserProfile> profile = new ProfileManager(new JEEContext(request, response), new JEESessionStore()).getProfile();
        Optional<UserProfile> known = profile.filter(p -> p.getAttribute(VisRoles.USER_ID) != null);
        if (known.isEmpty()) {
            return context.doNothing();
        }
        return roles(request, known.get())
                .map(roles -> context.notifyContainerAboutLogin((String) known.get().getAttribute(VisRoles.USER_ID), roles))
                .orElseGet(context::doNothing);
    }
}
