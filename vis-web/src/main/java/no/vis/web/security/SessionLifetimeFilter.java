package no.vis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * An absolute lifetime for a login, besides the idle timeout: a session that began longer ago than
 * the lifetime (default 8 hours, {@code vis.session.max-hours}) is ended on its next request, however
 * busy it has been, and the area's login filter asks for a new login. The clock starts at the login's
 * first request (set by {@link ContainerLoginBridge}). The provider may still hold its own session and
 * log the user straight back in: its lifetime is the provider's to keep.
 */
public class SessionLifetimeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String STARTED = "vis.sessionStarted";

    private final Duration lifetime;

    public SessionLifetimeFilter(Duration lifetime) {
        this.lifetime = lifetime.isNegative() || lifetime.isZero() ? Duration.ofHours(8) : lifetime; // 0 would lock everyone out
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            // the clock starts at the login's first request (ContainerLoginBridge), not at a public page
            if (session.getAttribute(STARTED) instanceof Instant started && expired(started, Instant.now(), lifetime)) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether a session that started then has outlived the lifetime now. */
    static boolean expired(Instant started, Instant now, Duration lifetime) {
        return !now.isBefore(started.plus(lifetime));
    }
}
