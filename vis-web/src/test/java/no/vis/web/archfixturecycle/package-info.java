/** The other half of a deliberate package cycle, for the architecture rules' own test. */
package no.vis.web.archfixturecycle;
