package no.vis.registers.freg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.guardianship.Guardian;
import no.vis.guardianship.Guardianship;
import no.vis.guardianship.GuardianshipBasis;
import no.vis.guardianship.GuardianshipEnd;
import no.vis.people.Fodselsnummer;
import no.vis.people.InvalidFodselsnummerException;
import no.vis.people.Pupil;
import no.vis.platform.VisSettings;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.GuardianAccessPolicy;
import no.vis.privacy.SubjectKind;

/**
 * Applies what Folkeregisteret says about a chunk of pupils, in the caller's transaction (all or
 * nothing): the pupils' own name and address; guardians from current {@code foreldreansvar} only —
 * created from their own person documents, or their name and address brought up to date (never
 * their contact details); new responsibilities start today, register guardianships no longer in
 * the register end today, those of a guardian who died end as such (manual ones are the office's
 * and stay; pupils of 18 or more are left to guardian-age-removal, the register having no
 * responsibility for them); pupils and guardians re-keyed when their number changed; pupils who
 * died or emigrated flagged for the office. Whatever cannot be used is listed as a skipped record
 * with the reason. Used by freg-import (all pupils) and freg-delta (the pupils the night's events
 * touch). For jobs only.
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class FregImportService {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    AccessLog accessLog;

    @Inject
    VisSettings settings;

    /** A pupil to look up: id and identity number. */
    public record PupilRef(long pupilId, String fodselsnummer) implements Serializable {

        @Override
        public String toString() {
            return "PupilRef[" + pupilId + "]";
        }
    }

    /** What one chunk changed. */
    public record Changes(int pupilsUpdated, int guardiansCreated, int guardiansUpdated, int guardianshipsStarted,
                          int guardianshipsEnded, int rekeyed, int flagged, int skipped) implements Serializable {

        public static final Changes NONE = new Changes(0, 0, 0, 0, 0, 0, 0, 0);

        public Changes plus(Changes o) {
            return new Changes(pupilsUpdated + o.pupilsUpdated, guardiansCreated + o.guardiansCreated,
                    guardiansUpdated + o.guardiansUpdated, guardianshipsStarted + o.guardianshipsStarted,
                    guardianshipsEnded + o.guardianshipsEnded, rekeyed + o.rekeyed, flagged + o.flagged, skipped + o.skipped);
        }

        /** As IT operations read it in a run's exit status. */
        public String summary() {
            return "pupils updated " + pupilsUpdated + "; guardians created " + guardiansCreated + ", updated " + guardiansUpdated
                    + "; guardianships started " + guardianshipsStarted + ", ended " + guardianshipsEnded + "; re-keyed " + rekeyed
                    + "; flagged " + flagged + "; skipped " + skipped;
        }
    }

    /** The pupils a night's events touch, and which of the events' numbers are pupils' and which guardians'. */
    public record Touched(List<PupilRef> pupils, Set<String> pupilNumbers, Set<String> guardians) implements Serializable {

        @Override
        public String toString() {
            return "Touched[" + pupils.size() + " pupils, " + guardians.size() + " guardians]";
        }


        /** Whether the number is a pupil's or a guardian's that VIS has. */
        public boolean knows(String identity) {
            return identity != null && (pupilNumbers.contains(identity) || guardians.contains(identity));
        }
    }

    /** Enrolled pupils with ids after {@code afterId} up to {@code lastId}, by id. */
    public List<PupilRef> enrolledPupils(long afterId, long lastId, int max) {
        return em.createQuery("SELECT s.id, s.fodselsnummer FROM Pupil s WHERE s.id > :after AND s.id <= :last"
                        + " AND s.leftOn IS NULL ORDER BY s.id", Object[].class)
                .setParameter("after", afterId).setParameter("last", lastId).setMaxResults(max).getResultList().stream()
                .map(r -> new PupilRef((Long) r[0], ((Fodselsnummer) r[1]).value())).toList();
    }

    /**
     * The enrolled pupils these identity numbers touch: pupils with one of the numbers, and the
     * pupils of guardians with one of them (current guardianships). Two queries, whatever the count.
     */
    public Touched pupilsTouchedBy(java.util.Collection<String> identities, LocalDate today) {
        List<Fodselsnummer> numbers = identities.stream().distinct().map(this::number).filter(java.util.Objects::nonNull).toList();
        Map<Long, PupilRef> pupils = new java.util.TreeMap<>();
        Set<String> pupilNumbers = new HashSet<>();
        Set<String> guardians = new HashSet<>();
        if (numbers.isEmpty()) {
            return new Touched(List.of(), pupilNumbers, guardians);
        }
        for (Object[] r : em.createQuery("SELECT s.id, s.fodselsnummer FROM Pupil s WHERE s.fodselsnummer IN :fnrs"
                + " AND s.leftOn IS NULL", Object[].class).setParameter("fnrs", numbers).getResultList()) {
            String fnr = ((Fodselsnummer) r[1]).value();
            pupils.put((Long) r[0], new PupilRef((Long) r[0], fnr));
            pupilNumbers.add(fnr);
        }
        for (Object[] r : em.createQuery("SELECT s.id, s.fodselsnummer, g.fodselsnummer FROM Guardianship gs JOIN gs.guardian g"
                        + " JOIN gs.pupil s WHERE g.fodselsnummer IN :fnrs AND s.leftOn IS NULL"
                        + " AND " + Guardianship.NOT_ENDED_BY_DAY, Object[].class)
                // from yesterday: those the register ended today too, which it may resume today
                .setParameter("fnrs", numbers).setParameter("day", today.minusDays(1)).getResultList()) {
            pupils.put((Long) r[0], new PupilRef((Long) r[0], ((Fodselsnummer) r[1]).value()));
            guardians.add(((Fodselsnummer) r[2]).value());
        }
        return new Touched(List.copyOf(pupils.values()), pupilNumbers, guardians);
    }

    /** The lowest and highest pupil id (0, 0 when there are none): for splitting a job into partitions. */
    public long[] pupilIdRange() {
        Object[] r = em.createQuery("SELECT MIN(s.id), MAX(s.id) FROM Pupil s", Object[].class).getSingleResult();
        return r[0] == null ? new long[] {0, 0} : new long[] {(Long) r[0], (Long) r[1]};
    }

    /**
     * @param pupils       the chunk's pupils
     * @param pupilLookups the register's answer per pupil (by the number asked)
     * @param adults       the register's answer for responsible adults (new guardians and those to update)
     */
    public Changes apply(List<PupilRef> pupils, Map<String, FregClient.Lookup> pupilLookups,
                         Map<String, FregClient.Lookup> adults, LocalDate today, long jobExecutionId, String jobName) {
        return apply(pupils, pupilLookups, adults, today, jobExecutionId, jobName, "job:" + jobName);
    }

    /**
     * As {@link #apply(List, Map, Map, LocalDate, long, String)}, with the access log's purpose
     * named by the caller (the office's enrolment by hand: {@code enrolment}; its skipped records
     * then belong to no job run, {@code jobExecutionId} 0).
     */
    public Changes apply(List<PupilRef> pupils, Map<String, FregClient.Lookup> pupilLookups,
                         Map<String, FregClient.Lookup> adults, LocalDate today, long jobExecutionId, String jobName,
                         String purpose) {
        int pupilsUpdated = 0, created = 0, updated = 0, started = 0, ended = 0, rekeyed = 0, flagged = 0, skipped = 0;
        Map<Long, Pupil> enrolled = new HashMap<>();
        for (Pupil s : em.createQuery("SELECT s FROM Pupil s WHERE s.id IN :ids", Pupil.class)
                .setParameter("ids", pupils.stream().map(PupilRef::pupilId).toList()).getResultList()) {
            enrolled.put(s.getId(), s);
        }
        if (enrolled.isEmpty()) {
            return Changes.NONE; // gone meanwhile
        }
        Map<Long, List<Guardianship>> current = new HashMap<>();
        Map<Long, List<Guardianship>> endedToday = new HashMap<>(); // by the register: resumed if it says so again
        for (Guardianship gs : em.createQuery("SELECT gs FROM Guardianship gs JOIN FETCH gs.guardian WHERE gs.pupil.id IN :ids"
                        + " AND " + Guardianship.NOT_ENDED_BY_DAY, Guardianship.class)
                // from yesterday: current ones, and those ended today (resumed below if the register says so again)
                .setParameter("ids", List.copyOf(enrolled.keySet())).setParameter("day", today.minusDays(1)).getResultList()) {
            if (gs.isActiveOn(today) || gs.getActiveFrom().isAfter(today)) {
                current.computeIfAbsent(gs.getPupil().getId(), k -> new ArrayList<>()).add(gs);
            } else if (gs.getEndReason().orElse(null) == GuardianshipEnd.NO_LONGER_IN_REGISTER
                    && gs.getBasis() == GuardianshipBasis.FOLKEREGISTERET) {
                endedToday.computeIfAbsent(gs.getPupil().getId(), k -> new ArrayList<>()).add(gs);
            }
        }
        Set<Long> personaliaChanged = new java.util.LinkedHashSet<>(); // a re-keyed and renamed pupil: one line
        List<Long> guardiansChanged = new ArrayList<>();
        List<Long> guardianshipsChanged = new ArrayList<>();
        Map<String, Guardian> guardians = guardiansOf(adults, guardiansChanged, purpose);
        rekeyed += guardiansChanged.size();
        Map<String, FregPerson> adultsNow = new HashMap<>();
        adults.values().stream().filter(a -> a.person() != null).forEach(a -> adultsNow.put(a.person().identity(), a.person()));
        for (Map.Entry<String, Guardian> e : guardians.entrySet()) { // name and address from the register, never contact details
            FregPerson adult = adultsNow.get(e.getKey());
            Guardian guardian = e.getValue();
            if (adult != null && (!guardian.getName().equals(adult.name()) || !guardian.getAddress().equals(adult.address()))) {
                guardian.rename(adult.name());
                guardian.moveTo(adult.address());
                guardiansChanged.add(guardian.getId());
                updated++;
            }
        }
        Set<String> flags = new HashSet<>();
        for (Object[] f : em.createQuery("SELECT f.pupilId, f.kind FROM RegisterFlag f WHERE f.pupilId IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(enrolled.keySet())).getResultList()) {
            flags.add(f[0] + "/" + f[1]);
        }

        for (PupilRef ref : pupils) {
            Pupil pupil = enrolled.get(ref.pupilId());
            FregClient.Lookup lookup = pupilLookups.get(ref.fodselsnummer());
            if (pupil == null) {
                continue; // gone meanwhile
            }
            if (lookup == null || lookup.person() == null) {
                skip(jobExecutionId, jobName, "pupil:" + ref.pupilId(), lookup == null ? "no answer" : lookup.problem());
                skipped++;
                continue;
            }
            FregPerson person = lookup.person();
            for (String note : person.notes()) {
                skip(jobExecutionId, jobName, "pupil:" + ref.pupilId(), "note: " + note);
            }
            if (person.status() == FregPerson.PersonStatus.OPPHOERT) { // a ceased number (a duplicate merged away): not the person now
                skip(jobExecutionId, jobName, "pupil:" + ref.pupilId(), "the register has ceased this identity number:"
                        + " the office checks the pupil's number");
                skipped++;
                continue;
            }
            if (!person.identity().equals(pupil.getFodselsnummer().value())) {
                Fodselsnummer now = number(person.identity());
                if (now == null) {
                    skip(jobExecutionId, jobName, "pupil:" + ref.pupilId(), "the register's identity number is not valid");
                    skipped++;
                    continue;
                }
                if (em.createQuery("SELECT COUNT(s) FROM Pupil s WHERE s.fodselsnummer = :fnr", Long.class)
                        .setParameter("fnr", now).getSingleResult() > 0) {
                    skip(jobExecutionId, jobName, "pupil:" + ref.pupilId(), "the register's new identity number belongs to"
                            + " another pupil in VIS: the office merges the two");
                    skipped++;
                    continue;
                }
                pupil.rekey(now);
                personaliaChanged.add(pupil.getId());
                rekeyed++;
            }
            if (!pupil.getName().equals(person.name()) || !pupil.getAddress().equals(person.address())) {
                pupil.rename(person.name());
                pupil.moveTo(person.address());
                personaliaChanged.add(pupil.getId());
                pupilsUpdated++;
            }
            if (person.isDead() && flag(pupil, "DEAD", today, flags)) {
                flagged++;
            }
            if (person.hasEmigrated() && flag(pupil, "EMIGRATED", today, flags)) {
                flagged++;
            }
            if (GuardianAccessPolicy.isOfAge(pupil.getBirthDate(), today)) {
                continue; // the register has no responsibility after 18: guardian-age-removal and consents decide
            }
            List<Guardianship> active = current.getOrDefault(pupil.getId(), List.of());
            Set<String> inRegister = new HashSet<>();
            boolean changed = false;
            for (FregPerson.Responsibility r : person.responsibilities()) {
                if (r.responsible() == null) {
                    skip(jobExecutionId, jobName, "pupil:" + ref.pupilId(),
                            "a responsible adult without identity number: the office registers them by hand");
                    continue;
                }
                if (r.responsibility() == null) {
                    skip(jobExecutionId, jobName, "pupil:" + ref.pupilId(), "unknown ansvar value: responsibility not read");
                    skipped++;
                    inRegister.add(r.responsible()); // not understood: do not end what VIS has either
                    continue;
                }
                FregClient.Lookup adult = adults.get(r.responsible());
                if (adult != null && adult.person() != null && adult.person().isDead()) {
                    continue; // the register has not yet moved the responsibility: VIS does not keep a dead guardian
                }
                inRegister.add(r.responsible());
                Guardian guardian = guardians.get(r.responsible());
                if (guardian == null) {
                    if (adult == null || adult.person() == null) {
                        skip(jobExecutionId, jobName, "pupil:" + ref.pupilId(),
                                "responsible adult: " + (adult == null ? "no answer" : adult.problem()));
                        skipped++;
                        continue;
                    }
                    Fodselsnummer fnr = number(adult.person().identity());
                    if (fnr == null) {
                        skip(jobExecutionId, jobName, "pupil:" + ref.pupilId(), "responsible adult's number is not valid");
                        skipped++;
                        continue;
                    }
                    guardian = new Guardian(fnr, false, adult.person().name(), adult.person().address());
                    em.persist(guardian);
                    guardians.put(r.responsible(), guardian);
                    guardiansChanged.add(guardian.getId());
                    created++;
                }
                Guardian g = guardian;
                Guardianship existing = active.stream().filter(gs -> gs.getGuardian().getId().equals(g.getId())).findFirst().orElse(null);
                Guardianship resumable = existing != null ? null : endedToday.getOrDefault(pupil.getId(), List.of()).stream()
                        .filter(gs -> gs.getGuardian().getId().equals(g.getId())).findFirst().orElse(null);
                if (resumable != null) {
                    resumable.resumeFromRegister(today, r.responsibility());
                    started++;
                    changed = true;
                } else if (existing == null) {
                    em.persist(Guardianship.fromRegister(guardian, pupil, today, r.responsibility(), purpose));
                    started++;
                    changed = true;
                } else if (existing.getBasis() == GuardianshipBasis.FOLKEREGISTERET
                        && existing.getResponsibility().orElse(null) != r.responsibility()) {
                    existing.changeResponsibility(r.responsibility());
                    changed = true;
                }
            }
            for (Guardianship gs : active) {
                if (gs.getActiveTo().isPresent()) {
                    continue; // already ends on a later day (a guardianship that had not yet begun, or staff's date)
                }
                String number = gs.getGuardian().getFodselsnummer().map(Fodselsnummer::value).orElse("");
                FregPerson adult = adultsNow.get(number);
                if (adult != null && adult.isDead()) { // manual guardianships too: nobody is a guardian after death
                    gs.endByRule(today, GuardianshipEnd.GUARDIAN_DIED, purpose);
                    ended++;
                    changed = true;
                } else if (gs.getBasis() == GuardianshipBasis.FOLKEREGISTERET && !inRegister.contains(number)) {
                    gs.endByRule(today, GuardianshipEnd.NO_LONGER_IN_REGISTER, purpose);
                    ended++;
                    changed = true;
                }
            }
            if (changed) {
                guardianshipsChanged.add(pupil.getId());
            }
        }
        accessLog.changedAll(SubjectKind.PUPIL, personaliaChanged, DataCategory.PERSONALIA, purpose);
        accessLog.changedAll(SubjectKind.PUPIL, guardianshipsChanged, DataCategory.GUARDIANS, purpose);
        accessLog.changedAll(SubjectKind.GUARDIAN, guardiansChanged, DataCategory.PERSONALIA, purpose);
        return new Changes(pupilsUpdated, created, updated, started, ended, rekeyed, flagged, skipped);
    }

    /**
     * The guardians VIS has for the responsible adults, by their current number — also those VIS
     * knows by a number the register has since replaced (a D-number that became a fødselsnummer):
     * they are re-keyed, keeping their contact details, language and history. One query.
     */
    private Map<String, Guardian> guardiansOf(Map<String, FregClient.Lookup> adults, List<Long> rekeyed, String purpose) {
        Map<String, String> currentByNumber = new HashMap<>();
        for (FregClient.Lookup adult : adults.values()) {
            if (adult.person() != null) {
                currentByNumber.put(adult.person().identity(), adult.person().identity());
                adult.person().formerIdentities().forEach(former -> currentByNumber.putIfAbsent(former, adult.person().identity()));
            }
        }
        adults.keySet().forEach(asked -> currentByNumber.putIfAbsent(asked, asked));
        List<Fodselsnummer> numbers = currentByNumber.keySet().stream().map(this::number).filter(java.util.Objects::nonNull).toList();
        Map<String, Guardian> byNumber = new HashMap<>();
        if (!numbers.isEmpty()) {
            no.vis.platform.QueryPlans.withTheValues(em); // the table fills as the job runs
            em.createQuery("SELECT g FROM Guardian g WHERE g.fodselsnummer IN :fnrs", Guardian.class)
                    .setParameter("fnrs", numbers).getResultList()
                    .forEach(g -> byNumber.put(g.getFodselsnummer().orElseThrow().value(), g));
        }
        Map<String, Guardian> guardians = new HashMap<>();
        for (Map.Entry<String, Guardian> e : byNumber.entrySet()) {
            String current = currentByNumber.get(e.getKey());
            if (current.equals(e.getKey())) {
                guardians.put(current, e.getValue());
            } else if (!byNumber.containsKey(current) && number(current) != null) {
                e.getValue().rekey(number(current));
                rekeyed.add(e.getValue().getId());
                guardians.put(current, e.getValue());
            }
        }
        return guardians;
    }

    /** Flags the pupil for the office unless already flagged ({@code flags}: the chunk's, "id/kind"). */
    private boolean flag(Pupil pupil, String kind, LocalDate today, Set<String> flags) {
        if (!flags.add(pupil.getId() + "/" + kind)) {
            return false;
        }
        em.persist(new no.vis.registers.RegisterFlag(pupil.getId(), kind, today));
        return true;
    }

    /** A record the job could not use, for IT operations; pseudonymous. */
    private void skip(long jobExecutionId, String jobName, String ref, String reason) {
        em.persist(new no.vis.registers.SkippedRecord(jobExecutionId, jobName, ref, reason));
    }

    private Fodselsnummer number(String value) {
        try {
            return Fodselsnummer.parse(value, settings.allowSyntheticFodselsnummer());
        } catch (InvalidFodselsnummerException e) {
            return null;
        }
    }
}
