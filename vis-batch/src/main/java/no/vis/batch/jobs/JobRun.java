package no.vis.batch.jobs;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One execution of a job as IT operations see it: status, times, and per step the metrics
 * (READ, WRITE, COMMIT, skips …; a partitioned step's metrics are those of all its partitions).
 */
public record JobRun(long executionId, String jobName, BatchStatus status, String exitStatus, Instant started,
                     Instant ended, Map<String, Map<Metric.MetricType, Long>> stepMetrics) implements Serializable {

    public boolean isFinished() {
        return switch (status) {
            case COMPLETED, FAILED, STOPPED, ABANDONED -> true;
            default -> false;
        };
    }

    /** A metric of a step, 0 when the step did not run. */
    public long metric(String step, Metric.MetricType type) {
        return stepMetrics.getOrDefault(step, Map.of()).getOrDefault(type, 0L);
    }
}
