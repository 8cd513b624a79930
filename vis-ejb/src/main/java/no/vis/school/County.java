package no.vis.school;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A county (fylkeskommune), the school owner that runs VIS for its schools. */
@Entity
@Cacheable
@Table(name = "county")
public class County {

    public static final int CODE_MAX = 4;
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "county_seq", sequenceName = "county_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "county_seq")
    private Long id;

    /** The county number, e.g. "11" for Rogaland. */
    @Column(name = "code", length = CODE_MAX, nullable = false, unique = true)
    private String code;

    @Column(name = "name", length = NAME_MAX, nullable = false)
    private String name;

    @Version
    private long version;

    /** The county's setting: whether guardians see orden and atferd. */
    @jakarta.persistence.Column(name = "guardians_see_conduct", nullable = false)
    private boolean guardiansSeeConduct;

    protected County() {
        // for JPA
    }

    public County(String code, String name) {
        if (code == null || !code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("a county code is 2-4 digits");
        }
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("a county name is 1-" + NAME_MAX + " characters");
        }
        this.code = code;
        this.name = name.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public boolean guardiansSeeConduct() {
        return guardiansSeeConduct;
    }

    /** The county administrator's decision whether guardians see orden and atferd (counties differ). */
    public void decideGuardiansSeeConduct(boolean shown) {
        this.guardiansSeeConduct = shown;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof County other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "County[" + code + "]";
    }
}
