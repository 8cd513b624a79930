package no.vis.absence;

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
import java.time.OffsetDateTime;

/**
 * A pupil's half-year of absence as closed for the vitnemål (sluttføring): the days, single hours and
 * deducted days the closing computed, and what is printed — the same, or the office's correction with
 * its reason. Closing again replaces the computed figures, and the printed ones unless corrected.
 */
@Entity
@Table(name = "absence_closing")
public class AbsenceClosing {

    /** A correction's reason: at most this many characters. */
    public static final int REASON_MAX = 300;

    @Id
    @SequenceGenerator(name = "absence_closing_seq", sequenceName = "absence_closing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_closing_seq")
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long pupilId;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "half", length = 12, nullable = false)
    private AbsencePeriod half;

    @Column(name = "days", nullable = false)
    private int days;

    @Column(name = "hours", nullable = false)
    private int hours;

    @Column(name = "deducted_days", nullable = false)
    private int deductedDays;

    @Column(name = "closed_days", nullable = false)
    private int closedDays;

    @Column(name = "closed_hours", nullable = false)
    private int closedHours;

    @Column(name = "closed_by", length = 64, nullable = false)
    private String closedBy;

    @Column(name = "closed_at", nullable = false)
    private OffsetDateTime closedAt;

    @Column(name = "corrected_by", length = 64)
    private String correctedBy;

    @Column(name = "corrected_at")
    private OffsetDateTime correctedAt;

    @Column(name = "correction_reason", length = REASON_MAX)
    private String correctionReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AbsenceClosing() {
    }

    public AbsenceClosing(long pupilId, int schoolYear, AbsencePeriod half) {
        if (half == AbsencePeriod.YEAR) {
            throw new IllegalArgumentException("a closing is of a half-year");
        }
        this.pupilId = pupilId;
        this.schoolYear = schoolYear;
        this.half = half;
    }

    /** Closed (again) with the figures as they are now; a correction stays, the rest is printed as computed. */
    public void close(DiplomaTotals.Half computed, String by, OffsetDateTime at) {
        closedDays = computed.days();
        closedHours = computed.hours();
        deductedDays = computed.deductedDays();
        if (correctedBy == null) {
            days = computed.days();
            hours = computed.hours();
        }
        closedBy = by;
        closedAt = at;
    }

    /** The office's correction of what is printed; back to the computed figures when they are the same. */
    public void correct(int newDays, int newHours, String reason, String by, OffsetDateTime at) {
        days = newDays;
        hours = newHours;
        boolean same = newDays == closedDays && newHours == closedHours;
        correctedBy = same ? null : by;
        correctedAt = same ? null : at;
        correctionReason = same ? null : reason;
    }

    public Long getId() {
        return id;
    }

    public long getPupilId() {
        return pupilId;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public AbsencePeriod getHalf() {
        return half;
    }

    /** Printed: days. */
    public int getDays() {
        return days;
    }

    /** Printed: single hours. */
    public int getHours() {
        return hours;
    }

    public int getDeductedDays() {
        return deductedDays;
    }

    public int getClosedDays() {
        return closedDays;
    }

    public int getClosedHours() {
        return closedHours;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public boolean isCorrected() {
        return correctedBy != null;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    @Override
    public String toString() {
        return "AbsenceClosing[" + id + "]";
    }
}
