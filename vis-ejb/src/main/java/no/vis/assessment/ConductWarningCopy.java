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
import java.time.OffsetDateTime;
import java.util.Objects;
import no.vis.absence.WarningCopy;

/** One recipient's copy of a conduct warning on one channel (the portal, a letter), with when it was first opened. */
@Entity
@Table(name = "conduct_warning_copy")
public class ConductWarningCopy {

    @Id
    @SequenceGenerator(name = "conduct_warning_copy_seq", sequenceName = "conduct_warning_copy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conduct_warning_copy_seq")
    private Long id;

    @Column(name = "conduct_warning_id", nullable = false, updatable = false)
    private long warningId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", length = 10, nullable = false, updatable = false)
    private WarningCopy.Recipient recipient;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 10, nullable = false, updatable = false)
    private WarningCopy.Channel channel;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ConductWarningCopy() {
    }

    public ConductWarningCopy(long warningId, WarningCopy.Recipient recipient, long recipientId, WarningCopy.Channel channel,
                              OffsetDateTime at) {
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

    public long getWarningId() {
        return warningId;
    }

    public WarningCopy.Recipient getRecipient() {
        return recipient;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public WarningCopy.Channel getChannel() {
        return channel;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }
}
