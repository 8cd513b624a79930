package no.vis.guardianship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Objects;
import no.vis.people.Student;

/** That a guardian is responsible for a pupil, from a date and, once ended, to a date. */
@Entity
@Table(name = "guardianship")
public class Guardianship {

    @Id
    @SequenceGenerator(name = "guardianship_seq", sequenceName = "guardianship_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardianship_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guardian_id", nullable = false)
    private Guardian guardian;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Version
    private long version;

    protected Guardianship() {
        // for JPA
    }

    public Guardianship(Guardian guardian, Student student, LocalDate activeFrom) {
        this.guardian = Objects.requireNonNull(guardian, "guardian");
        this.student = Objects.requireNonNull(student, "student");
        this.activeFrom = Objects.requireNonNull(activeFrom, "active from");
    }

    /** Ends the guardianship on a date (the last day it was active is the day before). */
    public void end(LocalDate on) {
        if (on.isBefore(activeFrom)) {
            throw new IllegalArgumentException("a guardianship cannot end before it began");
        }
        this.activeTo = on;
    }

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(activeFrom) && (activeTo == null || date.isBefore(activeTo));
    }

    public Guardian getGuardian() {
        return guardian;
    }

    public Student getStudent() {
        return student;
    }
}
