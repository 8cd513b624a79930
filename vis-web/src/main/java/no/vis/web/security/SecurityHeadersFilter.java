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

    /** One year: browsers then use only HTTPS for VIS (sent only over TLS, as the standard says). */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    /** The origins the policies name, as the login providers' metadata gives them (read when first needed). */
    public record Origins(java.util.List<String> loginOrigins, java.util.List<String> logoutFrameOrigins, boolean complete) {
    }

    private final java.util.function.Supplier<Origins> origins;
    private volatile boolean complete;
    private volatile String contentSecurityPolicy;
    private volatile String frontChannelLogoutPolicy;

    /**
     * @param origins the login providers' origins — every one a form may lead to (the logout form is
     *        answered with a redirect to the provider's end-session endpoint, an expired page's form
     *        with one to its authorization endpoint) and those that may frame a front-channel logout
     *        call. Asked again until it answers with what the metadata says: the first answer may be
     *        the discovery URLs' origins only, while a provider cannot be reached.
     */
    public SecurityHeadersFilter(java.util.function.Supplier<Origins> origins) {
        this.origins = origins;
    }

    private volatile long lastAsked;

    /** The policies, from the origins; asked again at most once a minute while they are incomplete. */
    private void ensurePolicies() {
        long now = System.nanoTime();
        if (contentSecurityPolicy != null && (complete || now - lastAsked < 60_000_000_000L)) {
            return;
        }
        lastAsked = now;
        Origins answer = origins.get();
        String[] policies = policies(answer);
        contentSecurityPolicy = policies[0];
        frontChannelLogoutPolicy = policies[1];
        complete = answer.complete();
    }

    /** The page policy and the front-channel logout policy (null without framing origins) for these origins. */
    static String[] policies(Origins origins) {
        String formAction = joined("'self'", origins.loginOrigins());
        return new String[] {policy("'self'", formAction),
            origins.logoutFrameOrigins().isEmpty() ? null : policy(joined("'self'", origins.logoutFrameOrigins()), formAction)};
    }

    private static String joined(String first, java.util.List<String> more) {
        return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(first),
                more.stream().filter(java.util.Objects::nonNull)).distinct().toList());
    }

    private static String policy(String frameAncestors, String formAction) {
        return String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action " + formAction,
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
        ensurePolicies();
        if (frontChannelLogoutPolicy != null && isFrontChannelLogout(request)) {
            response.setHeader("Content-Security-Policy", frontChannelLogoutPolicy);
        } else {
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        if (request.isSecure()) { // also behind a proxy that ends TLS (X-Forwarded-Proto, VIS_BEHIND_PROXY)
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, response);
    }
}
