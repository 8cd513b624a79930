package no.vis.school;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * An upper secondary school of a county. Every school-owned record (classes, pupils and what
 * comes later) points at its school; the business key is the organisation number.
 */
@Entity
@EntityListeners(no.vis.common.CachedDataListener.class)
@Cacheable
@Table(name = "school")
public class School {

    public static final int NAME_MAX = 150;

    @Id
    @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    /** Organisation number in Enhetsregisteret (9 digits), as Feide's {@code NO<orgnr>}. */
    @Column(name = "org_number", length = 9, nullable = false, unique = true)
    private String orgNumber;

    @Column(name = "name", length = NAME_MAX, nullable = false)
    private String name;

    @Version
    private long version;

    protected School() {
        // for JPA
    }

    public School(County county, String orgNumber, String name) {
        this.county = Objects.requireNonNull(county, "county");
        if (orgNumber == null || !orgNumber.matches("\\d{9}")) {
            throw new IllegalArgumentException("an organisation number has 9 digits");
        }
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("a school name is 1-" + NAME_MAX + " characters");
        }
        this.orgNumber = orgNumber;
        this.name = name.strip();
    }

    public Long getId() {
        return id;
    }

    public County getCounty() {
        return county;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof School other && orgNumber.equals(other.orgNumber);
    }

    @Override
    public int hashCode() {
        return orgNumber.hashCode();
    }

    @Override
    public String toString() {
        return "School[" + orgNumber + "]";
    }
}
