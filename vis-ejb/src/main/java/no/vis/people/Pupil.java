package no.vis.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.Objects;
import no.vis.school.School;
import no.vis.school.SchoolClass;

/**
 * A pupil (elev) at a school of the county. The business key is the fødselsnummer.
 * The birth date is Folkeregisteret's, not derived from the number (numbers from 2032 do not
 * encode it).
 */
@Entity
@Table(name = "student")
public class Pupil {

    @Id
    @SequenceGenerator(name = "student_seq", sequenceName = "student_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "student_seq")
    private Long id;

    @Column(name = "fnr", length = 11, nullable = false, unique = true)
    private Fodselsnummer fodselsnummer;

    @Embedded
    private PersonName name;

    /** Lower-case full name that the name filter matches against (indexed for substring search). */
    @Column(name = "search_name", length = 3 * PersonName.PART_MAX + 2, nullable = false)
    private String searchName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Embedded
    private Address address;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id")
    private SchoolClass schoolClass;

    /** Feide's user id ({@code sub}) of the pupil, once known: how a pupil's login is matched. */
    @Column(name = "feide_user_id", length = 64, unique = true)
    private String feideUserId;

    /** The day the pupil left upper secondary school; null while enrolled. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Pupil() {
        // for JPA
    }

    public Pupil(Fodselsnummer fodselsnummer, PersonName name, LocalDate birthDate, Address address,
                   School school, SchoolClass schoolClass) {
        this.fodselsnummer = Objects.requireNonNull(fodselsnummer, "fødselsnummer");
        this.birthDate = Objects.requireNonNull(birthDate, "birth date");
        if (birthDate.isAfter(no.vis.common.Today.inNorway())) {
            throw new IllegalArgumentException("birth date in the future");
        }
        rename(name);
        this.address = Objects.requireNonNull(address, "address");
        this.school = Objects.requireNonNull(school, "school");
        placeInClass(schoolClass);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A new name from Folkeregisteret. */
    public final void rename(PersonName newName) {
        this.name = Objects.requireNonNull(newName, "name");
        this.searchName = newName.searchForm();
    }

    /** A new address from Folkeregisteret (with its protection level). */
    public void moveTo(Address newAddress) {
        this.address = Objects.requireNonNull(newAddress, "address");
    }

    /** Moves the pupil into a class of the pupil's own school, or out of any class ({@code null}). */
    public final void placeInClass(SchoolClass newClass) {
        if (newClass != null && !newClass.getSchool().equals(school)) {
            throw new IllegalArgumentException("the class belongs to another school");
        }
        this.schoolClass = newClass;
    }

    /**
     * The pupil moves to another school of the county, into one of its classes or none yet. Only
     * through enrolment ({@code no.vis.enrolment}), which keeps the history in step.
     */
    public void moveToSchool(School newSchool, SchoolClass newClass) {
        this.school = Objects.requireNonNull(newSchool, "school");
        placeInClass(newClass);
    }

    /** A pupil who had left is enrolled again, at a school and in no class yet. */
    public void returnTo(School at) {
        this.leftOn = null;
        moveToSchool(at, null);
    }

    /** Links the pupil's Feide account; the Feide user id is the stable {@code sub}. */
    public void linkFeide(String feideUserId) {
        if (feideUserId == null || feideUserId.isBlank() || feideUserId.length() > 64) {
            throw new IllegalArgumentException("a Feide user id is 1-64 characters");
        }
        this.feideUserId = feideUserId;
    }

    public Long getId() {
        return id;
    }

    public Fodselsnummer getFodselsnummer() {
        return fodselsnummer;
    }

    public PersonName getName() {
        return name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Address getAddress() {
        return address;
    }

    /** Folkeregisteret gave the pupil a new identity number (a D-number became a fødselsnummer). */
    public void rekey(Fodselsnummer current) {
        this.fodselsnummer = Objects.requireNonNull(current, "fødselsnummer");
    }

    public java.util.Optional<LocalDate> getLeftOn() {
        return java.util.Optional.ofNullable(leftOn);
    }

    /** The pupil leaves upper secondary school on the day. */
    public void leave(LocalDate on) {
        this.leftOn = Objects.requireNonNull(on, "left on");
    }

    public School getSchool() {
        return school;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pupil other && fodselsnummer.equals(other.fodselsnummer);
    }

    @Override
    public int hashCode() {
        return fodselsnummer.hashCode();
    }

    @Override
    public String toString() {
        return "Pupil[id=" + id + "]";
    }
}
