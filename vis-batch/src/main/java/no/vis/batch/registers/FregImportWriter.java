package no.vis.batch.registers;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.registers.freg.FregImportService;
import no.vis.registers.freg.FregReads;

/**
 * One chunk of freg-import: the pupils from Folkeregisteret (one bulk call), their responsible
 * adults that VIS must create or bring up to date (bulk calls of up to 1000), then the changes in
 * the chunk's transaction. Totals in the step's exit status.
 */
@Named
@Dependent
public class FregImportWriter extends AbstractItemWriter {

    @Inject
    RegisterJobsStore store;

    @Inject
    JobContext jobContext;

    @Inject
    no.vis.batch.jobs.RunParameters run;

    @Inject
    StepContext stepContext;

    @Override
    public void writeItems(List<Object> items) {
        List<FregImportService.PupilRef> pupils = items.stream().map(FregImportService.PupilRef.class::cast).toList();
        FregReads read = FregReads.of(store.freg(), pupils, java.util.List.of());
        FregImportService.Changes changes = store.apply(pupils, read.pupils(), read.adults(), run.today(),
                jobContext.getExecutionId(), jobContext.getJobName());
        // this chunk's changes, for the partition collector; FregImportTotals adds up all partitions'
        stepContext.setTransientUserData(changes);
    }
}
