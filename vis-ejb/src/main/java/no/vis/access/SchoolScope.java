package no.vis.access;

import java.io.Serializable;
import java.util.Set;

/** The schools whose data a caller may see: all of them (county administrator, jobs) or some. */
public record SchoolScope(boolean all, Set<Long> schoolIds) implements Serializable {

    public static final SchoolScope ALL = new SchoolScope(true, Set.of());
    public static final SchoolScope NONE = new SchoolScope(false, Set.of());

    public SchoolScope {
        schoolIds = Set.copyOf(schoolIds);
    }

    public boolean allows(long schoolId) {
        return all || schoolIds.contains(schoolId);
    }
}
