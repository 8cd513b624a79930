package no.vis.access;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * A person who logged in and whom VIS knows: the VIS user id (never a fødselsnummer), the name to
 * greet them with, every role they have, and the schools where they have each.
 */
public record KnownUser(String userId, String displayName, Set<Role> roles, Map<Long, Set<Role>> rolesBySchool)
        implements Serializable {

    @Override
    public String toString() {
        return "KnownUser[" + userId + ", roles " + roles + "]"; // names and numbers stay out of logs
    }


    public KnownUser {
        roles = Set.copyOf(roles);
        rolesBySchool = Map.copyOf(rolesBySchool);
    }
}
