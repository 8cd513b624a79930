package no.vis.timetable;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import no.vis.common.Today;

/**
 * One lesson on one day, as it is held: its real day, start and end, room and teachers; for a
 * changed one also what it was (to show "moved from", "new room", "substitute").
 *
 * @param lessonId the weekly lesson (null for an extra lesson)
 * @param changeId the dated change that made it so (null for a regular occurrence)
 * @param originalDay the day the weekly lesson would have been held (null for an extra lesson)
 */
public record Occurrence(long groupId, Long lessonId, Long changeId, Status status, LocalDate day, LocalTime starts,
                         LocalTime ends, Long roomId, Set<Long> teacherIds, LocalDate originalDay,
                         LocalTime originalStarts, Long originalRoomId, Set<Long> originalTeacherIds, String note) {

    public enum Status {
        REGULAR, CANCELLED, CHANGED, EXTRA
    }

    public Occurrence {
        Objects.requireNonNull(status, "status");
        teacherIds = Set.copyOf(teacherIds);
        originalTeacherIds = originalTeacherIds == null ? Set.of() : Set.copyOf(originalTeacherIds);
    }

    /** The instant it starts, in Norwegian time (summer or winter time as the day has it). */
    public ZonedDateTime start() {
        return day.atTime(starts).atZone(Today.NORWAY);
    }

    public ZonedDateTime end() {
        return day.atTime(ends).atZone(Today.NORWAY);
    }

    /** Its length in real time (a lesson over the night the clocks change is an hour shorter or longer). */
    public Duration length() {
        return Duration.between(start(), end());
    }

    /** Held on another day or at another time than the weekly lesson says. */
    public boolean moved() {
        return status == Status.CHANGED && (!day.equals(originalDay) || !starts.equals(originalStarts));
    }

    public boolean roomChanged() {
        return status == Status.CHANGED && !Objects.equals(roomId, originalRoomId);
    }

    /** The teachers who are not the lesson's own (vikarer). */
    public Set<Long> substitutes() {
        if (status != Status.CHANGED) {
            return Set.of();
        }
        Set<Long> subs = new HashSet<>(teacherIds);
        subs.removeAll(originalTeacherIds);
        return subs;
    }

    /** A stable key for the occurrence: the lesson and its original day, or the extra lesson's change. */
    public String key() {
        return lessonId != null ? "L" + lessonId + "-" + originalDay : "X" + changeId;
    }
}
