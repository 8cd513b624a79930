/**
 * What every feature shares: business exceptions, paging, today's date in Norway and how a period
 * of days is kept.
 */
package no.vis.common;
