package no.vis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The gate of the staff area ({@code /staff/*}): pages with pupils' personal data are never stored
 * by browsers or proxies. This is the one place where login attaches: pac4j's security filter and
 * the staff roles go here (issue 3); until then the staff pages are open.
 */
@WebFilter(filterName = "staffArea", urlPatterns = "/staff/*")
public class StaffAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
