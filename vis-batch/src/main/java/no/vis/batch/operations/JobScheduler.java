package no.vis.batch.operations;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.Properties;
import no.vis.access.Role.Names;
import no.vis.batch.jobs.BatchJobs;
import no.vis.operations.JobSchedule;
import no.vis.operations.JobSchedules;

/**
 * Starts the jobs on their schedules: one persistent calendar timer per enabled schedule (Norwegian
 * time), kept in the database timer store — so a restart keeps them and in a cluster each firing
 * starts the job on one node only.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("vis-ejb.jar#DatabaseMigration") // the schedules' table must exist first
@PermitAll
@RunAs(Names.SYSTEM)
public class JobScheduler {

    private static final System.Logger LOG = System.getLogger(JobScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobSchedules schedules;

    @Inject
    BatchJobs jobs;

    @PostConstruct
    void start() {
        for (JobSchedule schedule : schedules.all()) {
            boolean present = timers.getTimers().stream().anyMatch(t -> schedule.getJobName().equals(t.getInfo()));
            if (!present) {
                program(schedule);
            }
        }
    }

    /** The job's timer again, after its schedule changed. */
    @jakarta.annotation.security.RolesAllowed({Names.IT_OPERATIONS, Names.SYSTEM})
    public void reschedule(String jobName) {
        timers.getTimers().stream().filter(t -> jobName.equals(t.getInfo())).forEach(Timer::cancel);
        schedules.find(jobName).ifPresent(this::program);
    }

    private void program(JobSchedule schedule) {
        if (!schedule.isEnabled()) {
            return;
        }
        ScheduleExpression when = new ScheduleExpression().hour(schedule.getHour()).minute(schedule.getMinute())
                .dayOfWeek(schedule.getDayOfWeek()).timezone("Europe/Oslo");
        timers.createCalendarTimer(when, new TimerConfig(schedule.getJobName(), true));
    }

    @Timeout
    void fire(Timer timer) {
        String jobName = (String) timer.getInfo();
        long execution = jobs.start(jobName, new Properties());
        LOG.log(System.Logger.Level.INFO, "Scheduled start of {0}: execution {1}", jobName, execution);
    }

    /** When the job's timer fires next; null when it has none. */
    public java.util.Date nextRun(String jobName) {
        return timers.getTimers().stream().filter(t -> jobName.equals(t.getInfo())).map(Timer::getNextTimeout)
                .findFirst().orElse(null);
    }
}
