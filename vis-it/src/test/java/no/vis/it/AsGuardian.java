package no.vis.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import no.vis.access.Role.Names;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work in the container as one guardian, {@code guardian:990000001} (see
 * {@link TestDb#freshGuardianWithId}), with the role GUARDIAN.
 */
@Stateless
@PermitAll
@RunAs(Names.GUARDIAN)
@RunAsPrincipal(AsGuardian.PRINCIPAL)
public class AsGuardian {

    public static final long ID = 990_000_001L;
    public static final String PRINCIPAL = "guardian:990000001";

    public <T> T call(Callers.Work<T> work) throws Exception {
        return work.call();
    }
}
