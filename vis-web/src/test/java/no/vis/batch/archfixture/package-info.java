/** A deliberately bad job class for the architecture rules' own test. */
package no.vis.batch.archfixture;
