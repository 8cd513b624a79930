/**
 * Folkeregisteret: its client, the lenient parser of its JSON, the event feed's position, and
 * applying what it says to VIS's pupils and guardians.
 */
package no.vis.registers.freg;
