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
import java.time.OffsetDateTime;
import java.util.Objects;

/** A pupil's request about one of their absences, and the contact teacher's decision on it. */
@Entity
@Table(name = "absence_request")
public class AbsenceRequest {

    public enum Status {
        SENT, ACCEPTED, REJECTED
    }

    /** Why a request is rejected: stated reasons only. */
    public enum Rejection {
        NO_DOCUMENTATION, REGISTERED_CORRECTLY
    }

    @Id
    @SequenceGenerator(name = "absence_request_seq", sequenceName = "absence_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_request_seq")
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long pupilId;

    @Column(name = "absence_id", nullable = false)
    private long absenceId;

    @Column(name = "on_day", nullable = false)
    private LocalDate day;

    @Column(name = "subject_code", length = 12, nullable = false)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private RequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection", length = 24)
    private Rejection rejection;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AbsenceRequest() {
    }

    public AbsenceRequest(LessonAbsence absence, RequestKind kind, OffsetDateTime at) {
        this.pupilId = absence.getPupilId();
        this.absenceId = absence.getId();
        this.day = absence.getDay();
        this.subjectCode = absence.getSubjectCode();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = Status.SENT;
        this.sentAt = Objects.requireNonNull(at, "at");
    }

    public void accept(String by, OffsetDateTime at) {
        decide(Status.ACCEPTED, null, by, at);
    }

    public void reject(Rejection why, String by, OffsetDateTime at) {
        decide(Status.REJECTED, Objects.requireNonNull(why, "why"), by, at);
    }

    private void decide(Status to, Rejection why, String by, OffsetDateTime at) {
        if (status != Status.SENT) {
            throw new IllegalStateException("decided already");
        }
        status = to;
        rejection = why;
        decidedBy = Objects.requireNonNull(by, "by");
        decidedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public long getPupilId() {
        return pupilId;
    }

    public long getAbsenceId() {
        return absenceId;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public RequestKind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public Rejection getRejection() {
        return rejection;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    @Override
    public String toString() {
        return "AbsenceRequest[" + id + "]";
    }
}
