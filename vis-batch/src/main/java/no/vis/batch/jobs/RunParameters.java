package no.vis.batch.jobs;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import no.vis.common.Today;

/**
 * A job run's parameters for its batch artifacts, read once per artifact. {@code today} is the day
 * the run works as: the parameter {@code today} (yyyy-MM-dd) when given, else the day in Norway
 * the run was created — one day for the whole run, even when it goes past midnight.
 */
@Dependent
public class RunParameters {

    @Inject
    JobContext job;

    @Inject
    no.vis.platform.VisSettings settings;

    private Properties parameters;
    private LocalDate today;

    private Properties parameters() {
        if (parameters == null) {
            Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
            Properties checked = p == null ? new Properties() : p;
            // the same rules as the job screen's, for runs started any other way (the WildFly CLI);
            // a later day only in test mode
            try {
                JobParameterRules.check(job.getJobName(), checked, Today.inNorway(), settings.testMode(),
                        settings.minimumGraceDays(), settings.testMode());
            } catch (no.vis.common.InvalidInputException e) {
                throw new IllegalArgumentException("job parameters refused: " + e.fieldErrors());
            }
            parameters = checked;
        }
        return parameters;
    }

    public LocalDate today() {
        if (today == null) {
            String value = parameters().getProperty("today", "");
            if (value.isBlank()) {
                var created = BatchRuntime.getJobOperator().getJobExecution(job.getExecutionId()).getCreateTime();
                today = created == null ? Today.inNorway() : created.toInstant().atZone(Today.NORWAY).toLocalDate();
            } else {
                try {
                    today = LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("job parameter today must be yyyy-MM-dd");
                }
            }
        }
        return today;
    }

    /** Whether this run only lists what it would change ({@code dryRun=true}). */
    public boolean dryRun() {
        return JobParameterRules.dryRun(parameters());
    }

    /** A whole-number parameter that must not be negative, or the default. */
    public int count(String name, int defaultValue) {
        String value = parameters().getProperty(name, "");
        int n = value.isBlank() ? defaultValue : Integer.parseInt(value.strip());
        if (n < 0) {
            throw new IllegalArgumentException("job parameter " + name + " must not be negative");
        }
        return n;
    }
}
