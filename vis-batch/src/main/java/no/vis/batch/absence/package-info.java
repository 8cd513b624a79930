/** The absence jobs: {@code absence-warnings}. */
package no.vis.batch.absence;
