package no.vis.absence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The absence a pupil's vitnemål and kompetansebevis show (DOMAIN.md §5.2), per half-year: whole days
 * and single hours, never hours turned into days. A day is a contact teacher's day absence with a code
 * printed on the diploma; the hours are the clock hours (60 minutes) of lesson absence outside such days
 * with a code printed on the diploma, late and left-early minutes only where the county counts them,
 * rounded to whole hours per half-year (half an hour up). A day absence whose code is not printed on the
 * diploma (InSchool's {@code §}, iSkole's {@code I}) is a deducted day: up to {@value #DEDUCTIBLE_DAYS}
 * a school year, in the order they happened; any after those are printed as days after all, and the
 * half-year is marked. Presence codes and what is not absence at all are never counted.
 */
public final class DiplomaTotals {

    /** The days a pupil may have left off the diploma in a school year (fratrekk). */
    public static final int DEDUCTIBLE_DAYS = 10;

    /** A day absence: whether its code is printed on the diploma, and whether it is absence at all. */
    public record DayEntry(long pupilId, LocalDate day, boolean onDiploma, boolean absence) {
    }

    /** Lesson absence outside a day absence: its minutes, whether late or left early, printed, absence at all. */
    public record HourEntry(long pupilId, LocalDate day, int minutes, boolean lateness, boolean onDiploma, boolean absence) {
    }

    /** One half-year's totals; {@code deductionsOverLimit}: deducted days past the year's ten were printed. */
    public record Half(int days, int hours, int deductedDays, boolean deductionsOverLimit) implements java.io.Serializable {
        public static final Half NONE = new Half(0, 0, 0, false);

        Half plus(Half other) {
            return new Half(days + other.days, hours + other.hours, deductedDays + other.deductedDays,
                    deductionsOverLimit || other.deductionsOverLimit);
        }
    }

    /** Both half-years; the vitnemål shows their sum. */
    public record Totals(Half first, Half second) implements java.io.Serializable {
        public static final Totals NONE = new Totals(Half.NONE, Half.NONE);

        public Half of(AbsencePeriod period) {
            return switch (period) {
                case FIRST_HALF -> first;
                case SECOND_HALF -> second;
                case YEAR -> first.plus(second);
            };
        }
    }

    private DiplomaTotals() {
    }

    /** The totals of every pupil with entries in the school year. */
    public static Map<Long, Totals> compute(AbsenceLedger.Year year, boolean latenessCounts, List<DayEntry> days,
                                            List<HourEntry> hours) {
        Map<Long, int[]> counts = new HashMap<>(); // per pupil: days, deducted, over-limit flag, minutes — first half, then second
        List<DayEntry> ordered = new ArrayList<>(days);
        ordered.sort(Comparator.comparing(DayEntry::day));
        Map<Long, Integer> deductedInYear = new HashMap<>();
        for (DayEntry d : ordered) {
            if (!d.absence() || d.day().isBefore(year.firstDay()) || d.day().isAfter(year.lastDay())) {
                continue;
            }
            int[] c = counts.computeIfAbsent(d.pupilId(), id -> new int[8]);
            int at = year.halfOf(d.day()) == AbsencePeriod.FIRST_HALF ? 0 : 4;
            if (d.onDiploma()) {
                c[at]++;
            } else if (deductedInYear.merge(d.pupilId(), 1, Integer::sum) <= DEDUCTIBLE_DAYS) {
                c[at + 1]++;
            } else {
                c[at]++; // past the ten: printed after all
                c[at + 2] = 1;
            }
        }
        for (HourEntry h : hours) {
            if (!h.absence() || !h.onDiploma() || (h.lateness() && !latenessCounts)
                    || h.day().isBefore(year.firstDay()) || h.day().isAfter(year.lastDay())) {
                continue;
            }
            int[] c = counts.computeIfAbsent(h.pupilId(), id -> new int[8]);
            c[(year.halfOf(h.day()) == AbsencePeriod.FIRST_HALF ? 0 : 4) + 3] += h.minutes();
        }
        Map<Long, Totals> totals = new HashMap<>();
        counts.forEach((pupil, c) -> totals.put(pupil, new Totals(half(c, 0), half(c, 4))));
        return totals;
    }

    private static Half half(int[] c, int at) {
        return new Half(c[at], (c[at + 3] + 30) / 60, c[at + 1], c[at + 2] == 1);
    }
}
