package no.vis.assessment;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A teaching group's grade protocol in a round as the caller sees it: what the group and round are, the
 * protocol's state and version (-1: nothing saved yet), whether the caller may change it and must then
 * give a reason (after the deadline or the lock), and the pupils' lines.
 */
public record GradeSheet(long groupId, String groupCode, String subject, long roundId, RoundKind roundKind, int schoolYear,
                         OffsetDateTime entryUntil, OffsetDateTime publishAt, ProtocolState state, long version,
                         String savedBy, OffsetDateTime savedAt, boolean office, boolean editable, boolean reasonRequired,
                         boolean afterDeadline, List<GradeLine> lines) implements Serializable {

    public boolean locked() {
        return state == ProtocolState.LOCKED;
    }

    /** Whether every pupil has a grade (a protocol is submitted only so). */
    public boolean complete() {
        return lines.stream().allMatch(l -> l.value() != null);
    }

    /** Saved grades the rules no longer allow (the absence or the principal's decision changed since). */
    public long conflicts() {
        return lines.stream().filter(l -> l.conflict() != null).count();
    }

    public long missing() {
        return lines.stream().filter(l -> l.value() == null).count();
    }
}
