package no.vis.batch.registers;

import jakarta.batch.api.partition.PartitionAnalyzer;
import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.vis.registers.freg.FregImportService;

/**
 * Adds up what the partitions of freg-import changed: each partition's collector passes on a
 * chunk's counts, the analyzer (on the step's own thread) sums them into the step's and the job's
 * exit status — what IT operations see for the run.
 */
public final class FregImportTotals {

    private FregImportTotals() {
    }

    /** In each partition: the counts of the chunk just written. */
    @Named("fregImportCollector")
    @Dependent
    public static class Collector implements PartitionCollector {
        @Inject
        StepContext stepContext;

        @Override
        public Serializable collectPartitionData() {
            Object counts = stepContext.getTransientUserData();
            stepContext.setTransientUserData(null);
            return counts instanceof FregImportService.Changes c ? c : FregImportService.Changes.NONE; // never null: JBeret queues it
        }
    }

    /** On the step's thread: the sums. */
    @Named("fregImportAnalyzer")
    @Dependent
    public static class Analyzer implements PartitionAnalyzer {
        @Inject
        StepContext stepContext;

        @Inject
        JobContext jobContext;

        private FregImportService.Changes totals = FregImportService.Changes.NONE;

        @Override
        public void analyzeCollectorData(Serializable data) {
            if (data instanceof FregImportService.Changes counts) {
                totals = totals.plus(counts);
            }
            String status = totals.summary();
            stepContext.setExitStatus(status);
            jobContext.setExitStatus(status);
        }

        @Override
        public void analyzeStatus(BatchStatus batchStatus, String exitStatus) {
            if (jobContext.getExitStatus() == null) {
                analyzeCollectorData(null); // no chunk at all: zeros
            }
        }
    }
}
