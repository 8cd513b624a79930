/**
 * Assessment (issue 13): grades in rounds of the school year with deadlines, locking and publication
 * times enforced in the services; the principal's discretion over absence between 10 and 15 %; the
 * history pupils and guardians see.
 */
package no.vis.assessment;
