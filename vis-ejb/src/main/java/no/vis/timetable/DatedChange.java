package no.vis.timetable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * A dated change as the timetable arithmetic needs it: CANCELLED names the lesson and its original
 * day; CHANGED also gives where and when it is held instead, and by whom; EXTRA names no lesson.
 */
public record DatedChange(long id, long groupId, Long lessonId, LocalDate originalDay, ChangeKind kind, LocalDate heldOn,
                          LocalTime starts, LocalTime ends, Long roomId, Set<Long> teacherIds, String note) {

    public DatedChange {
        Objects.requireNonNull(kind, "kind");
        teacherIds = teacherIds == null ? Set.of() : Set.copyOf(teacherIds);
        boolean shaped = switch (kind) {
            case CANCELLED -> lessonId != null && originalDay != null;
            case CHANGED -> lessonId != null && originalDay != null && heldOn != null && starts.isBefore(ends);
            case EXTRA -> lessonId == null && originalDay == null && heldOn != null && starts.isBefore(ends);
        };
        if (!shaped) {
            throw new IllegalArgumentException("a " + kind + " change lacks its days or times");
        }
    }
}
