package no.vis.batch.jobs;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import no.vis.access.Role.Names;

/**
 * For the jobs' stores, which call the services as {@code SYSTEM}: only the system itself, or a
 * caller with no role but IT operations on one of the server's job threads (a job started from the
 * WildFly CLI has no user, one started on the job screen has IT operations') may come through. A page that injected a store by mistake gets a
 * refusal for its users — and so does an anonymous request — never the system's rights.
 */
public class BatchCallersOnly {

    /** The roles of people who use VIS's pages (a batch thread has none of them). */
    private static final java.util.List<String> USER_ROLES = java.util.List.of(Names.OFFICE, Names.TEACHER,
            Names.CONTACT_TEACHER, Names.COUNTY_ADMIN, Names.PUPIL, Names.GUARDIAN);

    @Resource
    EJBContext context;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        // a job started by IT operations runs with their identity, on a job thread; never on a web thread
        boolean system = context.isCallerInRole(Names.SYSTEM);
        boolean jobThread = USER_ROLES.stream().noneMatch(context::isCallerInRole) && isJobThread(Thread.currentThread());
        if (!system && !jobThread) {
            throw new EJBAccessException("the jobs' stores are for batch jobs only");
        }
        return invocation.proceed();
    }

    /** A thread of the server's batch thread pool (configure.cli names them). */
    static boolean isJobThread(Thread thread) {
        return thread.getName().startsWith(JOB_THREAD_PREFIX);
    }

    /** The prefix configure.cli gives the batch thread pool's threads. */
    static final String JOB_THREAD_PREFIX = "vis-batch-";
}
