package no.vis.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import no.vis.access.Role.Names;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work in the container as one county administrator, {@code staff:990000002} (a staff
 * member the test creates with that id), for rules about what a person may do to themselves.
 */
@Stateless
@PermitAll
@RunAs(Names.COUNTY_ADMIN)
@RunAsPrincipal(AsCountyAdminStaff.PRINCIPAL)
public class AsCountyAdminStaff {

    public static final long ID = 990_000_002L;
    public static final String PRINCIPAL = "staff:990000002";

    public <T> T call(Callers.Work<T> work) throws Exception {
        return work.call();
    }
}
