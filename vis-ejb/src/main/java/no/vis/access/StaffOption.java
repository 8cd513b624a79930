package no.vis.access;

import java.io.Serializable;

/** A staff member as a choice in a list. */
public record StaffOption(long id, String name) implements Serializable {

    @Override
    public String toString() {
        return "StaffOption[" + id + "]"; // names and numbers stay out of logs
    }

}
