package no.vis.timetable;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import no.vis.common.DayPeriod;

/**
 * Someone in something from a day until a day (exclusive; null: still) — a pupil in a group, a
 * teacher of a group, a contact teacher of a class. Queries use {@link GroupMember#ACTIVE_ON_DAY} and
 * {@link GroupMember#ACTIVE_BETWEEN}: the columns are the same.
 */
@MappedSuperclass
public abstract class DatedAssignment {

    @Column(name = "from_day", nullable = false)
    private LocalDate fromDay;

    @Column(name = "to_day")
    private LocalDate toDay;

    @Version
    private long version;

    protected DatedAssignment() {
        // for JPA
    }

    protected DatedAssignment(LocalDate fromDay) {
        this.fromDay = Objects.requireNonNull(fromDay, "fromDay");
    }

    /** Ends it on the day (no longer so that day). */
    public void end(LocalDate on) {
        if (!on.isAfter(fromDay)) {
            throw new IllegalArgumentException("it ends after it starts");
        }
        this.toDay = on;
    }

    public boolean activeOn(LocalDate day) {
        return DayPeriod.contains(fromDay, toDay, day);
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }
}
