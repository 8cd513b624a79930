package no.vis.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One line of the access log. Holds ids only — the actor's pseudonymous VIS user id and the
 * subject's record id — so it keeps no personal data of its own: once a guardian is deleted, their
 * lines remain as a pseudonymous trace.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    public static final int PURPOSE_MAX = 200;

    @Id
    @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "actor", length = 64, nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", length = 20, updatable = false)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", length = 10, updatable = false)
    private SubjectKind subjectKind;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30, updatable = false)
    private DataCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 10, nullable = false, updatable = false)
    private AccessAction action;

    @Column(name = "purpose", length = PURPOSE_MAX, nullable = false, updatable = false)
    private String purpose;

    protected AccessLogEntry() {
        // for JPA
    }

    AccessLogEntry(OffsetDateTime at, String actor, String actorRole, SubjectKind subjectKind, Long subjectId,
                   DataCategory category, AccessAction action, String purpose) {
        this.at = at;
        this.actor = actor;
        this.actorRole = actorRole;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.category = category;
        this.action = action;
        this.purpose = purpose(purpose);
    }

    /** The purpose as the log keeps it (at most {@link #PURPOSE_MAX} characters). */
    static String purpose(String purpose) {
        return purpose.length() > PURPOSE_MAX ? purpose.substring(0, PURPOSE_MAX) : purpose;
    }
}
