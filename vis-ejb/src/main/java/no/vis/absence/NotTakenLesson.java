package no.vis.absence;

import java.io.Serializable;
import java.time.LocalTime;

/** A lesson that has started (or is over) without its register taken: for the office's follow-up. */
public record NotTakenLesson(String key, LocalTime starts, LocalTime ends, String subject, String group, String teachers, String room)
        implements Serializable {
}
