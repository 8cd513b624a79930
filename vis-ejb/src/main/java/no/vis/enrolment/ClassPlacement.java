package no.vis.enrolment;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import no.vis.people.Pupil;
import no.vis.school.SchoolClass;

/** A pupil's place in a class (basisgruppe) from a day to the day it ended (exclusive). */
@Entity
@Table(name = "class_placement")
public class ClassPlacement {

    @Id
    @SequenceGenerator(name = "class_placement_seq", sequenceName = "class_placement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_placement_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Pupil pupil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_class_id", nullable = false)
    private SchoolClass schoolClass;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(name = "created_by", length = Enrolment.BY_MAX, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    /**
     * JPQL: the pupil ({@code pupil}, a {@code Pupil} alias) was in the class ({@code schoolClass}, an id
     * expression) on {@code :day} — by the class placement that covers the day; on a day no placement
     * covers (a pupil enrolled before placements were kept), by their class now.
     */
    public static String inClassOnDay(String pupil, String schoolClass) {
        return "(" + pupil + ".id IN (SELECT cp.pupil.id FROM ClassPlacement cp WHERE cp.schoolClass.id = " + schoolClass
                + " AND cp.activeFrom <= :day AND (cp.activeTo IS NULL OR cp.activeTo > :day)) OR (" + pupil + ".schoolClass.id = "
                + schoolClass + " AND NOT EXISTS (SELECT cp2 FROM ClassPlacement cp2 WHERE cp2.pupil.id = " + pupil + ".id"
                + " AND cp2.activeFrom <= :day AND (cp2.activeTo IS NULL OR cp2.activeTo > :day))))";
    }

    /**
     * The pupils in the class on the day, as {@link #inClassOnDay} decides it, in two queries that use
     * the indexes (by class, then by pupil) — the expression itself makes PostgreSQL read every pupil.
     */
    public static java.util.Set<Long> pupilsInClassOnDay(jakarta.persistence.EntityManager em, long classId, LocalDate day) {
        java.util.Set<Long> pupils = new java.util.LinkedHashSet<>(em.createQuery("SELECT cp.pupil.id FROM ClassPlacement cp"
                + " WHERE cp.schoolClass.id = :class AND cp.activeFrom <= :day AND (cp.activeTo IS NULL OR cp.activeTo > :day)", Long.class)
                .setParameter("class", classId).setParameter("day", day).getResultList());
        pupils.addAll(em.createQuery("SELECT s.id FROM Pupil s WHERE s.schoolClass.id = :class AND NOT EXISTS (SELECT cp FROM"
                + " ClassPlacement cp WHERE cp.pupil.id = s.id AND cp.activeFrom <= :day AND (cp.activeTo IS NULL OR cp.activeTo > :day))",
                Long.class).setParameter("class", classId).setParameter("day", day).getResultList());
        return pupils;
    }

    protected ClassPlacement() {
        // for JPA
    }

    public ClassPlacement(Pupil pupil, SchoolClass schoolClass, LocalDate activeFrom, String createdBy) {
        this.pupil = Objects.requireNonNull(pupil, "pupil");
        this.schoolClass = Objects.requireNonNull(schoolClass, "class");
        this.activeFrom = Objects.requireNonNull(activeFrom, "from");
        if (createdBy == null || createdBy.isBlank() || createdBy.length() > Enrolment.BY_MAX) {
            throw new IllegalArgumentException("created by is 1-" + Enrolment.BY_MAX + " characters");
        }
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The placement ends on the day (exclusive), not before it began. */
    public void end(LocalDate on) {
        if (activeTo != null) {
            throw new IllegalStateException("the placement has ended");
        }
        if (Objects.requireNonNull(on, "on").isBefore(activeFrom)) {
            throw new IllegalArgumentException("a placement cannot end before it began");
        }
        this.activeTo = on;
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

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public Optional<LocalDate> getActiveTo() {
        return Optional.ofNullable(activeTo);
    }

    @Override
    public String toString() {
        return "ClassPlacement[id=" + id + "]";
    }
}
