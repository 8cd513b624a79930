package no.vis.registers.krr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vis.access.Role.Names;
import no.vis.guardianship.ContactSource;
import no.vis.guardianship.Guardian;
import no.vis.people.PhoneNumber;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.registers.SkippedRecord;

/**
 * The work of {@code krr-import}: phone and e-mail from KRR, once per guardian (those never
 * imported before), the mobile number stored as E.164 ({@link PhoneNumber}; one KRR writes in a form
 * VIS cannot read is left out and noted as skipped), never over what the guardian or staff set, nothing for a reserved or
 * unregistered guardian; which channels are usable for formal notices (18 months) is recorded.
 * In the caller's transaction. For jobs only.
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class KrrImportService {

    static final String PURPOSE = "job:krr-import";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    AccessLog accessLog;

    /** A guardian to look up: id and identity number. */
    public record GuardianRef(long guardianId, String fodselsnummer) implements Serializable {

        @Override
        public String toString() {
            return "GuardianRef[" + guardianId + "]";
        }
    }

    /** What one chunk did. */
    public record Imported(int mobiles, int emails, int reserved, int notRegistered, int keptOwn) implements Serializable {
    }

    /** Guardians with a number that KRR has never been asked about, after an id, by id. */
    public List<GuardianRef> neverImported(long afterId, int max) {
        return em.createQuery("SELECT g.id, g.fodselsnummer FROM Guardian g WHERE g.krrImportedAt IS NULL"
                        + " AND g.fodselsnummer IS NOT NULL AND g.id > :after ORDER BY g.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(max).getResultList().stream()
                .map(r -> new GuardianRef((Long) r[0], ((no.vis.people.Fodselsnummer) r[1]).value())).toList();
    }

    public Imported apply(List<GuardianRef> guardians, Map<String, KrrPerson> krr, OffsetDateTime now, long jobExecutionId) {
        int mobiles = 0, emails = 0, reserved = 0, notRegistered = 0, keptOwn = 0;
        if (guardians.isEmpty()) {
            return new Imported(0, 0, 0, 0, 0);
        }
        Map<Long, Guardian> byId = new java.util.HashMap<>();
        em.createQuery("SELECT g FROM Guardian g WHERE g.id IN :ids", Guardian.class)
                .setParameter("ids", guardians.stream().map(GuardianRef::guardianId).toList()).getResultList()
                .forEach(g -> byId.put(g.getId(), g));
        List<Long> changedGuardians = new java.util.ArrayList<>();
        for (GuardianRef ref : guardians) {
            Guardian g = byId.get(ref.guardianId());
            if (g == null || g.isKrrImported()) {
                continue;
            }
            KrrPerson p = krr.get(ref.fodselsnummer());
            if (p == null || p.status() != KrrPerson.Status.AKTIV) {
                g.krrImported(now, false, false, false);
                notRegistered++;
                if (p != null && p.status() == KrrPerson.Status.UNKNOWN) {
                    em.persist(new SkippedRecord(jobExecutionId, "krr-import", "guardian:" + g.getId(), "unknown KRR status value"));
                }
                continue;
            }
            if (p.reserved()) {
                g.krrImported(now, true, false, false);
                reserved++;
                continue;
            }
            boolean changed = false;
            Optional<PhoneNumber> mobile = Optional.ofNullable(p.mobile()).flatMap(PhoneNumber::tryParse);
            if (p.mobile() != null && mobile.isEmpty()) {
                em.persist(new SkippedRecord(jobExecutionId, "krr-import", "guardian:" + g.getId(),
                        "mobile number not understood; not taken"));
            }
            if (mobile.isPresent()) {
                if (g.setMobile(mobile.get(), ContactSource.KRR)) {
                    mobiles++;
                    changed = true;
                } else {
                    keptOwn++;
                }
            }
            if (p.email() != null) {
                if (g.setEmail(p.email(), ContactSource.KRR)) {
                    emails++;
                    changed = true;
                } else {
                    keptOwn++;
                }
            }
            g.krrImported(now, false, p.mobileUsableOn(now), p.emailUsableOn(now));
            if (changed) {
                changedGuardians.add(g.getId());
            }
        }
        accessLog.changedAll(SubjectKind.GUARDIAN, changedGuardians, DataCategory.OWN_CONTACT_INFORMATION, PURPOSE);
        return new Imported(mobiles, emails, reserved, notRegistered, keptOwn);
    }
}
