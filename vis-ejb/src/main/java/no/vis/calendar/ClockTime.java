package no.vis.calendar;

import java.time.LocalTime;

/** Times of day as the database keeps them: minutes after midnight (Oracle has no TIME type). */
public final class ClockTime {

    private ClockTime() {
    }

    public static int minutes(LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("lesson times are whole minutes");
        }
        return time.getHour() * 60 + time.getMinute();
    }

    /** The time of day; 1440 (the end of a lesson ending at midnight) is 23:59. */
    public static LocalTime of(int minutes) {
        if (minutes < 0 || minutes > 1440) {
            throw new IllegalArgumentException("minutes of a day: " + minutes);
        }
        return minutes == 1440 ? LocalTime.of(23, 59) : LocalTime.of(minutes / 60, minutes % 60);
    }
}
