package no.vis.batch.absence;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import no.vis.absence.AbsenceWarningService;
import no.vis.access.Role.Names;

/** The absence jobs' access to the services, as the {@code SYSTEM} role (a job has no user). */
@Stateless
@PermitAll
@RunAs(Names.SYSTEM)
@jakarta.interceptor.Interceptors(no.vis.batch.jobs.BatchCallersOnly.class)
public class AbsenceJobsStore {

    @Inject
    AbsenceWarningService warnings;

    public List<Long> schoolsInSession(LocalDate day) {
        return warnings.schoolsInSession(day);
    }

    /** One school's warnings, in a transaction of its own. */
    public AbsenceWarningService.Given warnSchool(long schoolId, LocalDate day) {
        return warnings.warnSchool(schoolId, day);
    }
}
