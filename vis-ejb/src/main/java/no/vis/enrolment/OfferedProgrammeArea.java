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
import java.util.Objects;
import no.vis.school.School;

/** A programme area a school offers: pupils are enrolled only in these. */
@Entity
@Table(name = "school_programme_area")
public class OfferedProgrammeArea {

    @Id
    @SequenceGenerator(name = "school_programme_area_seq", sequenceName = "school_programme_area_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_programme_area_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Column(name = "programme_area", length = ProgrammeAreaCode.LENGTH, nullable = false)
    private String programmeArea;

    @Version
    private long version;

    protected OfferedProgrammeArea() {
        // for JPA
    }

    public OfferedProgrammeArea(School school, String programmeArea) {
        this.school = Objects.requireNonNull(school, "school");
        this.programmeArea = ProgrammeAreaCode.normalise(programmeArea)
                .orElseThrow(() -> new IllegalArgumentException("not a programme area code"));
    }

    public School getSchool() {
        return school;
    }

    public String getProgrammeArea() {
        return programmeArea;
    }
}
