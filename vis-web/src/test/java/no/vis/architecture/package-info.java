/**
 * The architecture test of VIS (ArchUnit) and the proof that each of its rules catches a
 * violation.
 */
package no.vis.architecture;
