package no.vis.guardianship;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * Deleting guardians whose data has no purpose left: their consents, their guardianship history
 * and the guardian (name, number, address, contact details). The access log keeps its lines about
 * them — ids only, so pseudonymous — and gets one more: the deletion. In the caller's transaction.
 */
final class GuardianErasure {

    private GuardianErasure() {
    }

    /** Of these guardians, those with no guardianship active after the day: no basis left for their data. One query. */
    static List<Long> withoutBasisAfter(EntityManager em, Collection<Long> guardianIds, LocalDate day) {
        if (guardianIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT g.id FROM Guardian g WHERE g.id IN :ids AND NOT EXISTS (SELECT gs.id FROM Guardianship gs"
                        + " WHERE gs.guardian = g AND " + Guardianship.NOT_ENDED_BY_DAY + ")", Long.class)
                .setParameter("ids", List.copyOf(guardianIds)).setParameter("day", day).getResultList();
    }

    static void erase(EntityManager em, AccessLog accessLog, List<Long> guardianIds, String purpose) {
        if (guardianIds.isEmpty()) {
            return;
        }
        em.flush(); // pending changes first: the deletes below bypass the persistence context
        em.createQuery("DELETE FROM Consent c WHERE c.guardian.id IN :ids").setParameter("ids", guardianIds).executeUpdate();
        em.createQuery("DELETE FROM Guardianship gs WHERE gs.guardian.id IN :ids").setParameter("ids", guardianIds).executeUpdate();
        em.createQuery("DELETE FROM Guardian g WHERE g.id IN :ids").setParameter("ids", guardianIds).executeUpdate();
        accessLog.changedAll(SubjectKind.GUARDIAN, guardianIds, DataCategory.PERSONALIA, purpose);
    }
}
