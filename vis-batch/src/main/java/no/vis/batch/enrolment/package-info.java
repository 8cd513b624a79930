/**
 * The {@code enrolment-import} job: the county's admitted pupils from a file (VIGO's fields, the
 * format in {@link no.vis.batch.enrolment.AdmissionFile}), each looked up in Folkeregisteret in the
 * same chunk and enrolled with the guardians the register names — or listed as a skipped record by
 * its line number and reason.
 */
package no.vis.batch.enrolment;
