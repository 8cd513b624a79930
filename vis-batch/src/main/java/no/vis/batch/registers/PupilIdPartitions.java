package no.vis.batch.registers;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** Splits the pupils into contiguous id ranges, one per partition (properties first, last). */
@Named
@Dependent
public class PupilIdPartitions implements PartitionMapper {

    @Inject
    RegisterJobsStore store;

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        long[] range = store.pupilIdRange();
        int count = Math.max(1, Integer.parseInt(partitions.strip()));
        long span = range[1] - range[0] + 1;
        Properties[] ranges = new Properties[count];
        for (int k = 0; k < count; k++) {
            ranges[k] = new Properties();
            ranges[k].setProperty("first", Long.toString(range[0] + span * k / count));
            ranges[k].setProperty("last", Long.toString(range[0] + span * (k + 1) / count - 1));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(ranges);
        return plan;
    }
}
