package no.vis.timetable;

import java.io.Serializable;

/** Something to choose on a screen: its id and what it is called. */
public record Choice(long id, String label) implements Serializable {
}
