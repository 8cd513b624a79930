package no.vis.timetable.untis;

import java.io.Serializable;

/**
 * What an applied Untis import wrote: all zero but {@code unchanged…} when the same files are imported again.
 * {@code changesRemoved}: an earlier import's dated changes from the day on that the files no longer hold.
 */
public record UntisImportResult(int lessonsCreated, int lessonsUnchanged, int untisLessonsEnded, int visLessonsEnded,
                                int groupsCreated, int roomsCreated, int groupTeachersAdded, int changesCreated,
                                int changesUpdated, int changesUnchanged, int lessonsLeftOut,
                                int changesRemoved) implements Serializable {

    /** Whether the import changed anything. */
    public boolean changedAnything() {
        return lessonsCreated + untisLessonsEnded + visLessonsEnded + groupsCreated + roomsCreated + groupTeachersAdded
                + changesCreated + changesUpdated + changesRemoved > 0;
    }
}
