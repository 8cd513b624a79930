package no.vis.batch.guardians;

import java.time.LocalDate;

/** retention-cleanup's parameters: {@code today} (yyyy-MM-dd) and {@code graceDays} (default 30). */
final class RetentionParameters {

    static final int DEFAULT_GRACE_DAYS = 30;

    private RetentionParameters() {
    }

    static LocalDate cutoff(String today, String graceDays) {
        int grace = graceDays == null || graceDays.isBlank() ? DEFAULT_GRACE_DAYS : Integer.parseInt(graceDays.strip());
        if (grace < 0) {
            throw new IllegalArgumentException("graceDays must not be negative");
        }
        return AgeRemovalParameters.today(today).minusDays(grace);
    }
}
