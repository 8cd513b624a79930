package no.vis.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import no.vis.access.Role.Names;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work in the container as one teacher, {@code staff:990000003} (a record the test creates with that
 * id), with the role TEACHER.
 */
@Stateless
@PermitAll
@RunAs(Names.TEACHER)
@RunAsPrincipal(AsTeacher.PRINCIPAL)
public class AsTeacher {

    public static final long ID = 990_000_003L;
    public static final String PRINCIPAL = "staff:990000003";

    public <T> T call(Callers.Work<T> work) throws Exception {
        return work.call();
    }
}
