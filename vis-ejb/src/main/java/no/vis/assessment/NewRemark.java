package no.vis.assessment;

import java.time.LocalDate;

/** A remark as a form gives it: the pupil, the group of the lesson (null: outside lessons), orden or atferd, the day and what happened. */
public record NewRemark(Long pupilId, Long groupId, ConductKind kind, LocalDate day, String description) {
}
