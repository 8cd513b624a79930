package no.vis.batch.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import no.vis.access.Role.Names;
import no.vis.batch.jobs.BatchJobs;
import no.vis.batch.jobs.JobRun;
import no.vis.operations.JobSchedule;
import no.vis.operations.JobSchedules;
import no.vis.platform.VisSettings;
import no.vis.registers.SkippedRecords;

/**
 * IT operations' job screen: the jobs with their schedules and latest runs (status, times,
 * metrics, exit status), run now with parameters, stop, restart from the checkpoint, change a
 * schedule, and a run's skipped records. Only for IT operations.
 */
@Stateless
@RolesAllowed(Names.IT_OPERATIONS)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobAdministration {

    /** The jobs IT operations run (demo-county only in test mode). */
    static final List<String> JOBS = List.of("freg-import", "freg-delta", "krr-import", "guardian-age-removal",
            "retention-cleanup", "grep-sync", "enrolment-import", "absence-warnings");

    @Inject
    BatchJobs jobs;

    @Inject
    JobSchedules schedules;

    @Inject
    JobScheduler scheduler;

    @Inject
    SkippedRecords skipped;

    @Inject
    VisSettings settings;

    @Inject
    no.vis.operations.JobWorkload workload;

    @Inject
    no.vis.registers.freg.FeedPositions feedPositions;

    public List<String> jobNames() {
        List<String> names = new ArrayList<>(JOBS);
        if (settings.allowSyntheticFodselsnummer()) {
            names.add("demo-county");
        }
        return names;
    }

    public List<JobOverview> overview(int runsPerJob) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobOverview> result = new ArrayList<>();
        for (String name : jobNames()) {
            List<JobRun> runs = new ArrayList<>();
            try {
                for (JobInstance instance : operator.getJobInstances(name, 0, runsPerJob)) {
                    for (JobExecution execution : operator.getJobExecutions(instance)) {
                        runs.add(jobs.run(execution.getExecutionId()));
                    }
                }
            } catch (NoSuchJobException neverRun) {
                // no runs yet
            }
            runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
            JobSchedule s = schedules.find(name).orElse(null);
            result.add(new JobOverview(name, s == null ? "" : s.getHour(), s == null ? "" : s.getMinute(),
                    s == null ? "" : s.getDayOfWeek(), s != null && s.isEnabled(), scheduler.nextRun(name),
                    runs.subList(0, Math.min(runs.size(), runsPerJob)), progress(runs), interrupted(runs)));
        }
        return result;
    }

    /** Per cent done of the runs still running, where the job's total is known. */
    private java.util.Map<Long, Integer> progress(List<JobRun> runs) {
        java.util.Map<Long, Integer> progress = new java.util.HashMap<>();
        for (JobRun run : runs) {
            if (run.isFinished()) {
                continue;
            }
            long done = run.metric("import", jakarta.batch.runtime.Metric.MetricType.READ_COUNT);
            long total = switch (run.jobName()) {
                case "freg-import" -> workload.enrolledPupils();
                case "krr-import" -> done + workload.guardiansNotAskedKrr();
                default -> -1;
            };
            if (total > 0) {
                progress.put(run.executionId(), (int) Math.min(99, done * 100 / total));
            } else if (total == 0) {
                progress.put(run.executionId(), 0);
            }
        }
        return progress;
    }

    /**
     * Runs the job repository still has as running but that started before this server did: they
     * died with the server (a crash, kill -9) and are restarted from their checkpoint (JBeret's
     * default restart mode detects that they no longer run). One server; in a cluster the
     * screen shows each node's own runs.
     */
    private static java.util.Set<Long> interrupted(List<JobRun> runs) {
        java.time.Instant booted = java.time.Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        java.util.Set<Long> interrupted = new java.util.HashSet<>();
        for (JobRun run : runs) {
            if (!run.isFinished() && run.started() != null && run.started().isBefore(booted)) {
                interrupted.add(run.executionId());
            }
        }
        return interrupted;
    }

    /** Where VIS is in Folkeregisteret's event feed, and whether freg-import must run first. */
    public java.util.Optional<no.vis.registers.freg.FeedPositions.State> fregFeed() {
        return feedPositions.freg();
    }

    /**
     * Starts a run with the parameters IT operations typed ({@code name=value, …}), after checking
     * them: only the job's own parameters, never a day after today (even in test mode: the job
     * screen cannot make a job decide about people as if it were another day), never fewer grace
     * days than the county's minimum.
     *
     * @throws no.vis.common.InvalidInputException field by field, keyed by parameter name
     */
    public long runNow(String jobName, String parameterText) {
        Properties parameters = checkedParameters(jobName, parameterText);
        // only when a run starts: the field itself is checked on every postback of the screen, an empty one too
        no.vis.batch.jobs.JobParameterRules.checkRequired(jobName, parameters);
        return jobs.start(jobName, parameters);
    }

    /**
     * The parameters as a run would get them, or the field errors the job screen shows next to the
     * parameter field.
     */
    public Properties checkedParameters(String jobName, String parameterText) {
        if (!jobNames().contains(jobName)) {
            throw new no.vis.common.BusinessException("jobs.unknown");
        }
        Properties parameters = no.vis.batch.jobs.JobParameterRules.parse(parameterText);
        no.vis.batch.jobs.JobParameterRules.check(jobName, parameters, no.vis.common.Today.inNorway(), false,
                settings.minimumGraceDays(), settings.testMode());
        if (parameters.containsKey("file") && no.vis.batch.jobs.ImportFiles.resolve(settings.importDirectory(),
                parameters.getProperty("file").strip()).isEmpty()) {
            throw new no.vis.common.InvalidInputException(java.util.Map.of("file", "jobs.parameter.file.missing"));
        }
        return parameters;
    }

    /** The county's minimum of {@code graceDays} for {@code retention-cleanup}. */
    public int minimumGraceDays() {
        return settings.minimumGraceDays();
    }

    public void stop(long executionId) {
        BatchRuntime.getJobOperator().stop(executionId);
    }

    public long restart(long executionId) {
        return jobs.restart(executionId, new Properties());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void schedule(String jobName, String hour, String minute, String dayOfWeek, boolean enabled) {
        if (!jobNames().contains(jobName)) {
            throw new no.vis.common.BusinessException("jobs.unknown");
        }
        schedules.set(jobName, hour, minute, dayOfWeek, enabled);
        scheduler.reschedule(jobName);
    }

    public List<SkippedRecords.Row> skipped(long executionId, int max) {
        return skipped.of(executionId, max);
    }
}
