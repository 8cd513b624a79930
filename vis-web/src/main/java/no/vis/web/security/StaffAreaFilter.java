package no.vis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import no.vis.access.Role;
import org.pac4j.core.profile.ProfileManager;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.context.session.JEESessionStore;

/**
 * The gate of the staff area ({@code /staff/*}), after pac4j has made sure someone is logged in:
 * only staff with a role that works with pupils pass. A person VIS does not know gets a plain page
 * saying so, others a 403 page; pages with pupils' personal data are never stored by browsers.
 */
public class StaffAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Roles that may use the staff pages that exist today. */
    static final Set<Role> STAFF_AREA = Set.of(Role.OFFICE, Role.TEACHER, Role.CONTACT_TEACHER, Role.COUNTY_ADMIN);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        // behind pac4j's filter the request's principal is pac4j's (the provider's sub): whether VIS
        // knows the person is told by the VIS user id the login gave the profile
        boolean known = new ProfileManager(new JEEContext(request, response), new JEESessionStore()).getProfile()
                .map(profile -> profile.getAttribute(VisRoles.USER_ID) != null).orElse(false);
        if (!known) {
            // logged in at the provider, but not a person VIS knows
            request.getRequestDispatcher("/errors/unknown-user.xhtml").forward(request, response);
            return;
        }
        if (STAFF_AREA.stream().noneMatch(role -> request.isUserInRole(role.name()))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
