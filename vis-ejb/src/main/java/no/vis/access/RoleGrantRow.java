package no.vis.access;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One line of the role grant log with names, for the role screen. */
public record RoleGrantRow(OffsetDateTime happenedAt, String actor, RoleGrantEvent.Action action, String staffName,
                           String schoolName, Role role) implements Serializable {

    @Override
    public String toString() {
        return "RoleGrantRow[" + action + "]"; // names and numbers stay out of logs
    }

}
