/**
 * Backing beans of the staff pages under {@code /staff/}: pupil list and card, guardians, roles,
 * the access log, removals and the job screen.
 */
package no.vis.web.staff;
