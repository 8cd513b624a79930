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
import no.vis.people.Pupil;
import no.vis.privacy.ConsentPeriod;

/**
 * One party's consent about one guardian of a pupil of 18 or more: the pupil's consent to share
 * with that guardian, or the guardian's consent to have their data kept. Recorded with the date,
 * who registered it and the reference of the signed form; valid until revoked (by either party)
 * or until the pupil leaves upper secondary school. Giving it again is a new row.
 */
@Entity
@Table(name = "consent")
public class Consent {

    public static final int REFERENCE_MAX = 100;

    @Id
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Pupil pupil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guardian_id", nullable = false)
    private Guardian guardian;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", length = 10, nullable = false)
    private ConsentParty party;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "form_reference", length = REFERENCE_MAX, nullable = false)
    private String formReference;

    @Column(name = "registered_by", length = 64, nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_by_party", length = 10)
    private ConsentParty revokedByParty;

    @Column(name = "revoke_registered_by", length = 64)
    private String revokeRegisteredBy;

    @Column(name = "revoke_registered_at")
    private OffsetDateTime revokeRegisteredAt;

    @Version
    private long version;

    protected Consent() {
        // for JPA
    }

    public Consent(Pupil pupil, Guardian guardian, ConsentParty party, LocalDate givenOn, String formReference,
                   String registeredBy) {
        this.pupil = Objects.requireNonNull(pupil, "pupil");
        this.guardian = Objects.requireNonNull(guardian, "guardian");
        this.party = Objects.requireNonNull(party, "party");
        this.givenOn = Objects.requireNonNull(givenOn, "given on");
        if (formReference == null || formReference.isBlank()) {
            throw new IllegalArgumentException("a consent needs the reference of the signed form");
        }
        this.formReference = formReference.strip();
        this.registeredBy = Objects.requireNonNull(registeredBy, "registered by");
        this.registeredAt = OffsetDateTime.now();
    }

    /** Revokes the consent from a date, by the pupil or the guardian. */
    public void revoke(LocalDate on, ConsentParty by, String registeredBy) {
        if (revokedOn != null) {
            throw new IllegalStateException("already revoked");
        }
        this.revokedOn = on.isBefore(givenOn) ? givenOn : on;
        this.revokedByParty = Objects.requireNonNull(by, "revoked by");
        this.revokeRegisteredBy = Objects.requireNonNull(registeredBy, "registered by");
        this.revokeRegisteredAt = OffsetDateTime.now();
    }

    public ConsentPeriod period() {
        return new ConsentPeriod(givenOn, revokedOn);
    }

    public Long getId() {
        return id;
    }

    public Pupil getPupil() {
        return pupil;
    }

    public Guardian getGuardian() {
        return guardian;
    }

    public ConsentParty getParty() {
        return party;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getFormReference() {
        return formReference;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Optional<LocalDate> getRevokedOn() {
        return Optional.ofNullable(revokedOn);
    }

    public Optional<ConsentParty> getRevokedByParty() {
        return Optional.ofNullable(revokedByParty);
    }
}
