package no.vis.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import no.vis.people.Pupil;
import no.vis.school.School;
import no.vis.school.SchoolClass.Level;

/**
 * One period of a pupil's enrolment: at a school, in a programme area on a level, from a day to
 * the day it ended (exclusive, as a guardianship) and why. A pupil has at most one current
 * enrolment; a change of programme area or school ends it and starts the next on the same day.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    public static final int BY_MAX = 64;

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Pupil pupil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Column(name = "programme_area", length = ProgrammeAreaCode.LENGTH, nullable = false)
    private String programmeArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 4, nullable = false)
    private Level level;

    /** The admission day (VIGO's, or the office's). */
    @Column(name = "admitted_on", nullable = false)
    private LocalDate admittedOn;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 30)
    private EnrolmentEnd endReason;

    /** Who made it: a staff member's pseudonymous user id, or {@code job:<name>}. */
    @Column(name = "created_by", length = BY_MAX, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(Pupil pupil, School school, String programmeArea, Level level, LocalDate admittedOn,
                     LocalDate activeFrom, String createdBy) {
        this.pupil = Objects.requireNonNull(pupil, "pupil");
        this.school = Objects.requireNonNull(school, "school");
        this.programmeArea = ProgrammeAreaCode.normalise(programmeArea)
                .orElseThrow(() -> new IllegalArgumentException("not a programme area code"));
        this.level = Objects.requireNonNull(level, "level");
        this.admittedOn = Objects.requireNonNull(admittedOn, "admitted on");
        this.activeFrom = Objects.requireNonNull(activeFrom, "from");
        if (createdBy == null || createdBy.isBlank() || createdBy.length() > BY_MAX) {
            throw new IllegalArgumentException("created by is 1-" + BY_MAX + " characters");
        }
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Ends the enrolment on the day (exclusive), not before it began. */
    public void end(LocalDate on, EnrolmentEnd reason) {
        if (activeTo != null) {
            throw new IllegalStateException("the enrolment has ended");
        }
        if (Objects.requireNonNull(on, "on").isBefore(activeFrom)) {
            throw new IllegalArgumentException("an enrolment cannot end before it began");
        }
        this.activeTo = on;
        this.endReason = Objects.requireNonNull(reason, "reason");
    }

    public boolean isCurrent() {
        return activeTo == null;
    }

    public Long getId() {
        return id;
    }

    public Pupil getPupil() {
        return pupil;
    }

    public School getSchool() {
        return school;
    }

    public String getProgrammeArea() {
        return programmeArea;
    }

    public Level getLevel() {
        return level;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public Optional<LocalDate> getActiveTo() {
        return Optional.ofNullable(activeTo);
    }

    public Optional<EnrolmentEnd> getEndReason() {
        return Optional.ofNullable(endReason);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public String toString() {
        return "Enrolment[id=" + id + "]";
    }
}
