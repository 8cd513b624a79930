/**
 * The guardian access policy (one pure function of a guardianship's facts and the day) and the
 * access log (ids only); of the other domain packages it knows only {@code no.vis.access} and
 * {@code no.vis.common}.
 */
package no.vis.privacy;
