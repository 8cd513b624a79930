/**
 * Udir's Grep (data.udir.no/kl06/v201906): its client, the lenient parser of its JSON, and
 * applying what it says to VIS's subject catalogue ({@code no.vis.curriculum}).
 */
package no.vis.registers.grep;
