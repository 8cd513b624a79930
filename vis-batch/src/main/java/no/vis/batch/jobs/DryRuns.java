package no.vis.batch.jobs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/**
 * A dry run of a destructive step: the step's own work, done exactly as in a real run (the same
 * services, the same rules), in a transaction of its own that is always rolled back. What it
 * returns — counts and ids — is what a real run would have changed; nothing of it is written.
 * The work's service calls keep their own role checks.
 */
@Stateless
@PermitAll
public class DryRuns {

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T rolledBack(Supplier<T> work) {
        try {
            return work.get();
        } finally {
            context.setRollbackOnly();
        }
    }
}
