package no.vis.absence;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * One of a teacher's lessons on their day, with its register: the occurrence's key, times, subject,
 * group and room, the register's state and how many pupils it has absent or late.
 */
public record DayLesson(String key, LocalTime starts, LocalTime ends, String subjectCode, String subject, String group,
                        String room, RegisterState state, int absent, OffsetDateTime takenAt) implements Serializable {

    public boolean isTaken() {
        return state == RegisterState.TAKEN;
    }

    public boolean isCancelled() {
        return state == RegisterState.CANCELLED;
    }
}
