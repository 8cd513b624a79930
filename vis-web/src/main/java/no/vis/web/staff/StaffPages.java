package no.vis.web.staff;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import no.vis.school.SchoolOption;
import no.vis.web.common.FacesMessages;

/** Small helpers the office's year-building pages share: view parameters and a redirect with a message. */
final class StaffPages {

    private StaffPages() {
    }

    /** The school of the {@code school} parameter when it is one of the options, else the first option (none: null). */
    static Long chosenSchool(List<SchoolOption> options, String school) {
        return options.stream().map(SchoolOption::id).filter(id -> school != null && school.equals(Long.toString(id))).findFirst()
                .orElse(options.isEmpty() ? null : options.get(0).id());
    }

    /** A view parameter that names an id, or null. */
    static Long id(String parameter) {
        return parameter != null && parameter.matches("\\d{1,18}") ? Long.valueOf(parameter) : null;
    }

    /** Shows the message after redirecting to the page (a path from the context root with its query). */
    static void redirect(String path, String messageKey, Object... arguments) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        FacesMessages.info(messageKey, arguments);
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
    }
}
