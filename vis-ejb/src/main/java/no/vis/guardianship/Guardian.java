package no.vis.guardianship;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;
import no.vis.people.PhoneNumber;

/**
 * A guardian (foresatt). The fødselsnummer is optional: a guardian may refuse to give it — the
 * choice is recorded, and then there is no portal login and the school uses analog channels.
 * Contact details carry their source (KRR, the guardian, staff) and when they were set.
 */
@Entity
@Table(name = "guardian")
public class Guardian {

    @Id
    @SequenceGenerator(name = "guardian_seq", sequenceName = "guardian_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardian_seq")
    private Long id;

    @Column(name = "fnr", length = 11, unique = true)
    private Fodselsnummer fodselsnummer;

    @Column(name = "fnr_refused", nullable = false)
    private boolean fodselsnummerRefused;

    @Embedded
    private PersonName name;

    @Embedded
    private Address address;

    /** E.164, see {@link PhoneNumber}. */
    @Column(name = "mobile", length = 20)
    private String mobile;

    @Enumerated(EnumType.STRING)
    @Column(name = "mobile_source", length = 10)
    private ContactSource mobileSource;

    @Column(name = "mobile_set_at")
    private OffsetDateTime mobileSetAt;

    @Column(name = "email", length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_source", length = 10)
    private ContactSource emailSource;

    @Column(name = "email_set_at")
    private OffsetDateTime emailSetAt;

    @Column(name = "preferred_language", length = 2, nullable = false)
    private String preferredLanguage = Language.NB.code();

    @Column(name = "krr_imported_at")
    private OffsetDateTime krrImportedAt;

    @Column(name = "krr_reserved")
    private Boolean krrReserved;

    @Column(name = "krr_mobile_usable")
    private Boolean krrMobileUsable;

    @Column(name = "krr_email_usable")
    private Boolean krrEmailUsable;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Guardian() {
        // for JPA
    }

    /** A guardian with a fødselsnummer (from Folkeregisteret or given to staff). */
    public Guardian(Fodselsnummer fodselsnummer, PersonName name) {
        this(Objects.requireNonNull(fodselsnummer, "fødselsnummer"), false, name,
                new Address(null, null, null, AddressProtection.UGRADERT));
    }

    /**
     * @param fodselsnummer null when not known
     * @param refused the guardian refused to give it (only without a number)
     */
    public Guardian(Fodselsnummer fodselsnummer, boolean refused, PersonName name, Address address) {
        if (fodselsnummer != null && refused) {
            throw new IllegalArgumentException("a guardian who refused to give a fødselsnummer has none");
        }
        this.fodselsnummer = fodselsnummer;
        this.fodselsnummerRefused = refused;
        this.name = Objects.requireNonNull(name, "name");
        this.address = Objects.requireNonNull(address, "address");
        this.createdAt = OffsetDateTime.now();
    }

    /** Folkeregisteret gave the guardian a new identity number. */
    public void rekey(Fodselsnummer current) {
        this.fodselsnummer = Objects.requireNonNull(current, "fødselsnummer");
        this.fodselsnummerRefused = false;
    }

    public Long getId() {
        return id;
    }

    public Optional<Fodselsnummer> getFodselsnummer() {
        return Optional.ofNullable(fodselsnummer);
    }

    public boolean isFodselsnummerRefused() {
        return fodselsnummerRefused;
    }

    /** Whether the guardian can log in to the portal (ID-porten matches on the fødselsnummer). */
    public boolean canLogIn() {
        return fodselsnummer != null;
    }

    public PersonName getName() {
        return name;
    }

    public void rename(PersonName newName) {
        this.name = Objects.requireNonNull(newName, "name");
    }

    public Address getAddress() {
        return address == null ? new Address(null, null, null, AddressProtection.UGRADERT) : address;
    }

    public void moveTo(Address newAddress) {
        this.address = Objects.requireNonNull(newAddress, "address");
    }

    public Optional<ContactDetail> getMobile() {
        return mobile == null ? Optional.empty() : Optional.of(new ContactDetail(mobile, mobileSource, mobileSetAt));
    }

    public Optional<ContactDetail> getEmail() {
        return email == null ? Optional.empty() : Optional.of(new ContactDetail(email, emailSource, emailSetAt));
    }

    /**
     * Sets the mobile number from a source, stored in its one form (E.164) whatever the source
     * wrote. KRR never overwrites a number the guardian or staff set; null clears it.
     *
     * @return whether the number was set
     */
    public boolean setMobile(PhoneNumber number, ContactSource source) {
        if (source == ContactSource.KRR && mobileSource != null && mobileSource != ContactSource.KRR) {
            return false;
        }
        this.mobile = number == null ? null : number.e164();
        this.mobileSource = number == null ? null : source;
        this.mobileSetAt = number == null ? null : OffsetDateTime.now();
        return true;
    }

    /** As {@link #setMobile}, for the e-mail address. */
    public boolean setEmail(String address, ContactSource source) {
        if (source == ContactSource.KRR && emailSource != null && emailSource != ContactSource.KRR) {
            return false;
        }
        this.email = address;
        this.emailSource = address == null ? null : source;
        this.emailSetAt = address == null ? null : OffsetDateTime.now();
        return true;
    }

    /**
     * What KRR said, once: whether the guardian is reserved, and which channels may be used for
     * formal notices (the 18-month rule).
     */
    public void krrImported(OffsetDateTime at, boolean reserved, boolean mobileUsable, boolean emailUsable) {
        this.krrImportedAt = at;
        this.krrReserved = reserved;
        this.krrMobileUsable = mobileUsable;
        this.krrEmailUsable = emailUsable;
    }

    public boolean isKrrImported() {
        return krrImportedAt != null;
    }

    public Language getPreferredLanguage() {
        return Language.ofCode(preferredLanguage).orElse(Language.NB);
    }

    /** The language the guardian wants letters and messages in. */
    public void changePreferredLanguage(Language language) {
        this.preferredLanguage = Objects.requireNonNull(language, "language").code();
    }

    @Override
    public String toString() {
        return "Guardian[id=" + id + "]";
    }
}
