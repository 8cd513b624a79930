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
            return counts instanceof long[] c ? c : new long[7]; // never null: JBeret queues it
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

        private final long[] totals = new long[7];

        @Override
        public void analyzeCollectorData(Serializable data) {
            if (data instanceof long[] counts) {
                for (int i = 0; i < totals.length; i++) {
                    totals[i] += counts[i];
                }
            }
            String status = String.format("guardians created %d, updated %d; guardianships started %d, ended %d;"
                    + " re-keyed %d; flagged %d; skipped %d", totals[0], totals[1], totals[2], totals[3], totals[4], totals[5],
                    totals[6]);
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
