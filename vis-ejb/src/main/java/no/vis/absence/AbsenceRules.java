package no.vis.absence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 10 % limit's rules as they were in a school year, as a pure function: which of a pupil's
 * absences in a subject count, and how much that is of the subject's planned time.
 * <ul>
 * <li>School years 2016/17–2024/25 ({@link #FROM_2016}, the old § 3-45): absence counts unless it is
 * documented — health by health personnel, or one of the other grounds; a self-certified health
 * absence counts.</li>
 * <li>From 2025/26 ({@link #FROM_2025}, § 9-8 as changed from 1 August 2025): health absence counts
 * until the limit is reached, documented or not; after that, health absence documented by health
 * personnel — or self-certified, for a pupil whose condition with a higher risk of absence health
 * personnel has documented — does not. Absence on the other grounds never counts.</li>
 * <li>Before 2016/17 there was no limit: {@link #forSchoolYear} is empty.</li>
 * </ul>
 * Everywhere: time that is not absence (rights-based, organised study work) and absence under a code
 * that does not count (the county's codes say) never counts; lateness counts as its minutes unless the
 * county says otherwise ({@link Lateness}).
 *
 * <p><b>Unconfirmed, so stated here</b> (DOMAIN.md §5.1 asks for Lovdata's text to be checked): "until
 * the limit is reached" is read in the order the absences happened — a health absence counts as far
 * as it brings the counted time up to the limit (10 % itself is not over it), and health absence after
 * that does not; undocumented absence always counts, before or after.
 */
public enum AbsenceRules {

    FROM_2016(2016), FROM_2025(2025);

    /** The limit: more than this share of the planned time counted gives no grade (IV). */
    public static final BigDecimal LIMIT_PERCENT = BigDecimal.TEN;
    /** Over this, the principal has no discretion. */
    public static final BigDecimal NO_DISCRETION_PERCENT = new BigDecimal(15);

    /** How a pupil's late arrival or early leaving counts toward the limit (not confirmed by Udir; the county chooses). */
    public enum Lateness {
        /** Its minutes count as absence. */
        MINUTES_COUNT,
        /** It is recorded but does not count toward the limit. */
        NOT_COUNTED
    }

    /**
     * One absence of a pupil in a subject: when, how many minutes of the lesson (20 minutes missed of a
     * 90-minute lesson is 20), its documentation, whether its code counts toward the limit at all, and
     * whether it is lateness (late or left early) rather than the whole lesson.
     */
    public record Absence(LocalDate day, int minutes, Documentation documentation, boolean codeCounts, boolean late) {
        public Absence {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(documentation, "documentation");
            if (minutes < 0) {
                throw new IllegalArgumentException("minutes < 0");
            }
        }
    }

    /** What counts of a pupil's absence in a subject, against the subject's planned minutes in the period. */
    public record Count(int countedMinutes, int plannedMinutes, BigDecimal percent) {

        /** Counted time in clock hours (a 45-minute lesson is 0.75 hours). */
        public BigDecimal countedHours() {
            return BigDecimal.valueOf(countedMinutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        }

        /** Planned time in clock hours. */
        public BigDecimal plannedHours() {
            return BigDecimal.valueOf(plannedMinutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        }

        /**
         * The band, with the county's warning threshold (a percentage below 10, e.g. 8); compared
         * exactly, not by the rounded {@link #percent} (10.004 % is over the limit).
         */
        public Band band(BigDecimal warningPercent) {
            if (atLeast(NO_DISCRETION_PERCENT, false)) {
                return Band.NO_GRADE;
            }
            if (atLeast(LIMIT_PERCENT, false)) {
                return Band.DISCRETION;
            }
            return atLeast(warningPercent, true) ? Band.WARNING : Band.BELOW;
        }

        /** Whether the counted time is over (or, with {@code orEqual}, at) the percentage of the planned. */
        private boolean atLeast(BigDecimal percentage, boolean orEqual) {
            int c = BigDecimal.valueOf(countedMinutes).multiply(BigDecimal.valueOf(100))
                    .compareTo(BigDecimal.valueOf(plannedMinutes).multiply(percentage));
            return orEqual ? c >= 0 : c > 0;
        }

        /** Minutes more that may be counted before the limit is passed (zero when it is). */
        public int minutesToLimit() {
            return Math.max(0, limitMinutes(plannedMinutes) - countedMinutes);
        }
    }

    private final int firstSchoolYear;

    AbsenceRules(int firstSchoolYear) {
        this.firstSchoolYear = firstSchoolYear;
    }

    /** The first school year (its start year: 2025 is 2025/26) the rules apply to. */
    public int firstSchoolYear() {
        return firstSchoolYear;
    }

    /** The rules of the school year starting in August of {@code startYear}; empty before 2016/17 (no limit). */
    public static Optional<AbsenceRules> forSchoolYear(int startYear) {
        if (startYear >= FROM_2025.firstSchoolYear) {
            return Optional.of(FROM_2025);
        }
        return startYear >= FROM_2016.firstSchoolYear ? Optional.of(FROM_2016) : Optional.empty();
    }

    /**
     * What counts of the absences against the planned minutes (the subject's timetabled time for the
     * half-year or the year). The absences are taken by day; within a day in the order given (pass a
     * day's lessons in their order: the sort is stable).
     *
     * @param higherRiskDocumented health personnel has documented a condition of the pupil's with a
     *                             higher risk of absence (from 2025/26, their self-certified health
     *                             absence is then treated as documented)
     */
    public Count count(Collection<Absence> absences, int plannedMinutes, boolean higherRiskDocumented, Lateness lateness) {
        return count(absences, plannedMinutes, day -> higherRiskDocumented, lateness);
    }

    /**
     * As {@link #count(Collection, int, boolean, Lateness)}, with the days on which the pupil's documented
     * condition with a higher risk of absence holds.
     */
    public Count count(Collection<Absence> absences, int plannedMinutes, java.util.function.Predicate<LocalDate> higherRiskOn,
                       Lateness lateness) {
        if (plannedMinutes <= 0) {
            throw new IllegalArgumentException("no planned time");
        }
        int limit = limitMinutes(plannedMinutes);
        List<Absence> inOrder = new ArrayList<>(absences);
        inOrder.sort(Comparator.comparing(Absence::day));
        int counted = 0;
        for (Absence a : inOrder) {
            if (!a.codeCounts() || a.minutes() == 0 || (a.late() && lateness == Lateness.NOT_COUNTED)) {
                continue;
            }
            counted += switch (a.documentation()) {
                case NOT_ABSENCE, OTHER_GROUND -> 0;
                case UNDOCUMENTED -> a.minutes();
                case HEALTH_SELF_CERTIFIED -> this == FROM_2025 && higherRiskOn.test(a.day()) ? untilLimit(a, counted, limit) : a.minutes();
                case HEALTH_DOCUMENTED -> this == FROM_2025 ? untilLimit(a, counted, limit) : 0;
            };
        }
        BigDecimal percent = BigDecimal.valueOf(counted).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(plannedMinutes), 2, RoundingMode.HALF_UP);
        return new Count(counted, plannedMinutes, percent);
    }

    /** The most minutes that may be counted without passing the limit (10 % of the planned, rounded down). */
    static int limitMinutes(int plannedMinutes) {
        return plannedMinutes / 10;
    }

    /** A health absence from 2025/26: it counts as far as it brings the counted time up to the limit. */
    private static int untilLimit(Absence a, int counted, int limit) {
        return Math.max(0, Math.min(a.minutes(), limit - counted));
    }
}
