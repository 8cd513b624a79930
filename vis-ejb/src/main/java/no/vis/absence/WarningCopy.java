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
import java.util.Objects;

/** One recipient's copy of a warning on one channel (the portal, a letter), with when it was first opened. */
@Entity
@Table(name = "absence_warning_copy")
public class WarningCopy {

    /** Who receives it. */
    public enum Recipient {
        PUPIL, GUARDIAN
    }

    /** How: in the portal, or as a letter (PDF). SMS and e-mail come with messaging. */
    public enum Channel {
        PORTAL, LETTER
    }

    @Id
    @SequenceGenerator(name = "absence_warning_copy_seq", sequenceName = "absence_warning_copy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_warning_copy_seq")
    private Long id;

    @Column(name = "absence_warning_id", nullable = false)
    private long warningId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", length = 10, nullable = false)
    private Recipient recipient;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 10, nullable = false)
    private Channel channel;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Version
    private long version;

    protected WarningCopy() {
        // for JPA
    }

    public WarningCopy(long warningId, Recipient recipient, long recipientId, Channel channel, OffsetDateTime at) {
        this.warningId = warningId;
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.recipientId = recipientId;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.sentAt = Objects.requireNonNull(at, "at");
    }

    /** The recipient opened it (the first time counts). */
    public void opened(OffsetDateTime at) {
        if (openedAt == null) {
            openedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getWarningId() {
        return warningId;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }
}
