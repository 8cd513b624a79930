package no.vis.access;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One role of one staff member, as the role screen lists it. */
public record StaffRoleRow(long staffId, String staffName, Long schoolId, String schoolName, Role role,
                           OffsetDateTime grantedAt, String grantedBy) implements Serializable {

    @Override
    public String toString() {
        return "StaffRoleRow[" + staffId + ", " + role + "]"; // names and numbers stay out of logs
    }

}
