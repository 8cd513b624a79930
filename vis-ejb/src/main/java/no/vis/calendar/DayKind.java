package no.vis.calendar;

/** What a day is in the school calendar. */
public enum DayKind {
    /** an ordinary school day: the timetable runs */
    SCHOOL_DAY,
    /** a school day given to an activity (aktivitetsdag): the pupils are at school, the timetable runs and the day is marked */
    ACTIVITY_DAY,
    /** a planning day (planleggingsdag): staff only, no lessons */
    PLANNING_DAY,
    /** a holiday or day off (fridag, ferie): no lessons */
    HOLIDAY,
    /** a Saturday or Sunday that the skolerute has not made a school day */
    WEEKEND,
    /** before the first or after the last school day of the year */
    OUTSIDE_YEAR;

    /** Whether the weekly lessons are held on a day of this kind. */
    public boolean hasLessons() {
        return this == SCHOOL_DAY || this == ACTIVITY_DAY;
    }

    /** The kinds the skolerute (and a school's exception) can give a day. */
    public boolean storable() {
        return this == SCHOOL_DAY || this == ACTIVITY_DAY || this == PLANNING_DAY || this == HOLIDAY;
    }
}
