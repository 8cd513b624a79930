package no.vis.assessment;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A formative comment as a page shows it: to whom, in which subject, what, from when the pupil sees it, by whom and when. */
public record CommentView(long id, long pupilId, String pupilName, String subjectCode, String subject, String text,
                          OffsetDateTime visibleFrom, String writtenBy, OffsetDateTime writtenAt) implements Serializable {
}
