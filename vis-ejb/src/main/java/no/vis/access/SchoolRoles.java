package no.vis.access;

import java.io.Serializable;
import java.util.Set;

/** A user's roles at one school; {@code schoolId} is null for county-wide roles. */
public record SchoolRoles(Long schoolId, String schoolName, Set<Role> roles) implements Serializable {
}
