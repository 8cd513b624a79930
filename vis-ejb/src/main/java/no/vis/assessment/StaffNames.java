package no.vis.assessment;

import jakarta.persistence.EntityManager;
import no.vis.access.VisUserId;

/** The name to show for who did something ("staff:12" → the staff member's name; anything else, e.g. "system", as it is). */
final class StaffNames {

    private StaffNames() {
    }

    static String of(EntityManager em, String by) {
        if (by == null) {
            return null;
        }
        return VisUserId.STAFF.idIn(by).map(id -> em.createQuery("SELECT m.name FROM StaffMember m WHERE m.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(by)).orElse(by);
    }
}
