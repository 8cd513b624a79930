/**
 * Deliberately bad classes for {@code no.vis.architecture.ArchitectureRulesCatchViolationsTest}: pages
 * that break the architecture rules. Test sources only; {@code ArchitectureTest} leaves them out.
 */
package no.vis.web.archfixture;
