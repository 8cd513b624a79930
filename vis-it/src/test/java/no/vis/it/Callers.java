package no.vis.it;

import jakarta.ejb.EJBAccessException;
import java.util.concurrent.Callable;

/**
 * Calls into the EJB services as a user with one role, for in-container tests: {@link AsOffice},
 * {@link AsItOperations} and {@link AsSystem} run their work under {@code @RunAs} that role. A test that calls a service directly calls it
 * anonymously.
 */
public final class Callers {

    private Callers() {
    }

    /** Work that may throw. */
    public interface Work<T> extends Callable<T> {
    }

    /** Whether the throwable is, or was caused by, the container refusing the caller. */
    public static boolean refused(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
