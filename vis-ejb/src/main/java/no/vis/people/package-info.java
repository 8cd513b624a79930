/**
 * Pupils and the values of a person: the fødselsnummer, names and addresses with their protection
 * level.
 */
package no.vis.people;
