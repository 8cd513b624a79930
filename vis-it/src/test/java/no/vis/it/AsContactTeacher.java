package no.vis.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import no.vis.access.Role.Names;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work in the container as one contact teacher, {@code staff:990000006} (a record the test creates with that
 * id), with the role CONTACT_TEACHER.
 */
@Stateless
@PermitAll
@RunAs(Names.CONTACT_TEACHER)
@RunAsPrincipal(AsContactTeacher.PRINCIPAL)
public class AsContactTeacher {

    public static final long ID = 990_000_006L;
    public static final String PRINCIPAL = "staff:990000006";

    public <T> T call(Callers.Work<T> work) throws Exception {
        return work.call();
    }
}
