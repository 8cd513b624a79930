package no.vis.batch.democounty;

import java.util.List;
import no.vis.access.Role;

/**
 * The demo county's staff, with their roles at the county's first schools. Their Feide user ids are
 * those of the local login provider's demo users (vis-devtools, demo-users.json): keep the two
 * lists in step.
 */
final class DemoStaff {

    private DemoStaff() {
    }

    /** A role at school number {@code school} of the plan (-1: county-wide). */
    record Grant(Role role, int school) {
    }

    record Member(String feideUserId, String name, List<Grant> grants) {
    }

    static final List<Member> MEMBERS = List.of(
            new Member("5e1f7a2c-0001-4c6e-9a51-0a1b2c3d4e01", "Kari Kontor", List.of(new Grant(Role.OFFICE, 0))),
            new Member("5e1f7a2c-0002-4c6e-9a51-0a1b2c3d4e02", "Lars Lærer", List.of(new Grant(Role.TEACHER, 0))),
            new Member("5e1f7a2c-0003-4c6e-9a51-0a1b2c3d4e03", "Kristin Kontaktlærer",
                    List.of(new Grant(Role.TEACHER, 0), new Grant(Role.CONTACT_TEACHER, 0))),
            new Member("5e1f7a2c-0004-4c6e-9a51-0a1b2c3d4e04", "Ivar IT",
                    List.of(new Grant(Role.IT_OPERATIONS, 0), new Grant(Role.IT_OPERATIONS, 1))),
            new Member("5e1f7a2c-0005-4c6e-9a51-0a1b2c3d4e05", "Frida Fylke", List.of(new Grant(Role.COUNTY_ADMIN, -1))));
}
