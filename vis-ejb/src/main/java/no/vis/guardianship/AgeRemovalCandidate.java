package no.vis.guardianship;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An active guardianship of a pupil who may have turned 18, with what the guardian access policy
 * needs to decide whether it continues: the pupil's birth date and leaving date, and whether each
 * party's consent holds today.
 */
public record AgeRemovalCandidate(long guardianshipId, long pupilId, long guardianId, LocalDate activeFrom,
                                  LocalDate birthDate, LocalDate leftOn, boolean pupilConsents, boolean guardianConsents)
        implements Serializable {
}
