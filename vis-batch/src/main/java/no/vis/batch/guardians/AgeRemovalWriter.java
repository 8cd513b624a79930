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

    @Override
    public void writeItems(List<Object> items) {
        AgeRemovalService.Removed removed = store.endGuardianships(items.stream().map(AgeRemovalCandidate.class::cast).toList(),
                run.today(), jobContext.getExecutionId());
        long[] totals = stepContext.getPersistentUserData() instanceof long[] t ? t : new long[2];
        totals[0] += removed.guardianshipsEnded();
        totals[1] += removed.guardiansDeleted();
        stepContext.setPersistentUserData(totals);
        String status = "guardianships ended " + totals[0] + ", guardians deleted " + totals[1];
        stepContext.setExitStatus(status);
        jobContext.setExitStatus(status); // what IT operations see for the run (CLI, job screen)
    }
}
