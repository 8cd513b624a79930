package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;

/** A pupil's documented condition with a higher risk of absence, as the class's absence page lists it: from and to its last day. */
public record HigherRiskView(long id, long pupilId, String name, LocalDate documentedOn, LocalDate from, LocalDate lastDay,
                             boolean holdsToday) implements Serializable {
}
