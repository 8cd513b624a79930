package no.vis.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import no.vis.access.Role.Names;

/** Runs test work in the container as a caller with the role COUNTY_ADMIN (see {@link Callers}). */
@Stateless
@PermitAll
@RunAs(Names.COUNTY_ADMIN)
public class AsCountyAdmin {

    public <T> T call(Callers.Work<T> work) throws Exception {
        return work.call();
    }
}
