package no.vis.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import no.vis.calendar.ClockTime;

/**
 * Absence reported from home: by a guardian of a pupil under 18 or by a pupil of 18 or more, for whole
 * days or a time span on one day, with a category; sent, then linked by the contact teacher to the
 * absence registered (which then has its documentation). The reporter is a VIS user id
 * ({@code guardian:3}, {@code pupil:7}), never a name or number.
 */
@Entity
@Table(name = "absence_report")
public class AbsenceReport {

    /** Sent, or linked to the registered absence by the contact teacher. */
    public enum Status {
        SENT, LINKED
    }

    /** Who reported. */
    public enum ReporterKind {
        GUARDIAN, PUPIL
    }

    @Id
    @SequenceGenerator(name = "absence_report_seq", sequenceName = "absence_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_report_seq")
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long pupilId;

    @Column(name = "reporter", length = 64, nullable = false)
    private String reporter;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_kind", length = 10, nullable = false)
    private ReporterKind reporterKind;

    @Column(name = "request_key", length = 40, nullable = false)
    private String requestKey;

    @Column(name = "from_day", nullable = false)
    private LocalDate fromDay;

    @Column(name = "to_day", nullable = false)
    private LocalDate toDay;

    @Column(name = "from_time")
    private Short fromTime;

    @Column(name = "to_time")
    private Short toTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 10, nullable = false)
    private ReportCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private Status status;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "handled_at")
    private OffsetDateTime handledAt;

    @Column(name = "handled_by", length = 64)
    private String handledBy;

    @Version
    private long version;

    protected AbsenceReport() {
        // for JPA
    }

    public AbsenceReport(long pupilId, String reporter, ReporterKind reporterKind, String requestKey, LocalDate fromDay,
                         LocalDate toDay, LocalTime fromTime, LocalTime toTime, ReportCategory category, OffsetDateTime at) {
        if (toDay.isBefore(fromDay)) {
            throw new IllegalArgumentException("from before to");
        }
        if ((fromTime == null) != (toTime == null) || fromTime != null && (!fromDay.equals(toDay) || !fromTime.isBefore(toTime))) {
            throw new IllegalArgumentException("a time span is on one day, from before to");
        }
        this.pupilId = pupilId;
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.reporterKind = Objects.requireNonNull(reporterKind, "reporterKind");
        this.requestKey = Objects.requireNonNull(requestKey, "requestKey");
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.fromTime = fromTime == null ? null : (short) ClockTime.minutes(fromTime);
        this.toTime = toTime == null ? null : (short) ClockTime.minutes(toTime);
        this.category = Objects.requireNonNull(category, "category");
        this.status = Status.SENT;
        this.submittedAt = Objects.requireNonNull(at, "at");
    }

    /** The contact teacher has linked it to the registered absence. */
    public void link(String by, OffsetDateTime at) {
        this.status = Status.LINKED;
        this.handledBy = Objects.requireNonNull(by, "by");
        this.handledAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public long getPupilId() {
        return pupilId;
    }

    public String getReporter() {
        return reporter;
    }

    public ReporterKind getReporterKind() {
        return reporterKind;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public LocalTime getFromTime() {
        return fromTime == null ? null : ClockTime.of(fromTime);
    }

    public LocalTime getToTime() {
        return toTime == null ? null : ClockTime.of(toTime);
    }

    public ReportCategory getCategory() {
        return category;
    }

    public Status getStatus() {
        return status;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getHandledAt() {
        return handledAt;
    }
}
