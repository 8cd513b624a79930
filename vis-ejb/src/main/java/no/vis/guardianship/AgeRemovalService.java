package no.vis.guardianship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.vis.access.Role.Names;
import no.vis.privacy.AccessLog;
import no.vis.privacy.ConsentPeriod;
import no.vis.privacy.DataCategory;
import no.vis.privacy.GuardianAccess;
import no.vis.privacy.GuardianAccessPolicy;
import no.vis.privacy.GuardianshipFacts;
import no.vis.privacy.SubjectKind;

/**
 * The work of the nightly job {@code guardian-age-removal}: pupils who have turned 18 lose their
 * guardianships unless both consents hold; a guardian left with no active guardianship is deleted
 * (name, number, address, contact details, their consents and guardianship history — the access
 * log keeps only its pseudonymous lines); the office gets a list of what was removed per pupil.
 * The decision is the guardian access policy's. For jobs only.
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class AgeRemovalService {

    static final String PURPOSE = "job:guardian-age-removal";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    AccessLog accessLog;

    @Inject
    no.vis.access.StaffDirectory staff;

    /**
     * The active guardianships of pupils born on or before the day after {@code today} minus 18
     * years (a superset by one day, for 29 February; the policy decides exactly), by id.
     */
    public List<Long> candidateIds(LocalDate today) {
        return em.createQuery("SELECT gs.id FROM Guardianship gs JOIN gs.pupil s WHERE s.birthDate <= :cutoff"
                        + " AND " + Guardianship.ACTIVE_ON_DAY + " ORDER BY gs.id", Long.class)
                .setParameter("cutoff", today.minusYears(18).plusDays(1)).setParameter("day", today).getResultList();
    }

    /** The candidates with whether each party's consent holds today: two queries. */
    public List<AgeRemovalCandidate> candidates(List<Long> guardianshipIds, LocalDate today) {
        if (guardianshipIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT gs.id, s.id, gs.guardian.id, gs.activeFrom, s.birthDate, s.leftOn"
                        + " FROM Guardianship gs JOIN gs.pupil s WHERE gs.id IN :ids ORDER BY gs.id", Object[].class)
                .setParameter("ids", guardianshipIds).getResultList();
        Set<String> holding = new HashSet<>();
        List<Long> pupils = rows.stream().map(r -> (Long) r[1]).distinct().toList();
        for (Object[] c : em.createQuery("SELECT c.pupil.id, c.guardian.id, c.party FROM Consent c WHERE c.pupil.id IN :pupils"
                        + " AND c.givenOn <= :today AND (c.revokedOn IS NULL OR c.revokedOn > :today)", Object[].class)
                .setParameter("pupils", pupils).setParameter("today", today).getResultList()) {
            holding.add(c[0] + "/" + c[1] + "/" + c[2]);
        }
        return rows.stream().map(r -> new AgeRemovalCandidate((Long) r[0], (Long) r[1], (Long) r[2], (LocalDate) r[3],
                (LocalDate) r[4], (LocalDate) r[5], holding.contains(r[1] + "/" + r[2] + "/" + ConsentParty.PUPIL),
                holding.contains(r[1] + "/" + r[2] + "/" + ConsentParty.GUARDIAN))).toList();
    }

    /**
     * The office's list: what the job removed in the last {@code days} days at the caller's schools
     * (where the caller is office staff; all for the county administrator), newest first, at most 500.
     */
    @RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
    public List<RemovalRow> recentRemovals(int days) {
        no.vis.access.SchoolScope scope = staff.callerScope(no.vis.access.Role.OFFICE);
        if (!scope.all() && scope.schoolIds().isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("SELECT NEW no.vis.guardianship.RemovalRow(s.id,"
                        + " s.name.givenName, s.name.familyName, sc.name, c.code, r.eighteenthBirthday,"
                        + " r.guardianshipsEnded, r.guardiansDeleted, r.removedAt)"
                        + " FROM GuardianRemoval r, Pupil s JOIN s.school sc LEFT JOIN s.schoolClass c"
                        + " WHERE s.id = r.pupilId AND r.removedAt >= :since" + (scope.all() ? "" : " AND sc.id IN :schools")
                        + " ORDER BY r.removedAt DESC, s.name.familyName", RemovalRow.class)
                .setParameter("since", OffsetDateTime.now().minusDays(days))
                .setMaxResults(500);
        if (!scope.all()) {
            query.setParameter("schools", List.copyOf(scope.schoolIds()));
        }
        List<RemovalRow> rows = query.getResultList();
        accessLog.readAll(SubjectKind.PUPIL, rows.stream().map(RemovalRow::pupilId).distinct().toList(),
                DataCategory.GUARDIANS, "guardian-removals");
        return rows;
    }

    /** Whether the guardianship ends today: the pupil is of age and the consents do not both hold. */
    public static boolean ends(AgeRemovalCandidate c, LocalDate today) {
        List<ConsentPeriod> yes = List.of(new ConsentPeriod(LocalDate.MIN, null));
        GuardianshipFacts facts = new GuardianshipFacts(c.activeFrom(), null, c.birthDate(), c.leftOn(),
                false, c.pupilConsents() ? yes : List.of(), c.guardianConsents() ? yes : List.of());
        return new GuardianAccessPolicy(false).decide(facts, today).decision()
                == GuardianAccess.Decision.OF_AGE_WITHOUT_CONSENTS;
    }

    /** What one call removed. */
    public record Removed(int guardianshipsEnded, List<Long> deletedGuardianIds) implements java.io.Serializable {
        public Removed {
            deletedGuardianIds = List.copyOf(deletedGuardianIds);
        }

        public int guardiansDeleted() {
            return deletedGuardianIds.size();
        }
    }

    /**
     * Ends the guardianships (on the pupil's 18th birthday, or the day they began if later),
     * deletes guardians left with no active guardianship, and writes the office's list and the
     * access log — all in the caller's transaction (a chunk: all or nothing).
     */
    public Removed end(List<AgeRemovalCandidate> ending, LocalDate today, long jobExecutionId) {
        if (ending.isEmpty()) {
            return new Removed(0, List.of());
        }
        Map<Long, Guardianship> byId = em.createQuery("SELECT gs FROM Guardianship gs WHERE gs.id IN :ids", Guardianship.class)
                .setParameter("ids", ending.stream().map(AgeRemovalCandidate::guardianshipId).toList()).getResultList().stream()
                .collect(Collectors.toMap(Guardianship::getId, gs -> gs));
        Map<Long, int[]> perPupil = new HashMap<>();
        Map<Long, LocalDate> birthdays = new HashMap<>();
        Set<Long> guardians = new HashSet<>();
        for (AgeRemovalCandidate c : ending) {
            Guardianship gs = byId.get(c.guardianshipId());
            if (gs == null || !gs.isActiveOn(today)) {
                continue; // ended meanwhile
            }
            LocalDate eighteen = GuardianAccessPolicy.eighteenthBirthday(c.birthDate());
            gs.endByRule(eighteen, GuardianshipEnd.PUPIL_TURNED_18, PURPOSE);
            perPupil.computeIfAbsent(c.pupilId(), k -> new int[2])[0]++;
            birthdays.put(c.pupilId(), eighteen);
            guardians.add(c.guardianId());
        }
        em.flush();
        // guardians with no active guardianship left have no basis: their data goes
        List<Long> deleting = GuardianErasure.withoutBasisAfter(em, guardians, today);
        if (!deleting.isEmpty()) {
            Map<Long, List<Long>> pupilsOf = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT gs.guardian.id, gs.pupil.id FROM Guardianship gs WHERE gs.guardian.id IN :ids",
                    Object[].class).setParameter("ids", deleting).getResultList()) {
                pupilsOf.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]);
            }
            for (Long guardianId : deleting) {
                for (Long pupil : pupilsOf.getOrDefault(guardianId, List.of())) {
                    int[] counts = perPupil.get(pupil);
                    if (counts != null) {
                        counts[1]++;
                    }
                }
            }
            GuardianErasure.erase(em, accessLog, deleting, PURPOSE);
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (Map.Entry<Long, int[]> e : perPupil.entrySet()) {
            em.persist(new GuardianRemoval(jobExecutionId, now, e.getKey(), birthdays.get(e.getKey()), e.getValue()[0], e.getValue()[1]));
        }
        accessLog.changedAll(SubjectKind.PUPIL, perPupil.keySet(), DataCategory.GUARDIANS, PURPOSE);
        return new Removed(perPupil.values().stream().mapToInt(c -> c[0]).sum(), deleting);
    }
}
