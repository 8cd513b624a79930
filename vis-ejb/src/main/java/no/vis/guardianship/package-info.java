/**
 * Guardians, guardianships (active from their first day to the day they ended, exclusive) and
 * consents, the pupil card, and the services of the guardian jobs (age removal, retention).
 */
package no.vis.guardianship;
