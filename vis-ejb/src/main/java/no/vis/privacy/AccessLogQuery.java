package no.vis.privacy;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A search in the access log: by the subject (a pupil, by id), by the actor (a VIS user id such as
 * {@code staff:12}), by a period and by action. Every criterion is optional; the newest first.
 */
public record AccessLogQuery(SubjectKind subjectKind, Long subjectId, String actor, LocalDate from, LocalDate to,
                             AccessAction action) implements Serializable {

    public static AccessLogQuery forSubject(SubjectKind kind, long id) {
        return new AccessLogQuery(kind, id, null, null, null, null);
    }
}
