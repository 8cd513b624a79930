package no.vis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * Around the OIDC callback: a login that cannot be completed — an unknown client name in the URL,
 * a missing or forged {@code state}, a code used twice, a token that does not validate — ends on a
 * plain page (400) that says so, never a stack trace or a 500. The log line names the reason but
 * never the request's parameters (codes, tokens).
 */
public class LoginErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(LoginErrorFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            LOG.log(Level.WARNING, "Login refused at {0}: {1} at {2}", request.getRequestURI().replaceAll("[^A-Za-z0-9/_-]", "?"),
                    e.getClass().getSimpleName(), where(e));
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof LoginRefusedException refused) {
                    request.setAttribute(LoginRefusedException.REASON, refused.messageKey());
                }
            }
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "login");
            }
        }
    }

    /** Where the innermost cause was thrown (class, method, line): code only, never a message. */
    static String where(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] stack = root.getStackTrace();
        return stack.length == 0 ? "?" : root.getClass().getSimpleName() + " in " + stack[0];
    }
}
