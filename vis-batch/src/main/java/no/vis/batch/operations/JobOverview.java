package no.vis.batch.operations;

import java.io.Serializable;
import java.util.Date;
import java.util.List;
import no.vis.batch.jobs.JobRun;

/** A job as IT operations see it: its schedule, when it runs next, and its latest runs. */
public record JobOverview(String jobName, String hour, String minute, String dayOfWeek, boolean enabled, Date nextRun,
                          List<JobRun> runs) implements Serializable {

    public JobOverview {
        runs = List.copyOf(runs);
    }
}
