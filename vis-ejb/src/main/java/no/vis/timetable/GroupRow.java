package no.vis.timetable;

import java.io.Serializable;

/**
 * A teacher's group or class: {@code kind} is "group" (a teaching group they teach) or "class" (a
 * class they are contact teacher for).
 */
public record GroupRow(String kind, long id, String code, String subject, long pupils) implements Serializable {

    /** The value that names it in a page's parameter, e.g. {@code group:12}. */
    public String ref() {
        return kind + ":" + id;
    }
}
