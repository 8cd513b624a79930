/**
 * The {@code demo-county} job: a synthetic county with schools, classes, pupils, families and
 * staff (test mode only).
 */
package no.vis.batch.democounty;
