/**
 * Teaching groups with their pupils and teachers, rooms, contact teachers, and the timetable: weekly
 * lessons valid for a date range (every week, A or B weeks) and dated changes of single occurrences.
 * {@link no.vis.timetable.Timetables} turns them into the occurrences of a week, as a pure function
 * of lessons, changes and calendars; {@link no.vis.timetable.TimetableService} shows them to each
 * user as the guardian access policy and the staff roles allow.
 */
package no.vis.timetable;
