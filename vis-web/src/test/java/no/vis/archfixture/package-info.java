/**
 * Deliberately bad domain classes for the architecture rules' own test: a domain class that knows
 * pages, jobs and register clients, and an entity written from outside and with a setter.
 */
package no.vis.archfixture;
