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

    /** The absence warning threshold, a percentage under 10 (issue 12). */
    @Column(name = "absence_warning_percent", nullable = false, precision = 4, scale = 1)
    private java.math.BigDecimal absenceWarningPercent = AbsenceSettings.DEFAULT.warningPercent();

    /** Whether late arrival and early leaving count toward the absence limit. */
    @Column(name = "lateness_counts", nullable = false)
    private boolean latenessCounts = AbsenceSettings.DEFAULT.latenessCounts();

    /** How many hours after a lesson's end its register may be changed without a reason. */
    @Column(name = "register_deadline_hours", nullable = false)
    private int registerDeadlineHours = AbsenceSettings.DEFAULT.registerDeadlineHours();

    /** Days after a school year's last day that its remarks in orden and atferd are kept (V25). */
    @Column(name = "conduct_remarks_kept_days", nullable = false)
    private int conductRemarksKeptDays = 30;

    /** Whether guardians see absence detail (each lesson's entry), not only the totals. */
    @Column(name = "guardians_see_absence_detail", nullable = false)
    private boolean guardiansSeeAbsenceDetail = AbsenceSettings.DEFAULT.guardiansSeeDetail();

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

    public AbsenceSettings absenceSettings() {
        return new AbsenceSettings(absenceWarningPercent, latenessCounts, registerDeadlineHours, guardiansSeeAbsenceDetail);
    }

    /** The county administrator's absence settings (counties differ; none is settled nationally). */
    public void decideAbsenceSettings(AbsenceSettings settings) {
        this.absenceWarningPercent = settings.warningPercent();
        this.latenessCounts = settings.latenessCounts();
        this.registerDeadlineHours = settings.registerDeadlineHours();
        this.guardiansSeeAbsenceDetail = settings.guardiansSeeDetail();
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

    /** Days after a school year's last day that its remarks in orden and atferd are kept. */
    public int conductRemarksKeptDays() {
        return conductRemarksKeptDays;
    }

    /** The county decides how long remarks in orden and atferd are kept after their school year (retention-cleanup deletes them then). */
    public void keepConductRemarks(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days");
        }
        this.conductRemarksKeptDays = days;
    }
}
