package no.vis.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.pac4j.core.context.WebContext;
import org.pac4j.core.exception.http.HttpAction;
import org.pac4j.core.exception.http.WithLocationAction;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.http.adapter.JEEHttpActionAdapter;

/**
 * pac4j's answers as VIS pages: redirects as pac4j makes them; a refused login (400, 401) or a
 * refusal (403) through the container's error pages, in the user's language, instead of pac4j's
 * bare status.
 */
final class VisHttpActionAdapter extends JEEHttpActionAdapter {

    @Override
    public Object adapt(HttpAction action, WebContext context) {
        int code = action.getCode();
        if (action instanceof WithLocationAction || code < 400) {
            return super.adapt(action, context);
        }
        HttpServletResponse response = ((JEEContext) context).getNativeResponse();
        try {
            response.sendError(code == HttpServletResponse.SC_FORBIDDEN ? code : HttpServletResponse.SC_BAD_REQUEST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
