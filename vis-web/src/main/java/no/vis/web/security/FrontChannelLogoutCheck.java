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
 * In front of the OIDC callback: a front-channel logout call ({@code /callback/idporten?iss=…&sid=…})
 * must name the issuer of that client's provider in {@code iss} and carry a {@code sid}; anything else
 * is a 400 and ends no session. (pac4j ends the session by {@code sid} alone.)
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
        if (SecurityHeadersFilter.isFrontChannelLogout(request)) {
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
