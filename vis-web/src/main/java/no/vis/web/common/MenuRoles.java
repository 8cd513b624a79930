package no.vis.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import no.vis.access.Role;

/**
 * The caller's roles (and the installation's choices) for the layout's menu, asked of the container once a request: the menu's
 * conditions read properties ({@code #{menuRoles.office}}) instead of invoking
 * {@code request.isUserInRole} a dozen times a page (each such call looks the method up by reflection).
 */
@Named("menuRoles")
@RequestScoped
public class MenuRoles {

    private final Map<Role, Boolean> asked = new EnumMap<>(Role.class);

    @jakarta.inject.Inject
    no.vis.platform.VisSettings settings;

    private boolean has(Role role) {
        return asked.computeIfAbsent(role, r -> FacesContext.getCurrentInstance().getExternalContext().isUserInRole(r.name()));
    }

    public boolean isPupil() {
        return has(Role.PUPIL);
    }

    public boolean isGuardian() {
        return has(Role.GUARDIAN);
    }

    /** A teacher or a contact teacher. */
    public boolean isTeaching() {
        return has(Role.TEACHER) || has(Role.CONTACT_TEACHER);
    }

    /** Office staff or the county's administrators. */
    public boolean isOffice() {
        return has(Role.OFFICE) || has(Role.COUNTY_ADMIN);
    }

    /** Whether the office's term report to Lånekassen is offered here (VIS_LANEKASSEN_TERM_REPORT). */
    public boolean isTermReport() {
        return settings.lanekassenTermReport();
    }

    public boolean isItOperations() {
        return has(Role.IT_OPERATIONS);
    }
}
