package no.vis.common;

import java.time.LocalDate;

/**
 * How VIS keeps a period of whole days (a guardianship, a consent): from its first day to its end
 * day, which no longer belongs to the period — the day it ended — or open (no end day yet). A
 * guardianship that ends on the pupil's 18th birthday was active until the day before, so the
 * guardian no longer sees the pupil on the birthday itself. The Java side of this rule lives only
 * here; queries use the JPQL conditions of the entities (e.g. {@code Guardianship.ACTIVE_ON_DAY}).
 */
public final class DayPeriod {

    private DayPeriod() {
    }

    /**
     * Whether the day is in the period: on or after {@code from}, and before {@code end} (none: open).
     *
     * @param from the first day (inclusive)
     * @param end  the day it ended (exclusive), or null while it lasts
     */
    public static boolean contains(LocalDate from, LocalDate end, LocalDate day) {
        return !day.isBefore(from) && (end == null || day.isBefore(end));
    }
}
