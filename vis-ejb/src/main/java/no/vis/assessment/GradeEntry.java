package no.vis.assessment;

/**
 * What the grade protocol's form sent for a pupil: the expression as typed (blank: none), the fagmerknad
 * (blank: none) and the teacher's note.
 */
public record GradeEntry(long pupilId, String value, String remark, String note) {
}
