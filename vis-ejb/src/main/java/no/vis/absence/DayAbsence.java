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

/**
 * The contact teacher's day absence of a pupil: every lesson of the day at once, with one code and
 * documentation. The day's lesson absences point to it and are locked for the subject teachers.
 */
@Entity
@Table(name = "day_absence")
public class DayAbsence {

    @Id
    @SequenceGenerator(name = "day_absence_seq", sequenceName = "day_absence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "day_absence_seq")
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long pupilId;

    @Column(name = "on_day", nullable = false)
    private LocalDate day;

    @Column(name = "absence_code_id", nullable = false)
    private long codeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "documentation", length = 24, nullable = false)
    private Documentation documentation;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by", length = 64, nullable = false)
    private String registeredBy;

    @Version
    private long version;

    protected DayAbsence() {
        // for JPA
    }

    public DayAbsence(long pupilId, LocalDate day, long codeId, Documentation documentation, String by, OffsetDateTime at) {
        this.pupilId = pupilId;
        this.day = Objects.requireNonNull(day, "day");
        record(codeId, documentation, by, at);
    }

    /** Registers the code and documentation, by someone, now. */
    public final void record(long newCodeId, Documentation newDocumentation, String by, OffsetDateTime at) {
        this.codeId = newCodeId;
        this.documentation = Objects.requireNonNull(newDocumentation, "documentation");
        this.registeredBy = Objects.requireNonNull(by, "by");
        this.registeredAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public long getPupilId() {
        return pupilId;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getCodeId() {
        return codeId;
    }

    public Documentation getDocumentation() {
        return documentation;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
