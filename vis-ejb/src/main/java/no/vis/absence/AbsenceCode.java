package no.vis.absence;

import jakarta.persistence.Cacheable;
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
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import no.vis.common.DayPeriod;

/**
 * One of the county's absence codes (InSchool's X, M, D, !, R, §; iSkole's D, I, F, S, O, A, M …), valid
 * from a day until a day (exclusive; null: still), with what it means. Codes differ between counties
 * and years, so they are data the county maintains, not constants. A day-level code is the contact
 * teacher's for day absence (counted in days on the vitnemål); the others are for lessons.
 */
@Entity
@Cacheable
@jakarta.persistence.EntityListeners(no.vis.common.CachedDataListener.class)
@Table(name = "absence_code")
public class AbsenceCode implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CODE_MAX = 4;
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "absence_code_seq", sequenceName = "absence_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_code_seq")
    private Long id;

    @Column(name = "county_id", nullable = false)
    private long countyId;

    @Column(name = "code", length = CODE_MAX, nullable = false)
    private String code;

    @Column(name = "name_nb", length = NAME_MAX, nullable = false)
    private String nameNb;

    @Column(name = "name_nn", length = NAME_MAX, nullable = false)
    private String nameNn;

    @Column(name = "name_en", length = NAME_MAX, nullable = false)
    private String nameEn;

    @Column(name = "counts_toward_limit", nullable = false)
    private boolean countsTowardLimit;

    @Column(name = "on_diploma", nullable = false)
    private boolean onDiploma;

    @Column(name = "affects_orden", nullable = false)
    private boolean affectsOrden;

    @Column(name = "is_presence", nullable = false)
    private boolean presence;

    @Column(name = "day_level", nullable = false)
    private boolean dayLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "documentation", length = 24, nullable = false)
    private Documentation documentation;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "sort_order", nullable = false)
    private short sortOrder;

    @Version
    private long version;

    protected AbsenceCode() {
        // for JPA
    }

    public AbsenceCode(long countyId, AbsenceCodeForm form) {
        this.countyId = countyId;
        this.code = form.code().strip();
        this.nameNb = form.nameNb().strip();
        this.nameNn = form.nameNn().strip();
        this.nameEn = form.nameEn().strip();
        this.countsTowardLimit = form.countsTowardLimit();
        this.onDiploma = form.onDiploma();
        this.affectsOrden = form.affectsOrden();
        this.presence = form.presence();
        this.dayLevel = form.dayLevel();
        this.documentation = Objects.requireNonNull(form.documentation(), "documentation");
        this.validFrom = Objects.requireNonNull(form.validFrom(), "validFrom");
        this.validTo = form.validTo();
        this.sortOrder = (short) form.sortOrder();
        if (validTo != null && !validFrom.isBefore(validTo)) {
            throw new IllegalArgumentException("valid from before valid to");
        }
    }

    /** Not to be used from the day on (exclusive end): earlier absence keeps its code. */
    public void endOn(LocalDate day) {
        if (!day.isAfter(validFrom)) {
            throw new IllegalArgumentException("a code ends after it starts");
        }
        this.validTo = day;
    }

    public boolean validOn(LocalDate day) {
        return DayPeriod.contains(validFrom, validTo, day);
    }

    /** The name in the language (bokmål unless nynorsk or English is asked for). */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nn" -> nameNn;
            case "en" -> nameEn;
            default -> nameNb;
        };
    }

    public Long getId() {
        return id;
    }

    public long getCountyId() {
        return countyId;
    }

    public String getCode() {
        return code;
    }

    public boolean countsTowardLimit() {
        return countsTowardLimit;
    }

    public boolean onDiploma() {
        return onDiploma;
    }

    public boolean affectsOrden() {
        return affectsOrden;
    }

    public boolean isPresence() {
        return presence;
    }

    public boolean isDayLevel() {
        return dayLevel;
    }

    public Documentation getDocumentation() {
        return documentation;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
