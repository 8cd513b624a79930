package no.vis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.function.Supplier;

/**
 * In front of the OIDC callback: a call with a {@code sid} — a front-channel logout
 * ({@code /callback/idporten?iss=…&sid=…}), or anything pac4j would take for one — must name the
 * issuer of that client's provider in {@code iss}; a {@code logout_token} (back-channel logout, which
 * VIS does not offer) is refused. Either is a 400 and ends no session. (pac4j ends a session by
 * {@code sid} alone.)
 */
public class FrontChannelLogoutCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(FrontChannelLogoutCheck.class.getName());

    /** Client name (the callback path's last part) → its provider's issuer, read from the discovery document. */
    private final Map<String, Supplier<String>> issuers;

    public FrontChannelLogoutCheck(Map<String, Supplier<String>> issuers) {
        this.issuers = Map.copyOf(issuers);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter("logout_token") != null) {
            // back-channel logout is not registered with any provider, and pac4j would read the token unsigned
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // pac4j treats any callback with a sid as a logout, whatever else it carries: every one is checked
        if (request.getParameter("sid") != null) {
            String client = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
            Supplier<String> issuer = issuers.get(client);
            String iss = request.getParameter("iss");
            String sid = request.getParameter("sid");
            if (issuer == null || iss == null || sid == null || sid.isBlank() || !iss.equals(issuer.get())) {
                LOG.log(Level.WARNING, "Front-channel logout refused at /callback/{0}: issuer or sid missing or wrong",
                        client.replaceAll("[^A-Za-z0-9_-]", "?"));
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
