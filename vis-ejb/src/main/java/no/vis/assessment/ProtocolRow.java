package no.vis.assessment;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A group's protocol in a round for a list: its state (OPEN also before anything is saved), pupils and grades entered. */
public record ProtocolRow(long groupId, String groupCode, String subject, long roundId, RoundKind roundKind, int schoolYear,
                          OffsetDateTime entryUntil, OffsetDateTime publishAt, ProtocolState state, long pupils, long graded)
        implements Serializable {

    public boolean complete() {
        return pupils > 0 && graded >= pupils;
    }
}
