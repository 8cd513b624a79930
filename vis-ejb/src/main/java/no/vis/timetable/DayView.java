package no.vis.timetable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.vis.calendar.DayKind;

/** One day of a week's timetable: what the calendar says of it, its note and its lessons. */
public record DayView(LocalDate day, DayKind kind, String note, List<LessonView> lessons) implements Serializable {

    public DayView {
        lessons = List.copyOf(lessons);
    }

    public boolean isFree() {
        return !kind.hasLessons() && lessons.isEmpty();
    }
}
