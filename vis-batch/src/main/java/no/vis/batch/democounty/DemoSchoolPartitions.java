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

/** Splits the school indexes 0..schools into contiguous ranges, one per partition. */
@Named
@Dependent
public class DemoSchoolPartitions implements PartitionMapper {

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int schools = DemoCountyParameters.of(jobContext).plan().schoolCount();
        int count = Math.max(1, Math.min(Integer.parseInt(partitions.strip()), schools));
        Properties[] ranges = new Properties[count];
        for (int k = 0; k < count; k++) {
            ranges[k] = new Properties();
            ranges[k].setProperty("start", Long.toString((long) schools * k / count));
            ranges[k].setProperty("end", Long.toString((long) schools * (k + 1) / count));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(ranges);
        return plan;
    }
}
