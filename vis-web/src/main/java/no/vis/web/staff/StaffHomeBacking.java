package no.vis.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import no.vis.access.Role;
import no.vis.access.SchoolRoles;
import no.vis.access.StaffDirectory;

/** Backs {@code /staff/index.xhtml}: the schools the user works at, with their roles there. */
@Named("staffHome")
@RequestScoped
public class StaffHomeBacking {

    private static final Set<Role> SEE_PUPILS = Set.of(Role.OFFICE, Role.TEACHER, Role.CONTACT_TEACHER, Role.COUNTY_ADMIN);

    @Inject
    StaffDirectory staff;

    private List<SchoolRoles> schools;

    @PostConstruct
    void load() {
        schools = staff.myRoles();
    }

    public List<SchoolRoles> getSchools() {
        return schools;
    }

    /** Whether the roles at a school include one that works with the school's pupils. */
    public boolean seesPupils(SchoolRoles entry) {
        return entry.roles().stream().anyMatch(SEE_PUPILS::contains);
    }
}
