package no.vis.web.common;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import no.vis.absence.ReportCategory;
import no.vis.absence.ReportForm;
import no.vis.absence.ReportView;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;

/**
 * What the guardian's and the pupil's report pages share: the form's fields, its own key (the same form
 * sent twice is one report; a new key after each report sent), and sending with the service's answer
 * shown next to the fields.
 */
public abstract class ReportFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from = no.vis.common.Today.inNorway();
    private LocalDate to;
    private LocalTime fromTime;
    private LocalTime toTime;
    private ReportCategory category;
    private String requestKey = UUID.randomUUID().toString();

    /** Sends the form to the service; returns the report's id. */
    protected abstract long submit(ReportForm form);

    /** Reloads the reports shown after a report was sent. */
    protected abstract void reload();

    public abstract List<ReportView> getReports();

    public void send() {
        try {
            submit(new ReportForm(from, to, fromTime, toTime, category, requestKey));
            requestKey = UUID.randomUUID().toString();
            to = null;
            fromTime = null;
            toTime = null;
            category = null;
            reload();
            FacesMessages.info("report.sent");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("report:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public List<ReportCategory> getCategories() {
        return List.of(ReportCategory.values());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public LocalTime getFromTime() {
        return fromTime;
    }

    public void setFromTime(LocalTime fromTime) {
        this.fromTime = fromTime;
    }

    public LocalTime getToTime() {
        return toTime;
    }

    public void setToTime(LocalTime toTime) {
        this.toTime = toTime;
    }

    public ReportCategory getCategory() {
        return category;
    }

    public void setCategory(ReportCategory category) {
        this.category = category;
    }
}
