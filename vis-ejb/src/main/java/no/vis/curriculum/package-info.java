/**
 * The subject catalogue from Udir's Grep: fagkoder with their vurderingsordning, opplæringsfag,
 * LK20 læreplaner with their revisions, kompetansemålsett and kompetansemål, programområder and
 * utdanningsprogram — public curriculum data, no personal data. {@code grep-sync} fills it
 * ({@code no.vis.registers.grep}); {@link no.vis.curriculum.SubjectCatalogue} serves the pages.
 */
package no.vis.curriculum;
