package no.vis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. The Content-Security-Policy keeps VIS out of other sites'
 * frames (clickjacking), allows no plugins and no foreign scripts, styles, images or form targets.
 * On Faces pages PrimeFaces adds a second policy, {@code script-src 'self' 'nonce-…'} (web.xml,
 * {@code primefaces.CSP}); a browser enforces both, so there only scripts that VIS itself wrote
 * run. This policy must itself let inline scripts pass — it cannot know the nonce, and a script runs
 * only if every policy allows it — so the nonce policy is the one that restricts them. No referrer
 * leaves VIS: URLs can name pupils.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = policy("'self'");

    private final String frontChannelLogoutPolicy;

    /**
     * @param logoutFrameOrigin the origin (scheme, host, port) of the provider that may show a
     *        front-channel logout call to VIS in its frame; null for none
     */
    public SecurityHeadersFilter(String logoutFrameOrigin) {
        this.frontChannelLogoutPolicy = logoutFrameOrigin == null ? null : policy("'self' " + logoutFrameOrigin);
    }

    private static String policy(String frameAncestors) {
        return String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors " + frameAncestors);
    }

    /** The origin of a URL ({@code https://idporten.no} for its discovery URL), or null if it has none. */
    static String origin(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A front-channel logout call: the OIDC callback with {@code sid} and no authorization response. */
    static boolean isFrontChannelLogout(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/callback/")
                && request.getParameter("sid") != null && request.getParameter("code") == null
                && request.getParameter("state") == null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (frontChannelLogoutPolicy != null && isFrontChannelLogout(request)) {
            response.setHeader("Content-Security-Policy", frontChannelLogoutPolicy);
        } else {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, response);
    }
}
