package no.vis.guardianship;

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
import java.util.Objects;
import java.util.Optional;
import no.vis.common.DayPeriod;
import no.vis.people.Pupil;

/**
 * That a guardian is responsible for a pupil: on which basis (Folkeregisteret's
 * {@code foreldreansvar} with its {@code ansvar}, or registered by staff with a reason), from a
 * date and, once ended, to a date (exclusive) and why. A parent in {@code familierelasjon} without
 * {@code foreldreansvar} is not a guardian and has no guardianship.
 *
 * <p><b>Active on a day</b> — decided once, here: from {@code activeFrom} (inclusive) to
 * {@code activeTo} (exclusive: the day it ended is no longer active). Parental responsibility ends
 * when the pupil turns 18, so a guardianship ended on the 18th birthday gives no access on the
 * birthday itself (the guardian access policy says the same: the pupil is of age that day). In Java
 * {@link #isActiveOn(LocalDate)} ({@link DayPeriod}); in queries {@link #ACTIVE_ON_DAY} and
 * {@link #NOT_ENDED_BY_DAY} — always {@code activeTo > :day}, never {@code >=}.
 */
@Entity
@Table(name = "guardianship")
public class Guardianship {

    public static final int REASON_MAX = 500;

    /**
     * JPQL condition: the guardianship {@code gs} is active on the day {@code :day} (begun on or before
     * it, not ended on or before it). Usage: {@code "... WHERE ... AND " + ACTIVE_ON_DAY}, with
     * {@code setParameter("day", day)}.
     */
    public static final String ACTIVE_ON_DAY = "(gs.activeFrom <= :day AND (gs.activeTo IS NULL OR gs.activeTo > :day))";

    /**
     * JPQL condition: the guardianship {@code gs} has not ended on or before the day {@code :day} — it is
     * active that day, or begins later. With the day before today it also takes those ended today
     * (which Folkeregisteret may resume the same day).
     */
    public static final String NOT_ENDED_BY_DAY = "(gs.activeTo IS NULL OR gs.activeTo > :day)";

    @Id
    @SequenceGenerator(name = "guardianship_seq", sequenceName = "guardianship_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardianship_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guardian_id", nullable = false)
    private Guardian guardian;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Pupil pupil;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", length = 20, nullable = false)
    private GuardianshipBasis basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsibility", length = 10)
    private ParentalResponsibility responsibility;

    @Column(name = "manual_reason", length = REASON_MAX)
    private String manualReason;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 30)
    private GuardianshipEnd endReason;

    @Column(name = "end_note", length = REASON_MAX)
    private String endNote;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Version
    private long version;

    protected Guardianship() {
        // for JPA
    }

    private Guardianship(Guardian guardian, Pupil pupil, LocalDate activeFrom, GuardianshipBasis basis,
                         ParentalResponsibility responsibility, String manualReason, String registeredBy) {
        this.guardian = Objects.requireNonNull(guardian, "guardian");
        this.pupil = Objects.requireNonNull(pupil, "pupil");
        this.activeFrom = Objects.requireNonNull(activeFrom, "active from");
        this.basis = basis;
        this.responsibility = responsibility;
        this.manualReason = manualReason;
        this.registeredBy = Objects.requireNonNull(registeredBy, "registered by");
        this.registeredAt = OffsetDateTime.now();
    }

    /** From Folkeregisteret's {@code foreldreansvar}. */
    public static Guardianship fromRegister(Guardian guardian, Pupil pupil, LocalDate from,
                                            ParentalResponsibility responsibility, String registeredBy) {
        return new Guardianship(guardian, pupil, from, GuardianshipBasis.FOLKEREGISTERET,
                Objects.requireNonNull(responsibility, "ansvar"), null, registeredBy);
    }

    /** Registered by staff, with the reason (required). */
    public static Guardianship manual(Guardian guardian, Pupil pupil, LocalDate from, String reason, String registeredBy) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a manual guardianship needs a reason");
        }
        return new Guardianship(guardian, pupil, from, GuardianshipBasis.MANUAL, null, reason.strip(), registeredBy);
    }

    /** Ends the guardianship on a date (the last day it was active is the day before). */
    public void end(LocalDate on, GuardianshipEnd reason, String note, String by) {
        if (on.isBefore(activeFrom)) {
            throw new IllegalArgumentException("a guardianship cannot end before it began");
        }
        if (activeTo != null) {
            throw new IllegalStateException("already ended");
        }
        this.activeTo = on;
        this.endReason = Objects.requireNonNull(reason, "reason");
        this.endNote = note == null || note.isBlank() ? null : note.strip();
        this.endedBy = Objects.requireNonNull(by, "ended by");
    }

    /**
     * Ends the guardianship by a rule (a birthday, a leaving day, the register): on the day, or on
     * the day it began if that is later — a guardianship that began after the event never was active.
     */
    public void endByRule(LocalDate on, GuardianshipEnd reason, String by) {
        end(on.isBefore(activeFrom) ? activeFrom : on, reason, null, by);
    }

    /**
     * Folkeregisteret has the responsibility again on the day it ended it (a change undone the
     * same day): the guardianship goes on as if it had not ended, rather than a second one that
     * began and ended the same day.
     */
    public void resumeFromRegister(LocalDate today, ParentalResponsibility value) {
        if (basis != GuardianshipBasis.FOLKEREGISTERET || endReason != GuardianshipEnd.NO_LONGER_IN_REGISTER
                || !today.equals(activeTo)) {
            throw new IllegalStateException("only a register guardianship the register ended today resumes");
        }
        this.activeTo = null;
        this.endReason = null;
        this.endNote = null;
        this.endedBy = null;
        this.responsibility = Objects.requireNonNull(value, "ansvar");
    }

    /** Folkeregisteret changed the kind of responsibility (e.g. felles → mor) for the same adult. */
    public void changeResponsibility(ParentalResponsibility value) {
        if (basis != GuardianshipBasis.FOLKEREGISTERET) {
            throw new IllegalStateException("only a register guardianship has an ansvar");
        }
        this.responsibility = Objects.requireNonNull(value, "ansvar");
    }

    /** Whether the guardianship is active on the day: see the class comment ({@link #ACTIVE_ON_DAY} in queries). */
    public boolean isActiveOn(LocalDate day) {
        return DayPeriod.contains(activeFrom, activeTo, day);
    }

    public Long getId() {
        return id;
    }

    public Guardian getGuardian() {
        return guardian;
    }

    public Pupil getPupil() {
        return pupil;
    }

    public GuardianshipBasis getBasis() {
        return basis;
    }

    public Optional<ParentalResponsibility> getResponsibility() {
        return Optional.ofNullable(responsibility);
    }

    public Optional<String> getManualReason() {
        return Optional.ofNullable(manualReason);
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public Optional<LocalDate> getActiveTo() {
        return Optional.ofNullable(activeTo);
    }

    public Optional<GuardianshipEnd> getEndReason() {
        return Optional.ofNullable(endReason);
    }

    public Optional<String> getEndNote() {
        return Optional.ofNullable(endNote);
    }
}
