package no.vis.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vis.batch.operations.JobAdministration;
import no.vis.batch.operations.JobOverview;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.registers.SkippedRecords;
import no.vis.web.common.FacesMessages;

/**
 * Backs {@code /staff/jobs.xhtml}, IT operations' job screen: schedules, latest runs with status
 * and metrics, run now with parameters, stop, restart from the checkpoint, skipped records.
 */
@Named("jobs")
@ViewScoped
public class JobsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int RUNS = 5;

    @Inject
    JobAdministration administration;

    private List<JobOverview> overview;
    private final Map<String, String[]> schedule = new HashMap<>();
    private final Map<String, Boolean> enabled = new HashMap<>();
    private final Map<String, String> parameters = new HashMap<>();
    private no.vis.registers.freg.FeedPositions.State feed;
    private Long skippedFor;
    private List<SkippedRecords.Row> skippedRows = List.of();

    @PostConstruct
    void load() {
        refresh();
        for (JobOverview job : overview) {
            schedule.put(job.jobName(), new String[] {job.hour().isEmpty() ? "2" : job.hour(),
                    job.minute().isEmpty() ? "0" : job.minute(), job.dayOfWeek().isEmpty() ? "*" : job.dayOfWeek()});
            enabled.put(job.jobName(), job.enabled());
        }
    }

    public void refresh() {
        overview = administration.overview(RUNS);
        feed = administration.fregFeed().orElse(null);
    }

    public void saveSchedule(String jobName) {
        String[] s = schedule.get(jobName);
        try {
            administration.schedule(jobName, s[0], s[1], s[2], Boolean.TRUE.equals(enabled.get(jobName)));
            FacesMessages.info("jobs.schedule.saved", jobName);
            refresh();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.error(key, jobName + " (" + field + ")"));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey());
        }
    }

    /**
     * Checks the typed parameters in the service as the field is validated, so that each refusal
     * is shown next to the field (and the run is not started).
     */
    public void checkParameters(jakarta.faces.context.FacesContext context, jakarta.faces.component.UIComponent component,
                                Object value) {
        String jobName = (String) component.getAttributes().get("job");
        try {
            administration.checkedParameters(jobName, value == null ? "" : value.toString());
        } catch (InvalidInputException e) {
            throw new jakarta.faces.validator.ValidatorException(new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, parameterErrors(jobName, e), null));
        } catch (BusinessException e) {
            throw new jakarta.faces.validator.ValidatorException(new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text(e.messageKey()), null));
        }
    }

    /** Each schedule field checked by the same rule as the service, so the message stands next to the field. */
    public void checkScheduleField(jakarta.faces.context.FacesContext context, jakarta.faces.component.UIComponent component,
                                   Object value) {
        String jobName = (String) component.getAttributes().get("job");
        String field = (String) component.getAttributes().get("field");
        no.vis.operations.JobSchedules.problemWith(field, value == null ? null : value.toString()).ifPresent(key -> {
            throw new jakarta.faces.validator.ValidatorException(new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text(key, jobName), null));
        });
    }

    private String parameterErrors(String jobName, InvalidInputException e) {
        return e.fieldErrors().entrySet().stream()
                .map(error -> text(error.getValue(), error.getKey(), jobName, getToday(), administration.minimumGraceDays()))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String text(String key, Object... arguments) {
        return FacesMessages.text(jakarta.enterprise.inject.spi.CDI.current().select(no.vis.web.i18n.UserLocale.class).get()
                .getLocale(), key, arguments);
    }

    public void runNow(String jobName) {
        try {
            long id = administration.runNow(jobName, parameters.getOrDefault(jobName, ""));
            FacesMessages.info("jobs.started", jobName, id);
            refresh();
        } catch (InvalidInputException e) {
            FacesMessages.error("jobs.parameters.refused", jobName, parameterErrors(jobName, e));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey());
        } catch (RuntimeException e) {
            FacesMessages.error("jobs.startFailed", jobName);
        }
    }

    /** Today in Norway, as the parameters' example and the limit for {@code today}. */
    public String getToday() {
        return no.vis.common.Today.inNorway().toString();
    }

    public void stop(long executionId) {
        try {
            administration.stop(executionId);
            FacesMessages.info("jobs.stopping", executionId);
        } catch (RuntimeException e) {
            FacesMessages.error("jobs.notRunning", executionId);
        }
        refresh();
    }

    public void restart(long executionId) {
        try {
            long id = administration.restart(executionId);
            FacesMessages.info("jobs.restarted", executionId, id);
        } catch (RuntimeException e) {
            FacesMessages.error("jobs.notRestartable", executionId);
        }
        refresh();
    }

    public void showSkipped(long executionId) {
        skippedFor = executionId;
        skippedRows = administration.skipped(executionId, 500);
    }

    /** A run's time in Norway (Faces' converters take no Instant). */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(no.vis.common.Today.NORWAY);

    public List<JobOverview> getOverview() {
        return overview;
    }

    public Map<String, String[]> getSchedule() {
        return schedule;
    }

    public Map<String, Boolean> getEnabled() {
        return enabled;
    }

    public Map<String, String> getParameters() {
        return parameters;
    }

    /** Where VIS is in Folkeregisteret's event feed (null: freg-import has not yet run). */
    public no.vis.registers.freg.FeedPositions.State getFeed() {
        return feed;
    }

    /** When the feed position moved, in Norway (not an overload of time(Instant): EL cannot choose for null). */
    public String feedMoved() {
        return feed == null || feed.updatedAt() == null ? "" : time(feed.updatedAt().toInstant());
    }

    public Long getSkippedFor() {
        return skippedFor;
    }

    public List<SkippedRecords.Row> getSkippedRows() {
        return skippedRows;
    }
}
