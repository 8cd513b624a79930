package no.vis.batch.democounty;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** Splits the pupil indexes 0..pupils into contiguous ranges, one per partition. */
@Named
@Dependent
public class DemoPupilPartitions implements PartitionMapper {

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int pupils = DemoCountyParameters.of(jobContext).pupils();
        int count = Math.max(1, Math.min(Integer.parseInt(partitions.strip()), pupils));
        Properties[] ranges = new Properties[count];
        for (int k = 0; k < count; k++) {
            ranges[k] = new Properties();
            ranges[k].setProperty("start", Long.toString(boundary(pupils, k, count)));
            ranges[k].setProperty("end", Long.toString(boundary(pupils, k + 1, count)));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(ranges);
        return plan;
    }

    /**
     * Where partition k starts: an even split, except that the first partition holds at least
     * pupils 0-3 — the demo guardian's two children (DemoFamilies), who must not be written by two
     * partitions at once (both would create him).
     */
    static long boundary(int pupils, int k, int count) {
        if (k == 0) {
            return 0;
        }
        if (k == count) {
            return pupils;
        }
        return Math.min(pupils, Math.max(4, (long) pupils * k / count));
    }
}
