package no.vis.absence;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A register as saved: its new version, when and by whom (the teacher's name) it was taken. */
public record SavedRegister(long version, OffsetDateTime takenAt, String takenBy) implements Serializable {
}
