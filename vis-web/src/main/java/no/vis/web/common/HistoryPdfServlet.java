package no.vis.web.common;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.vis.assessment.HistoryService;
import no.vis.web.i18n.UserLocale;

/**
 * The history as a PDF: the pupil's own ({@code /pupil/history-pdf}) and a child's for a guardian
 * ({@code /guardian/history-pdf?child=}), behind those areas' logins. The service decides and logs; a child the guardian
 * may not see, or a bad id, is a 404. Only what is published is in it, as on the page.
 */
@WebServlet(urlPatterns = {"/pupil/history-pdf", "/guardian/history-pdf"})
public class HistoryPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HistoryService history;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(UserLocale.SESSION_ATTRIBUTE);
        java.util.Locale locale = java.util.Locale.forLanguageTag(chosen != null ? chosen.toString()
                : UserLocale.fromAcceptLanguage(request.getHeader("Accept-Language")));
        Optional<byte[]> pdf;
        if (request.getServletPath().startsWith("/pupil/")) {
            pdf = Optional.of(history.myHistoryPdf(locale));
        } else {
            String child = request.getParameter("child");
            pdf = child != null && child.matches("\\d{1,18}") ? history.childHistoryPdf(Long.parseLong(child), locale) : Optional.empty();
        }
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"historikk.pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.get().length);
        response.getOutputStream().write(pdf.get());
    }
}
