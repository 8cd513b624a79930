package no.vis.people;

import no.vis.common.NameCase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's name as Folkeregisteret holds it: given name(s), optional middle name, family name.
 * Each part up to 200 characters. Immutable.
 */
@Embeddable
public class PersonName implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Folkeregisteret allows names up to 200 characters per part. */
    public static final int PART_MAX = 200;

    @Column(name = "given_name", length = PART_MAX, nullable = false)
    private String givenName;

    @Column(name = "middle_name", length = PART_MAX)
    private String middleName;

    @Column(name = "family_name", length = PART_MAX, nullable = false)
    private String familyName;

    protected PersonName() {
        // for JPA
    }

    public PersonName(String givenName, String middleName, String familyName) {
        this.givenName = requirePart(givenName, "given name");
        this.middleName = middleName == null || middleName.isBlank() ? null : requirePart(middleName, "middle name");
        this.familyName = requirePart(familyName, "family name");
    }

    private static String requirePart(String part, String what) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String stripped = part.strip();
        if (stripped.length() > PART_MAX) {
            throw new IllegalArgumentException(what + " is longer than " + PART_MAX + " characters");
        }
        return stripped;
    }

    public String givenName() {
        return givenName;
    }

    public String middleName() {
        return middleName;
    }

    public String familyName() {
        return familyName;
    }

    /** "Given Middle Family", the way the name is written. */
    public String fullName() {
        return Stream.of(givenName, middleName, familyName).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    /**
     * The name as it is shown to people: each part in {@link NameCase} ({@code KARI SYNUTOPIA} →
     * {@code Kari Synutopia}). Stored and matched is always this, the register's form.
     */
    public PersonName displayForm() {
        return new PersonName(NameCase.givenName(givenName), NameCase.familyName(middleName), NameCase.familyName(familyName));
    }

    /** "Given Middle Family" as shown to people; short for {@code displayForm().fullName()}. */
    public String displayName() {
        return displayForm().fullName();
    }

    /** The lower-case form that name searches match against (the register's form, not the display form). */
    public String searchForm() {
        return fullName().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonName other && givenName.equals(other.givenName)
                && Objects.equals(middleName, other.middleName) && familyName.equals(other.familyName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(givenName, middleName, familyName);
    }

    @Override
    public String toString() {
        return "PersonName[…]"; // names are personal data: not for logs
    }
}
