package no.vis.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * What every catalogue element keeps from Grep: its code, titles, status, validity, Grep's
 * {@code sist-endret} and the hash of what VIS read (a sync that reads the same changes nothing).
 * Never deleted: an element Grep stops listing gets the status {@value #REMOVED}.
 */
@MappedSuperclass
public abstract class CatalogueElement {

    /** Grep's status for what is in force. */
    public static final String PUBLISHED = "publisert";
    /** Grep's status for what has expired. */
    public static final String EXPIRED = "utgaatt";
    /** VIS's status for an element Grep no longer lists. */
    public static final String REMOVED = "fjernet";

    @Column(name = "code", length = 40, nullable = false, updatable = false)
    private String code;

    @Embedded
    private Titles titles;

    @Column(name = "status", length = 40, nullable = false)
    private String status;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "grep_changed", length = 40)
    private String grepChanged;

    @Column(name = "content_hash", length = 64, nullable = false)
    private String contentHash;

    @Column(name = "synced_at", nullable = false)
    private OffsetDateTime syncedAt;

    protected CatalogueElement() {
        // for JPA
    }

    protected CatalogueElement(String code) {
        this.code = code;
    }

    /** Takes what Grep says now about the element. */
    public void refresh(Titles titles, String status, LocalDate validFrom, LocalDate validTo, String grepChanged,
                        String contentHash, OffsetDateTime now) {
        this.titles = titles;
        this.status = status;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.grepChanged = grepChanged;
        this.contentHash = contentHash;
        this.syncedAt = now;
    }

    /** Grep no longer lists the element: kept, as removed (pupils and groups may refer to it). */
    public void removedFromGrep(OffsetDateTime now) {
        this.status = REMOVED;
        this.contentHash = "";
        this.syncedAt = now;
    }

    /** Whether the element is no longer in force on the day: utgått in Grep, removed from it, or past its gyldig-til. */
    public boolean expiredOn(LocalDate day) {
        return !PUBLISHED.equals(status) || (validTo != null && validTo.isBefore(day));
    }

    public String title(Locale locale) {
        return titles == null ? code : titles.in(locale, code);
    }

    public String getCode() {
        return code;
    }

    public Titles getTitles() {
        return titles;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getGrepChanged() {
        return grepChanged;
    }

    public String getContentHash() {
        return contentHash;
    }
}
