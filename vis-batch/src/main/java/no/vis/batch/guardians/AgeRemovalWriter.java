package no.vis.batch.guardians;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.guardianship.AgeRemovalCandidate;
import no.vis.guardianship.AgeRemovalService;

/**
 * Ends the chunk's guardianships and deletes guardians left without basis, in the chunk's
 * transaction; keeps the run's totals in the step's persistent user data (shown to IT operations
 * as the exit status).
 */
@Named
@Dependent
public class AgeRemovalWriter extends AbstractItemWriter {

    @Inject
    GuardianJobsStore store;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    no.vis.batch.jobs.RunParameters run;

    @Inject
    no.vis.batch.jobs.DryRuns dryRuns;

    @Override
    public void writeItems(List<Object> items) {
        List<AgeRemovalCandidate> ending = items.stream().map(AgeRemovalCandidate.class::cast).toList();
        boolean dry = run.dryRun();
        AgeRemovalService.Removed removed = dry
                ? dryRuns.rolledBack(() -> store.endGuardianships(ending, run.today(), jobContext.getExecutionId()))
                : store.endGuardianships(ending, run.today(), jobContext.getExecutionId());
        if (dry) {
            java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
            ending.forEach(c -> list.put("guardianship:" + c.guardianshipId(),
                    "dry run: would end (pupil:" + c.pupilId() + " is 18 without both consents)"));
            removed.deletedGuardianIds().forEach(id -> list.put("guardian:" + id, "dry run: would be deleted (no basis left)"));
            store.listDryRun(jobContext.getExecutionId(), jobContext.getJobName(), list);
        }
        long[] totals = stepContext.getPersistentUserData() instanceof long[] t ? t : new long[2];
        totals[0] += removed.guardianshipsEnded();
        totals[1] += removed.guardiansDeleted();
        stepContext.setPersistentUserData(totals);
        report(stepContext, jobContext, dry, totals);
    }

    /** The run's result as IT operations see it (CLI, job screen); also for a night with nothing to do. */
    static void report(StepContext stepContext, JobContext jobContext, boolean dry, long[] totals) {
        String status = dry ? "DRY RUN, nothing changed: guardianships that would end " + totals[0]
                + ", guardians that would be deleted " + totals[1]
                : "guardianships ended " + totals[0] + ", guardians deleted " + totals[1];
        stepContext.setExitStatus(status);
        jobContext.setExitStatus(status);
    }
}
