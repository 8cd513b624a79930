package no.vis.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The arithmetic of a school's period grid (økter), as pure functions: which periods a weekday has,
 * whether a new or changed period fits the grid (numbers unique and times not overlapping among the
 * periods of the same day — the every-day periods among themselves, a weekday's own among
 * themselves), the times of consecutive periods a lesson is placed in, and which periods a lesson
 * lies in on the grid page. 45- and 90-minute periods both occur; a lesson's times are its own.
 */
public final class PeriodGrids {

    /** One period: null id for a new one; null weekday: every weekday without periods of its own. */
    public record Entry(Long id, DayOfWeek weekday, int number, LocalTime starts, LocalTime ends) implements Serializable {
        public static Entry of(LessonPeriod p) {
            return new Entry(p.getId(), p.getWeekday(), p.getNumber(), p.getStarts(), p.getEnds());
        }

        public long minutes() {
            return java.time.Duration.between(starts, ends).toMinutes();
        }
    }

    /** Where a page puts the lessons of a day: in the periods they overlap, or outside the grid. */
    public record Layout<T>(Map<Integer, List<T>> byPeriod, List<T> outside) implements Serializable {
        public List<T> in(int period) {
            return byPeriod.getOrDefault(period, List.of());
        }
    }

    private PeriodGrids() {
    }

    /** The periods of a weekday: its own, or else the every-day ones; by number. */
    public static List<Entry> ofDay(Collection<Entry> grid, DayOfWeek weekday) {
        List<Entry> own = grid.stream().filter(e -> e.weekday() == weekday).toList();
        List<Entry> day = new ArrayList<>(own.isEmpty() ? grid.stream().filter(e -> e.weekday() == null).toList() : own);
        day.sort(java.util.Comparator.comparingInt(Entry::number));
        return day;
    }

    /**
     * What is wrong with the period in the grid (the others; a changed period is left out by its id):
     * a message key, or empty.
     */
    public static Optional<String> problem(Collection<Entry> grid, Entry candidate) {
        if (candidate.number() < 1 || candidate.number() > LessonPeriod.MAX_NUMBER) {
            return Optional.of("calendar.period.number.range");
        }
        if (!candidate.starts().isBefore(candidate.ends())) {
            return Optional.of("calendar.period.ends.beforeStart");
        }
        for (Entry e : grid) {
            if (candidate.id() != null && candidate.id().equals(e.id()) || e.weekday() != candidate.weekday()) {
                continue;
            }
            if (e.number() == candidate.number()) {
                return Optional.of("calendar.period.number.taken");
            }
            if (candidate.starts().isBefore(e.ends()) && e.starts().isBefore(candidate.ends())) {
                return Optional.of("calendar.period.overlap");
            }
        }
        return Optional.empty();
    }

    /**
     * The start of period {@code first} and the end of period {@code last} of a day's periods, when
     * both exist and every number between them too (consecutive periods); else empty.
     */
    public static Optional<LocalTime[]> span(List<Entry> day, int first, int last) {
        if (last < first) {
            return Optional.empty();
        }
        Map<Integer, Entry> byNumber = new LinkedHashMap<>();
        day.forEach(e -> byNumber.put(e.number(), e));
        for (int n = first; n <= last; n++) {
            if (!byNumber.containsKey(n)) {
                return Optional.empty();
            }
        }
        return Optional.of(new LocalTime[] {byNumber.get(first).starts(), byNumber.get(last).ends()});
    }

    /** The periods whose times a lesson starts and ends with (for one copied from a week), or null. */
    public static Integer[] periodsOf(List<Entry> day, LocalTime starts, LocalTime ends) {
        Integer first = day.stream().filter(e -> e.starts().equals(starts)).map(Entry::number).findFirst().orElse(null);
        Integer last = day.stream().filter(e -> e.ends().equals(ends)).map(Entry::number).findFirst().orElse(null);
        return first == null || last == null || last < first ? new Integer[] {null, null} : new Integer[] {first, last};
    }

    /** Each lesson in every period of the day its times overlap; those overlapping none outside the grid. */
    public static <T> Layout<T> layout(List<Entry> day, List<T> lessons, Function<T, LocalTime> starts, Function<T, LocalTime> ends) {
        Map<Integer, List<T>> byPeriod = new LinkedHashMap<>();
        day.forEach(e -> byPeriod.put(e.number(), new ArrayList<>()));
        List<T> outside = new ArrayList<>();
        for (T lesson : lessons) {
            boolean placed = false;
            for (Entry e : day) {
                if (starts.apply(lesson).isBefore(e.ends()) && e.starts().isBefore(ends.apply(lesson))) {
                    byPeriod.get(e.number()).add(lesson);
                    placed = true;
                }
            }
            if (!placed) {
                outside.add(lesson);
            }
        }
        return new Layout<>(byPeriod, outside);
    }
}
