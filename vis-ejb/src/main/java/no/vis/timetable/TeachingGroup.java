package no.vis.timetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A teaching group (undervisningsgruppe) of a school year teaching one subject (fagkode), e.g.
 * "1STA/NOR1260" for a class's own group or "NOR-R1-2" for a cross-class group. A group of a class
 * subject (klassefag) names its class; a block code marks groups taught in parallel.
 */
@Entity
@EntityListeners(no.vis.common.CachedDataListener.class)
@Table(name = "teaching_group")
public class TeachingGroup {

    public static final int CODE_MAX = 30;
    public static final int BLOCK_MAX = 10;
    /** A Grep fagkode: three letters and four digits (NOR1260), or the local 999999 of a split subject's components. */
    public static final Pattern SUBJECT_CODE = Pattern.compile("[A-ZÆØÅ]{3}\\d{4}|999999");

    @Id
    @SequenceGenerator(name = "teaching_group_seq", sequenceName = "teaching_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teaching_group_seq")
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Column(name = "code", length = CODE_MAX, nullable = false)
    private String code;

    @Column(name = "subject_code", length = 12, nullable = false)
    private String subjectCode;

    @Column(name = "school_class_id")
    private Long schoolClassId;

    @Column(name = "block_code", length = 10)
    private String blockCode;

    /** The day the group was ended (archived): no longer taught from that day; null while it is. */
    @Column(name = "ended_on")
    private java.time.LocalDate endedOn;

    @Version
    private long version;

    protected TeachingGroup() {
        // for JPA
    }

    public TeachingGroup(long schoolId, int schoolYear, String code, String subjectCode, Long schoolClassId, String blockCode) {
        this.schoolId = schoolId;
        this.schoolYear = schoolYear;
        rename(code);
        teach(subjectCode);
        this.schoolClassId = schoolClassId;
        block(blockCode);
    }

    public final void rename(String newCode) {
        if (newCode == null || newCode.isBlank() || newCode.strip().length() > CODE_MAX) {
            throw new IllegalArgumentException("a group code is 1-" + CODE_MAX + " characters");
        }
        this.code = newCode.strip();
    }

    public final void teach(String newSubjectCode) {
        String s = newSubjectCode == null ? "" : newSubjectCode.strip().toUpperCase(Locale.ROOT);
        if (!SUBJECT_CODE.matcher(s).matches()) {
            throw new IllegalArgumentException("not a fagkode");
        }
        this.subjectCode = s;
    }

    /** Another class (basisgruppe) for a class subject's group, or none. */
    public void assignClass(Long newClassId) {
        this.schoolClassId = newClassId;
    }

    /** Another block code (groups taught in parallel), or none. */
    public void block(String newBlockCode) {
        String b = newBlockCode == null || newBlockCode.isBlank() ? null : newBlockCode.strip();
        if (b != null && b.length() > BLOCK_MAX) {
            throw new IllegalArgumentException("a block code is at most " + BLOCK_MAX + " characters");
        }
        this.blockCode = b;
    }

    /** Ends (archives) the group on the day: it is no longer taught from then, and its history stays. */
    public void endOn(java.time.LocalDate day) {
        this.endedOn = java.util.Objects.requireNonNull(day, "day");
    }

    public java.time.LocalDate getEndedOn() {
        return endedOn;
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public String getCode() {
        return code;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public Long getSchoolClassId() {
        return schoolClassId;
    }

    public String getBlockCode() {
        return blockCode;
    }

    @Override
    public String toString() {
        return "TeachingGroup[" + code + " " + schoolYear + "]";
    }
}
