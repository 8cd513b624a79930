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

    /** One step's figures as IT operations read them. */
    public record StepFigures(String step, long read, long written, long filtered, long skipped, long commits,
                              long rollbacks) implements Serializable {
    }

    /** The steps' figures in the order the steps ran: skipped = read, process and write skips together. */
    public java.util.List<StepFigures> steps() {
        return stepMetrics.keySet().stream().map(step -> new StepFigures(step, metric(step, Metric.MetricType.READ_COUNT),
                metric(step, Metric.MetricType.WRITE_COUNT), metric(step, Metric.MetricType.FILTER_COUNT),
                metric(step, Metric.MetricType.READ_SKIP_COUNT) + metric(step, Metric.MetricType.PROCESS_SKIP_COUNT)
                        + metric(step, Metric.MetricType.WRITE_SKIP_COUNT),
                metric(step, Metric.MetricType.COMMIT_COUNT), metric(step, Metric.MetricType.ROLLBACK_COUNT))).toList();
    }

    /** A metric of a step, 0 when the step did not run. */
    public long metric(String step, Metric.MetricType type) {
        return stepMetrics.getOrDefault(step, Map.of()).getOrDefault(type, 0L);
    }
}
