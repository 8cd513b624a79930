package no.vis.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import no.vis.access.Role.Names;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work in the container as one office worker, {@code staff:990000005} (a record the test creates with that
 * id), with the role OFFICE.
 */
@Stateless
@PermitAll
@RunAs(Names.OFFICE)
@RunAsPrincipal(AsOfficeStaff.PRINCIPAL)
public class AsOfficeStaff {

    public static final long ID = 990_000_005L;
    public static final String PRINCIPAL = "staff:990000005";

    public <T> T call(Callers.Work<T> work) throws Exception {
        return work.call();
    }
}
