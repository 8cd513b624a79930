package no.vis.batch.jobs;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import no.vis.access.Role.Names;

/**
 * For the jobs' stores, which call the services as {@code SYSTEM}: only a batch thread (no user
 * role), the system itself or IT operations may come through. A page that injected a store by mistake
 * would get a refusal for its users, not the system's rights.
 */
public class BatchCallersOnly {

    /** The roles of people who use VIS's pages (a batch thread has none of them). */
    private static final java.util.List<String> USER_ROLES = java.util.List.of(Names.OFFICE, Names.TEACHER,
            Names.CONTACT_TEACHER, Names.COUNTY_ADMIN, Names.PUPIL, Names.GUARDIAN);

    @Resource
    EJBContext context;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        boolean system = context.isCallerInRole(Names.SYSTEM) || context.isCallerInRole(Names.IT_OPERATIONS);
        if (!system && USER_ROLES.stream().anyMatch(context::isCallerInRole)) {
            throw new EJBAccessException("the jobs' stores are for batch jobs only");
        }
        return invocation.proceed();
    }
}
