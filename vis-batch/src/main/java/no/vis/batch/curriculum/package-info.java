/** {@code grep-sync}: the subject catalogue kept in step with Udir's Grep. */
package no.vis.batch.curriculum;
