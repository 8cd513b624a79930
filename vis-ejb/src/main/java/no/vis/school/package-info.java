/**
 * The school structure: counties, schools and classes with their values; it knows nothing of staff
 * or pupils.
 */
package no.vis.school;
