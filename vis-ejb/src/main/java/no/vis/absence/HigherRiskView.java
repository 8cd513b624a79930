package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;

/** A pupil's documented condition with a higher risk of absence, as the class's absence page lists it. */
public record HigherRiskView(long id, long pupilId, String name, LocalDate documentedOn, LocalDate from, LocalDate to,
                             boolean holdsToday) implements Serializable {
}
