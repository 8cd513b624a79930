package no.vis.timetable;

import java.time.LocalDate;
import no.vis.common.DayPeriod;

/** A pupil's (or teacher's) membership of a group from a day until a day (exclusive; null: still). */
public record Membership(long groupId, LocalDate from, LocalDate to) {

    public boolean on(LocalDate day) {
        return DayPeriod.contains(from, to, day);
    }
}
