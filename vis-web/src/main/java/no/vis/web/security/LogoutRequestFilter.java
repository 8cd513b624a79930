package no.vis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * In front of {@code /logout}: only a POST from VIS's own pages logs a user out. A link or an image
 * on a foreign page (a GET), or a form on a foreign site (the browser says {@code cross-site} in
 * {@code Sec-Fetch-Site}, or names another {@code Origin}), gets 405 or 403 and the session stays.
 * The session cookie's SameSite=Lax keeps it out of foreign POSTs as well.
 */
public class LogoutRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final String ownOrigin;

    /** @param ownOrigin VIS's origin as users reach it ({@code https://vis.example.no}) */
    public LogoutRequestFilter(String ownOrigin) {
        this.ownOrigin = ownOrigin;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!fromOwnPage(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), ownOrigin,
                requestOrigin(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String requestOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    /**
     * Whether the request came from a page of VIS. Current browsers say so in {@code Sec-Fetch-Site},
     * which decides when present ({@code same-origin}; a typed or bookmarked request is {@code none}).
     * Otherwise {@code Origin}, when present, must be VIS's own — or {@code null}, which browsers send
     * for VIS's own forms under its {@code Referrer-Policy: no-referrer}; a foreign form gets no
     * session cookie anyway (SameSite=Lax).
     */
    static boolean fromOwnPage(String secFetchSite, String origin, String ownOrigin, String requestOrigin) {
        if (secFetchSite != null) {
            return secFetchSite.equals("same-origin") || secFetchSite.equals("none");
        }
        return origin == null || origin.equals("null") || origin.equals(ownOrigin) || origin.equals(requestOrigin);
    }
}
