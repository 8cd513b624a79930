/**
 * The school year and its calendar: the county's skolerute with each school's exceptions, A and B
 * weeks, the halvårsskille, and each school's period grid (økter). Everything dated is a local date
 * or a time of day in Norwegian time ({@link no.vis.common.Today#NORWAY}).
 */
package no.vis.calendar;
