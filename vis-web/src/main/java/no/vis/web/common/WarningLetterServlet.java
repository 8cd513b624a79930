package no.vis.web.common;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.vis.absence.AbsenceService;
import no.vis.web.i18n.UserLocale;

/**
 * A warning's letter as a PDF, for the pupil or guardian who received it: an absence warning's at
 * {@code /pupil/warning-letter?id=} and {@code /guardian/warning-letter?id=}, one in orden or atferd at
 * {@code /pupil/conduct-letter?id=} and {@code /guardian/conduct-letter?id=} (behind those areas' logins).
 * Anything else — another's warning, no such warning, a bad id — is a 404, and the service has logged it.
 */
@WebServlet(urlPatterns = {"/pupil/warning-letter", "/guardian/warning-letter", "/pupil/conduct-letter", "/guardian/conduct-letter"})
public class WarningLetterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AbsenceService absences;

    @Inject
    transient no.vis.assessment.ConductService conduct;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        // the language chosen in the session (outside Faces: the session attribute), else the browser's
        var session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(UserLocale.SESSION_ATTRIBUTE);
        java.util.Locale locale = java.util.Locale.forLanguageTag(chosen != null ? chosen.toString()
                : UserLocale.fromAcceptLanguage(request.getHeader("Accept-Language")));
        boolean conductLetter = request.getServletPath().endsWith("/conduct-letter");
        Optional<byte[]> pdf = id == null || !id.matches("\\d{1,18}") ? Optional.empty()
                : conductLetter ? conduct.letter(Long.parseLong(id), locale) : absences.letter(Long.parseLong(id), locale);
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + (conductLetter ? "varsel-orden-atferd.pdf" : "varsel-fravaer.pdf") + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.get().length);
        response.getOutputStream().write(pdf.get());
    }
}
