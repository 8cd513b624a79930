package no.vis.timetable;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What the office enters for one occurrence: held on a day from a time to a time, in a room, by
 * teachers, with a note to pupils; and whether a clash for pupils (not teachers or rooms) is accepted.
 */
public record OccurrenceEdit(LocalDate day, LocalTime starts, LocalTime ends, Long roomId, Set<Long> teacherIds,
                             String note, boolean pupilClashApproved) implements Serializable {

    public OccurrenceEdit {
        teacherIds = teacherIds == null ? Set.of() : Set.copyOf(teacherIds);
    }
}
