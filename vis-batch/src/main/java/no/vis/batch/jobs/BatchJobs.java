package no.vis.batch.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import no.vis.access.Role.Names;

/**
 * Starting and watching VIS's batch jobs. Lives in vis-batch because the job operator only sees
 * the job XML of the module that calls it. The same jobs can be started with WildFly's CLI:
 * {@code /deployment=vis.ear/subdeployment=vis-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=demo-county)}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Names.IT_OPERATIONS, Names.SYSTEM})
public class BatchJobs {

    private JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** Starts a job by its XML name with the given parameters; returns the execution id. */
    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters);
    }

    /** Restarts a failed or stopped execution from its last checkpoint; returns the new execution id. */
    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    public JobRun run(long executionId) {
        JobOperator operator = operator();
        JobExecution execution = operator.getJobExecution(executionId);
        Map<String, Map<Metric.MetricType, Long>> steps = new LinkedHashMap<>();
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            Map<Metric.MetricType, Long> metrics = new EnumMap<>(Metric.MetricType.class);
            for (Metric metric : step.getMetrics()) {
                metrics.merge(metric.getType(), metric.getValue(), Long::sum);
            }
            steps.put(step.getStepName(), metrics);
        }
        return new JobRun(executionId, execution.getJobName(), execution.getBatchStatus(), execution.getExitStatus(),
                instant(execution.getStartTime()), instant(execution.getEndTime()), steps);
    }

    /**
     * Waits until the execution has finished (completed, failed, stopped or abandoned) or the
     * timeout has passed, and returns its state.
     */
    public JobRun awaitFinished(long executionId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JobRun run = run(executionId);
        while (!run.isFinished() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            run = run(executionId);
        }
        return run;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
