package no.vis.privacy;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * An access log line as the log screens show it: the actor's name is looked up when shown (and is
 * "deleted" once the person is gone); the subject likewise.
 */
public record AccessLogRow(long id, OffsetDateTime at, String actor, String actorName, String actorRole,
                           SubjectKind subjectKind, Long subjectId, String subjectName, DataCategory category,
                           AccessAction action, String purpose) implements Serializable {

    @Override
    public String toString() {
        return "AccessLogRow[" + id + "]"; // names stay out of logs
    }
}
