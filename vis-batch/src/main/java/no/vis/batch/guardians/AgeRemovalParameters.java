package no.vis.batch.guardians;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.vis.common.Today;

/** The job parameter {@code today} (yyyy-MM-dd): the day to run as, for tests and catching up; default today in Norway. */
final class AgeRemovalParameters {

    private AgeRemovalParameters() {
    }

    static LocalDate today(String value) {
        if (value == null || value.isBlank()) {
            return Today.inNorway();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("job parameter today must be yyyy-MM-dd");
        }
    }
}
