package no.vis.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import no.vis.access.Role.Names;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work in the container as one pupil, {@code pupil:990000004} (a record the test creates with that
 * id), with the role PUPIL.
 */
@Stateless
@PermitAll
@RunAs(Names.PUPIL)
@RunAsPrincipal(AsPupil.PRINCIPAL)
public class AsPupil {

    public static final long ID = 990_000_004L;
    public static final String PRINCIPAL = "pupil:990000004";

    public <T> T call(Callers.Work<T> work) throws Exception {
        return work.call();
    }
}
