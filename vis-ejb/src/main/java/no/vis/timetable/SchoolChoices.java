package no.vis.timetable;

import java.io.Serializable;
import java.util.List;

/** A school's classes, teachers and rooms, for choosing whose timetable to see or who teaches. */
public record SchoolChoices(List<Choice> classes, List<Choice> teachers, List<Choice> rooms) implements Serializable {

    public SchoolChoices {
        classes = List.copyOf(classes);
        teachers = List.copyOf(teachers);
        rooms = List.copyOf(rooms);
    }
}
