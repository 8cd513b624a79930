/**
 * Staff, their roles per school and the county administrator's, who the caller is ({@code
 * VisUserId}, {@code SchoolScope}), and the services that answer for the caller's roles: the
 * schools they work with and their county's settings.
 */
package no.vis.access;
