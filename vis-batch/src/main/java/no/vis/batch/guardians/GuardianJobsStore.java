package no.vis.batch.guardians;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import no.vis.access.Role.Names;
import no.vis.guardianship.AgeRemovalCandidate;
import no.vis.guardianship.AgeRemovalService;

/** The guardian jobs' access to the services, as the {@code SYSTEM} role (a job has no user). */
@Stateless
@PermitAll
@RunAs(Names.SYSTEM)
@jakarta.interceptor.Interceptors(no.vis.batch.jobs.BatchCallersOnly.class)
public class GuardianJobsStore {

    @Inject
    AgeRemovalService ageRemoval;

    @Inject
    no.vis.guardianship.RetentionService retention;

    @Inject
    no.vis.registers.SkippedRecords listed;

    /** A dry run's list of what it would have changed (shown with the run on the job screen). */
    public void listDryRun(long jobExecutionId, String jobName, java.util.Map<String, String> wouldChange) {
        listed.note(jobExecutionId, jobName, wouldChange);
    }

    public List<Long> guardianshipsOfLeftPupils(LocalDate today) {
        return retention.guardianshipsOfLeftPupils(today);
    }

    public int endForLeftPupils(List<Long> ids, LocalDate today) {
        return retention.endForLeftPupils(ids, today);
    }

    public List<Long> guardiansWithoutBasisSince(LocalDate cutoff) {
        return retention.guardiansWithoutBasisSince(cutoff);
    }

    public int deleteGuardians(List<Long> ids, LocalDate cutoff) {
        return retention.deleteGuardians(ids, cutoff);
    }

    /** For a dry run: those without basis once the guardianships of pupils who left would have ended. */
    public List<Long> guardiansWithoutBasisOnceLeftPupilsEnded(LocalDate cutoff) {
        return retention.guardiansWithoutBasisSinceOnceLeftPupilsEnded(cutoff);
    }

    public int deleteConsentsOfLeftPupils(LocalDate cutoff) {
        return retention.deleteConsentsOfLeftPupils(cutoff);
    }

    @Inject
    no.vis.assessment.ConductRetentionService conductRetention;

    public int deleteSpentRemarks(LocalDate today) {
        return conductRetention.deleteSpentRemarks(today);
    }

    public List<Long> ageRemovalCandidateIds(LocalDate today) {
        return ageRemoval.candidateIds(today);
    }

    public List<AgeRemovalCandidate> ageRemovalCandidates(List<Long> ids, LocalDate today) {
        return ageRemoval.candidates(ids, today);
    }

    public AgeRemovalService.Removed endGuardianships(List<AgeRemovalCandidate> ending, LocalDate today, long jobExecutionId) {
        return ageRemoval.end(ending, today, jobExecutionId);
    }
}
