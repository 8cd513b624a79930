package no.vis.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A county's fagkode assessed on another scale than 1–6 (bestått / ikke bestått, deltatt). */
@Entity
@Table(name = "grade_scale")
public class GradeScaleRule {

    @Id
    @SequenceGenerator(name = "grade_scale_seq", sequenceName = "grade_scale_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_scale_seq")
    private Long id;

    @Column(name = "county_id", nullable = false, updatable = false)
    private long countyId;

    @Column(name = "subject_code", length = 12, nullable = false, updatable = false)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "scale", length = 16, nullable = false)
    private GradeScale scale;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GradeScaleRule() {
    }

    public GradeScaleRule(long countyId, String subjectCode, GradeScale scale) {
        this.countyId = countyId;
        this.subjectCode = subjectCode;
        this.scale = scale;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public GradeScale getScale() {
        return scale;
    }

    /** The county assesses the subject on another scale from now on. */
    public void rescale(GradeScale scale) {
        this.scale = scale;
    }
}
