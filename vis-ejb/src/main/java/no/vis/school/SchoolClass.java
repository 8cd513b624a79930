package no.vis.school;

import jakarta.persistence.Cacheable;
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
import java.util.Locale;
import java.util.Objects;

/**
 * A class (basisgruppe) of a school in one school year, e.g. "1STA" on Vg1. Unique per school,
 * school year and code.
 */
@Entity
@Cacheable
@Table(name = "school_class")
public class SchoolClass {

    public static final int CODE_MAX = 20;

    @Id
    @SequenceGenerator(name = "school_class_seq", sequenceName = "school_class_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_class_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    /** The calendar year the school year starts in: 2026 for 2026/27. */
    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Column(name = "code", length = CODE_MAX, nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 4, nullable = false)
    private Level level;

    /** Utdanningsprogram code from Grep, e.g. "ST" or "EL". */
    @Column(name = "programme", length = 10)
    private String programme;

    @Version
    private long version;

    /** Trinn: the level of upper secondary education. */
    public enum Level {
        VG1, VG2, VG3
    }

    protected SchoolClass() {
        // for JPA
    }

    public SchoolClass(School school, int schoolYear, String code, Level level, String programme) {
        this.school = Objects.requireNonNull(school, "school");
        if (schoolYear < 2000 || schoolYear > 2100) {
            throw new IllegalArgumentException("school year out of range");
        }
        if (code == null || code.isBlank() || code.strip().length() > CODE_MAX) {
            throw new IllegalArgumentException("a class code is 1-" + CODE_MAX + " characters");
        }
        this.schoolYear = schoolYear;
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.level = Objects.requireNonNull(level, "level");
        this.programme = programme;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public String getCode() {
        return code;
    }

    public Level getLevel() {
        return level;
    }

    public String getProgramme() {
        return programme;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchoolClass other && school.equals(other.school)
                && schoolYear == other.schoolYear && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(school, schoolYear, code);
    }

    @Override
    public String toString() {
        return "SchoolClass[" + code + " " + schoolYear + "]";
    }
}
