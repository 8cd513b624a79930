package no.vis.access;

/**
 * What a user may do in VIS. Staff roles are granted per school (the county administrator's for
 * the whole county); pupils and guardians get theirs from who they are.
 * The names are the container's role names, used in {@code @RolesAllowed}.
 */
public enum Role {
    OFFICE, TEACHER, CONTACT_TEACHER, IT_OPERATIONS, COUNTY_ADMIN, PUPIL, GUARDIAN;

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String OFFICE = "OFFICE";
        public static final String TEACHER = "TEACHER";
        public static final String CONTACT_TEACHER = "CONTACT_TEACHER";
        public static final String IT_OPERATIONS = "IT_OPERATIONS";
        public static final String COUNTY_ADMIN = "COUNTY_ADMIN";
        public static final String PUPIL = "PUPIL";
        public static final String GUARDIAN = "GUARDIAN";
        /** Batch jobs run as this (through {@code @RunAs}); it is never granted to a person. */
        public static final String SYSTEM = "SYSTEM";

        private Names() {
        }
    }

    /** Whether the role is granted to staff per school (or county) rather than following from identity. */
    public boolean isStaffRole() {
        return this != PUPIL && this != GUARDIAN;
    }
}
