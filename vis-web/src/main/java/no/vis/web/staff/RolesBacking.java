package no.vis.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import no.vis.access.Role;
import no.vis.access.RoleGrantRow;
import no.vis.access.SchoolService;
import no.vis.access.StaffDirectory;
import no.vis.access.StaffOption;
import no.vis.access.StaffRoleRow;
import no.vis.common.BusinessException;
import no.vis.school.SchoolOption;
import no.vis.web.common.FacesMessages;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /staff/roles.xhtml}, the county administrator's screen: grant a staff member a role
 * at a school (the county administrator's role county-wide), withdraw one, and see the log.
 * The service checks the role and the scope again and logs every change.
 */
@Named("roles")
@ViewScoped
public class RolesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    StaffDirectory staff;

    @Inject
    SchoolService schoolService;

    @Inject
    no.vis.access.CountySettings countySettings;

    private boolean guardiansSeeConduct;
    /** Loaded when the choice or the roles change, not on every evaluation of the page's expressions. */
    private List<StaffRoleRow> roleRows = List.of();
    private List<RoleGrantRow> log;

    private Long staffId;
    private Long schoolId;
    private Role role;
    private List<StaffOption> staffOptions;
    private List<SchoolOption> schools;

    @PostConstruct
    void init() {
        staffOptions = staff.listStaff();
        schools = schoolService.listSchools();
        guardiansSeeConduct = countySettings.guardiansSeeConduct();
        log = staff.recentGrants(50);
    }

    /** The staff member chosen in the form changed: their roles. */
    public void staffChanged() {
        roleRows = staffId == null ? List.of() : staff.listRoles(staffId);
    }

    private void reload() {
        staffChanged();
        log = staff.recentGrants(50);
    }

    /** Saves the county's settings. */
    public void saveSettings() {
        countySettings.setGuardiansSeeConduct(guardiansSeeConduct);
        FacesMessages.info("county.settings.saved");
    }

    public boolean isGuardiansSeeConduct() {
        return guardiansSeeConduct;
    }

    public void setGuardiansSeeConduct(boolean shown) {
        this.guardiansSeeConduct = shown;
    }

    public void grant() {
        try {
            staff.grant(staffId, role == Role.COUNTY_ADMIN ? null : schoolId, role);
            FacesMessages.info("roles.granted");
            reload();
        } catch (BusinessException e) {
            FacesMessages.fieldError(e.messageKey().equals("roles.grant.scope") ? "grant:school" : "grant:staff",
                    e.messageKey());
        }
    }

    public void withdraw(StaffRoleRow row) {
        staff.withdraw(row.staffId(), row.schoolId(), row.role());
        FacesMessages.info("roles.withdrawn");
        reload();
    }

    /** The roles of the staff member chosen in the form. */
    public List<StaffRoleRow> getRoleRows() {
        return roleRows;
    }

    public List<RoleGrantRow> getLog() {
        return log;
    }

    public List<Role> getStaffRoles() {
        return Arrays.stream(Role.values()).filter(Role::isStaffRole).toList();
    }

    public List<StaffOption> getStaffOptions() {
        return staffOptions;
    }

    public List<SchoolOption> getSchools() {
        return schools;
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
