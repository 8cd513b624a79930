package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A lesson's register as the teacher opens it: the lesson, the group's pupils on the day with what
 * is registered, the codes to choose from, and the register's state — its version (-1 before the first
 * save: what a save must still find, so that a second teacher's save does not overwrite the first's),
 * when and by whom it was taken, the deadline after which a change needs a reason, and whether it is
 * open at all (a lesson that has not started is not).
 */
public record RegisterSheet(String key, LocalDate day, LocalTime starts, LocalTime ends, int lessonMinutes, String subject,
                            String group, String room, List<String> teachers, long version, OffsetDateTime takenAt,
                            String takenBy, ZonedDateTime deadline, boolean afterDeadline, boolean open,
                            List<RegisterLine> lines, List<CodeOption> codes, Long defaultCodeId) implements Serializable {

    public RegisterSheet {
        teachers = List.copyOf(teachers);
        lines = List.copyOf(lines);
        codes = List.copyOf(codes);
    }

    public boolean isTaken() {
        return takenAt != null;
    }

    /** When it was taken, in Norwegian time, to the minute (null: not taken). */
    public LocalTime takenAtTime() {
        return takenAt == null ? null : takenAt.atZoneSameInstant(no.vis.common.Today.NORWAY).toLocalTime().withSecond(0).withNano(0);
    }

    /** The teachers, comma-separated. */
    public String teacherList() {
        return String.join(", ", teachers);
    }

    /** The sheet after the teacher's save: the register's new version, taken then by them; past the deadline now or not. */
    public RegisterSheet saved(SavedRegister saved) {
        return new RegisterSheet(key, day, starts, ends, lessonMinutes, subject, group, room, teachers, saved.version(),
                saved.takenAt(), saved.takenBy(), deadline, ZonedDateTime.now(no.vis.common.Today.NORWAY).isAfter(deadline), open,
                lines, codes, defaultCodeId);
    }

    public long absentCount() {
        return lines.stream().filter(l -> !l.isPresent()).count();
    }
}
