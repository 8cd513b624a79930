/**
 * Enrolment: how pupils enter, move and leave. A pupil's enrolment history ({@link Enrolment}:
 * school, programme area, level, from/to and why it ended) and dated class placements
 * ({@link ClassPlacement}), the programme areas each school offers ({@link OfferedProgrammeArea}),
 * the office's screens' service ({@link EnrolmentService}) and what the jobs write
 * ({@link EnrolmentRecords}: demo-county, enrolment-import). The pupil's current school, class and
 * leaving day ({@code student.school_id}, {@code school_class_id}, {@code left_on}) are kept in step
 * with the history in the same transaction, here and nowhere else.
 */
package no.vis.enrolment;
