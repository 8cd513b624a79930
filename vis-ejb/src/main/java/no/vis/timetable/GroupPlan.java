package no.vis.timetable;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A group's planned time in a period: the days its lessons are held (not cancelled) and each one's
 * minutes of real time, in order — what a subject's absence percentage is measured against (the
 * timetable's planned hours, Udir's "one hour is a clock hour"). Not personal data.
 */
public final class GroupPlan {

    private final long groupId;
    private final String subjectCode;
    private final long[] days;
    private final int[] minutes;

    public GroupPlan(long groupId, String subjectCode, long[] days, int[] minutes) {
        if (days.length != minutes.length) {
            throw new IllegalArgumentException("a day for each lesson");
        }
        this.groupId = groupId;
        this.subjectCode = subjectCode;
        this.days = days.clone();
        this.minutes = minutes.clone();
    }

    public long groupId() {
        return groupId;
    }

    public String subjectCode() {
        return subjectCode;
    }

    /** The planned minutes of lessons held from {@code from} until {@code until} (exclusive; null: to the plan's end). */
    public int minutesBetween(LocalDate from, LocalDate until) {
        int start = firstIndexAtOrAfter(from.toEpochDay());
        int end = until == null ? days.length : firstIndexAtOrAfter(until.toEpochDay());
        int sum = 0;
        for (int i = start; i < end; i++) {
            sum += minutes[i];
        }
        return sum;
    }

    /** How many lessons are planned. */
    public int lessons() {
        return days.length;
    }

    private int firstIndexAtOrAfter(long epochDay) {
        int i = Arrays.binarySearch(days, epochDay);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && days[i - 1] == epochDay) {
            i--;
        }
        return i;
    }
}
