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
 * The gate of an area ({@code /staff/*}, {@code /guardian/*}), after pac4j has made sure someone
 * is logged in: only users with one of the area's roles pass. A person VIS does not know gets a
 * plain page saying so and whom to contact, others a 403 page. Pages of an area hold personal data
 * and are never stored by browsers. The EJB services check the roles again.
 */
public class AreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(AreaFilter.class.getName());

    /** The staff area: every staff role. */
    static final Set<Role> STAFF = Set.of(Role.OFFICE, Role.TEACHER, Role.CONTACT_TEACHER, Role.IT_OPERATIONS,
            Role.COUNTY_ADMIN);
    /** Pages with pupil lists: staff who work with pupils. */
    static final Set<Role> PUPIL_LISTS = Set.of(Role.OFFICE, Role.TEACHER, Role.CONTACT_TEACHER, Role.COUNTY_ADMIN);
    static final Set<Role> GUARDIANS = Set.of(Role.GUARDIAN);
    /** registering guardians and consents, searching the access log */
    static final Set<Role> GUARDIAN_ADMINISTRATION = Set.of(Role.OFFICE, Role.COUNTY_ADMIN);
    static final Set<Role> PUPILS = Set.of(Role.PUPIL);
    /** a teacher's own week and groups */
    static final Set<Role> TEACHING = Set.of(Role.TEACHER, Role.CONTACT_TEACHER);

    private final Set<Role> roles;

    AreaFilter(Set<Role> roles) {
        this.roles = Set.copyOf(roles);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        // behind pac4j's filter the request's principal is pac4j's (the provider's sub): whether VIS
        // knows the person is told by the VIS user id the login gave the profile
        var profile = new ProfileManager(new JEEContext(request, response), new JEESessionStore()).getProfile();
        boolean known = profile.map(p -> p.getAttribute(VisRoles.USER_ID) != null).orElse(false);
        if (!known) {
            request.getRequestDispatcher("/errors/unknown-user.xhtml").forward(request, response);
            return;
        }
        if (roles.stream().noneMatch(role -> hasRole(request, role))) {
            // the VIS user id is pseudonymous (staff:12, guardian:7); no query string, which may name a pupil
            LOG.log(System.Logger.Level.WARNING, "Refused {0} at {1}", profile.get().getAttribute(VisRoles.USER_ID),
                    request.getRequestURI().replaceAll("[^A-Za-z0-9/._-]", "?"));
            logRefusal(request);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the user has the role now: the roles the login bridge read for this very request (the
     * ones the EJB services see), else the container's answer. The container's web layer may keep the
     * roles it was first given for the session; a withdrawn role must close the area at once.
     */
    private static boolean hasRole(HttpServletRequest request, Role role) {
        return request.getAttribute(ContainerLoginBridge.ROLES_READ) instanceof Set<?> current
                ? current.contains(role.name()) : request.isUserInRole(role.name());
    }

    /** The refused attempt in the access log (searchable by the county administrator), by path only. */
    private static void logRefusal(HttpServletRequest request) {
        try {
            String path = request.getRequestURI().substring(request.getContextPath().length()).replaceAll("[^A-Za-z0-9/._-]", "?");
            jakarta.enterprise.inject.spi.CDI.current().select(no.vis.privacy.AccessLog.class).get()
                    .refused(null, null, null, "page " + path);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not write a refusal to the access log: {0}", e.getClass().getName());
        }
    }
}
