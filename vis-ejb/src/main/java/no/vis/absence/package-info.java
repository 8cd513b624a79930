/**
 * Absence (fravær): the rules of the 10 % limit by school year (opplæringsforskrifta § 9-8, the
 * earlier § 3-45), each absence's documentation, and the bands a pupil's absence in a subject falls
 * in. Issue 12 builds the registers, codes, warnings and screens on this; what is here now is the
 * pure rule, unit-tested on its own.
 */
package no.vis.absence;
