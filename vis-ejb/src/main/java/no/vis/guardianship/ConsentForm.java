package no.vis.guardianship;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Both consents about one guardian of a pupil of 18 or more, as the office registers them from the
 * signed form: the day the pupil consented, the day the guardian did, and the form's reference
 * (archive or document number).
 */
public record ConsentForm(Long guardianId, LocalDate pupilGivenOn, LocalDate guardianGivenOn, String formReference)
        implements Serializable {
}
