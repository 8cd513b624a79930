package no.vis.guardianship;

import jakarta.persistence.EntityManager;
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

    static void erase(EntityManager em, AccessLog accessLog, List<Long> guardianIds, String purpose) {
        if (guardianIds.isEmpty()) {
            return;
        }
        em.flush(); // pending changes first: the deletes below bypass the persistence context
        em.createQuery("DELETE FROM Consent c WHERE c.guardian.id IN :ids").setParameter("ids", guardianIds).executeUpdate();
        em.createQuery("DELETE FROM Guardianship gs WHERE gs.guardian.id IN :ids").setParameter("ids", guardianIds).executeUpdate();
        em.createQuery("DELETE FROM Guardian g WHERE g.id IN :ids").setParameter("ids", guardianIds).executeUpdate();
        for (Long guardianId : guardianIds) {
            accessLog.changed(SubjectKind.GUARDIAN, guardianId, DataCategory.PERSONALIA, purpose);
        }
    }
}
