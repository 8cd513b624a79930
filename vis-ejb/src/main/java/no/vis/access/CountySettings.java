package no.vis.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import no.vis.access.Role.Names;
import no.vis.school.County;

/**
 * The county's own settings, changed by its county administrator: whether guardians see orden and
 * atferd (counties differ; the guardian access policy reads it). In {@code no.vis.access}: the
 * county is the caller's, found through their staff record.
 */
@Stateless
@RolesAllowed(Names.COUNTY_ADMIN)
public class CountySettings {

    private static final System.Logger LOG = System.getLogger(CountySettings.class.getName());

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    /** The caller's county. */
    private Optional<County> myCounty() {
        return VisUserId.STAFF.idIn(session.getCallerPrincipal().getName())
                .map(id -> em.find(StaffMember.class, id))
                .map(StaffMember::getCounty);
    }

    public boolean guardiansSeeConduct() {
        return myCounty().map(County::guardiansSeeConduct).orElse(false);
    }

    public void setGuardiansSeeConduct(boolean shown) {
        County county = myCounty().orElseThrow(() -> new no.vis.common.BusinessException("county.unknown"));
        county.decideGuardiansSeeConduct(shown);
        LOG.log(System.Logger.Level.INFO, "County {0}: guardians see orden/atferd = {1} (by {2})", county.getCode(), shown,
                session.getCallerPrincipal().getName());
    }
}
