package no.vis.batch.operations;

import java.io.Serializable;
import java.util.Date;
import java.util.List;
import no.vis.batch.jobs.JobRun;

/**
 * A job as IT operations see it: its schedule, when it runs next, its latest runs, and for a
 * running run how far it has come (per cent of its work, by execution id; absent where the job
 * cannot know its total, as freg-delta in a feed that grows while it reads), and which runs died
 * with a server that stopped under them (still "started" in the job repository; restartable).
 */
public record JobOverview(String jobName, String hour, String minute, String dayOfWeek, boolean enabled, Date nextRun,
                          List<JobRun> runs, java.util.Map<Long, Integer> progress, java.util.Set<Long> interrupted)
        implements Serializable {

    public JobOverview {
        runs = List.copyOf(runs);
        progress = java.util.Map.copyOf(progress);
        interrupted = java.util.Set.copyOf(interrupted);
    }

    /** Whether IT operations may restart the run from its checkpoint. */
    public boolean restartable(JobRun run) {
        return run.status() == jakarta.batch.runtime.BatchStatus.FAILED || run.status() == jakarta.batch.runtime.BatchStatus.STOPPED
                || interrupted.contains(run.executionId());
    }
}
