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
import no.vis.people.Student;
import no.vis.platform.VisSettings;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.GuardianAccessPolicy;
import no.vis.privacy.SubjectKind;

/**
 * Applies what Folkeregisteret says about a chunk of pupils, in the caller's transaction (all or
 * nothing): guardians from current {@code foreldreansvar} only — created from their own person
 * documents, or their name and address brought up to date (never their contact details); new
 * responsibilities start today, register guardianships no longer in the register end today
 * (manual ones are the office's and stay; pupils of 18 or more are left to guardian-age-removal,
 * the register having no responsibility for them); pupils and guardians re-keyed when their number
 * changed; pupils who died or emigrated flagged for the office. Whatever cannot be used is listed
 * as a skipped record with the reason. For jobs only.
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
    public record PupilRef(long studentId, String fodselsnummer) implements Serializable {

        @Override
        public String toString() {
            return "PupilRef[" + studentId + "]";
        }
    }

    /** What one chunk changed. */
    public record Changes(int guardiansCreated, int guardiansUpdated, int guardianshipsStarted, int guardianshipsEnded,
                          int rekeyed, int flagged, int skipped) implements Serializable {
    }

    /** Enrolled pupils with ids after {@code afterId} up to {@code lastId}, by id. */
    public List<PupilRef> enrolledPupils(long afterId, long lastId, int max) {
        return em.createQuery("SELECT s.id, s.fodselsnummer FROM Student s WHERE s.id > :after AND s.id <= :last"
                        + " AND s.leftOn IS NULL ORDER BY s.id", Object[].class)
                .setParameter("after", afterId).setParameter("last", lastId).setMaxResults(max).getResultList().stream()
                .map(r -> new PupilRef((Long) r[0], ((Fodselsnummer) r[1]).value())).toList();
    }

    /** The lowest and highest pupil id (0, 0 when there are none): for splitting a job into partitions. */
    public long[] pupilIdRange() {
        Object[] r = em.createQuery("SELECT MIN(s.id), MAX(s.id) FROM Student s", Object[].class).getSingleResult();
        return r[0] == null ? new long[] {0, 0} : new long[] {(Long) r[0], (Long) r[1]};
    }

    /**
     * @param pupils       the chunk's pupils
     * @param pupilLookups the register's answer per pupil (by the number asked)
     * @param adults       the register's answer for responsible adults (new guardians and those to update)
     */
    public Changes apply(List<PupilRef> pupils, Map<String, FregClient.Lookup> pupilLookups,
                         Map<String, FregClient.Lookup> adults, LocalDate today, long jobExecutionId, String jobName) {
        String purpose = "job:" + jobName;
        int created = 0, updated = 0, started = 0, ended = 0, rekeyed = 0, flagged = 0, skipped = 0;
        Map<Long, Student> students = new HashMap<>();
        for (Student s : em.createQuery("SELECT s FROM Student s WHERE s.id IN :ids", Student.class)
                .setParameter("ids", pupils.stream().map(PupilRef::studentId).toList()).getResultList()) {
            students.put(s.getId(), s);
        }
        if (students.isEmpty()) {
            return new Changes(0, 0, 0, 0, 0, 0, 0); // gone meanwhile
        }
        Map<Long, List<Guardianship>> current = new HashMap<>();
        for (Guardianship gs : em.createQuery("SELECT gs FROM Guardianship gs JOIN FETCH gs.guardian WHERE gs.student.id IN :ids"
                        + " AND (gs.activeTo IS NULL OR gs.activeTo > :today)", Guardianship.class)
                .setParameter("ids", List.copyOf(students.keySet())).setParameter("today", today).getResultList()) {
            current.computeIfAbsent(gs.getStudent().getId(), k -> new ArrayList<>()).add(gs);
        }
        List<Long> personaliaChanged = new ArrayList<>();
        List<Long> guardiansChanged = new ArrayList<>();
        List<Long> guardianshipsChanged = new ArrayList<>();
        Map<String, Guardian> guardians = guardiansOf(adults, guardiansChanged, purpose);
        rekeyed += guardiansChanged.size();
        Set<String> flags = new HashSet<>();
        for (Object[] f : em.createQuery("SELECT f.studentId, f.kind FROM RegisterFlag f WHERE f.studentId IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(students.keySet())).getResultList()) {
            flags.add(f[0] + "/" + f[1]);
        }
        Set<Long> updatedGuardians = new HashSet<>();

        for (PupilRef ref : pupils) {
            Student student = students.get(ref.studentId());
            FregClient.Lookup lookup = pupilLookups.get(ref.fodselsnummer());
            if (student == null) {
                continue; // gone meanwhile
            }
            if (lookup == null || lookup.person() == null) {
                skip(jobExecutionId, jobName, "student:" + ref.studentId(), lookup == null ? "no answer" : lookup.problem());
                skipped++;
                continue;
            }
            FregPerson person = lookup.person();
            for (String note : person.notes()) {
                skip(jobExecutionId, jobName, "student:" + ref.studentId(), "note: " + note);
            }
            if (!person.identity().equals(student.getFodselsnummer().value())) {
                Fodselsnummer now = number(person.identity());
                if (now == null) {
                    skip(jobExecutionId, jobName, "student:" + ref.studentId(), "the register's identity number is not valid");
                    skipped++;
                    continue;
                }
                student.rekey(now);
                personaliaChanged.add(student.getId());
                rekeyed++;
            }
            if (person.isDead() && flag(student, "DEAD", today, flags)) {
                flagged++;
            }
            if (person.hasEmigrated() && flag(student, "EMIGRATED", today, flags)) {
                flagged++;
            }
            if (GuardianAccessPolicy.isOfAge(student.getBirthDate(), today)) {
                continue; // the register has no responsibility after 18: guardian-age-removal and consents decide
            }
            List<Guardianship> active = current.getOrDefault(student.getId(), List.of());
            Set<String> inRegister = new HashSet<>();
            boolean changed = false;
            for (FregPerson.Responsibility r : person.responsibilities()) {
                if (r.responsible() == null) {
                    skip(jobExecutionId, jobName, "student:" + ref.studentId(),
                            "a responsible adult without identity number: the office registers them by hand");
                    continue;
                }
                if (r.responsibility() == null) {
                    skip(jobExecutionId, jobName, "student:" + ref.studentId(), "unknown ansvar value: responsibility not read");
                    skipped++;
                    inRegister.add(r.responsible()); // not understood: do not end what VIS has either
                    continue;
                }
                inRegister.add(r.responsible());
                Guardian guardian = guardians.get(r.responsible());
                FregClient.Lookup adult = adults.get(r.responsible());
                if (guardian == null) {
                    if (adult == null || adult.person() == null) {
                        skip(jobExecutionId, jobName, "student:" + ref.studentId(),
                                "responsible adult: " + (adult == null ? "no answer" : adult.problem()));
                        skipped++;
                        continue;
                    }
                    Fodselsnummer fnr = number(adult.person().identity());
                    if (fnr == null) {
                        skip(jobExecutionId, jobName, "student:" + ref.studentId(), "responsible adult's number is not valid");
                        skipped++;
                        continue;
                    }
                    guardian = new Guardian(fnr, false, adult.person().name(), adult.person().address());
                    em.persist(guardian);
                    guardians.put(r.responsible(), guardian);
                    guardiansChanged.add(guardian.getId());
                    created++;
                } else if (adult != null && adult.person() != null && updatedGuardians.add(guardian.getId())) {
                    if (!guardian.getName().equals(adult.person().name()) || !guardian.getAddress().equals(adult.person().address())) {
                        guardian.rename(adult.person().name());
                        guardian.moveTo(adult.person().address());
                        guardiansChanged.add(guardian.getId());
                        updated++;
                    }
                }
                Guardian g = guardian;
                Guardianship existing = active.stream().filter(gs -> gs.getGuardian().getId().equals(g.getId())).findFirst().orElse(null);
                if (existing == null) {
                    em.persist(Guardianship.fromRegister(guardian, student, today, r.responsibility(), purpose));
                    started++;
                    changed = true;
                } else if (existing.getBasis() == GuardianshipBasis.FOLKEREGISTERET
                        && existing.getResponsibility().orElse(null) != r.responsibility()) {
                    existing.changeResponsibility(r.responsibility());
                    changed = true;
                }
            }
            for (Guardianship gs : active) {
                if (gs.getBasis() == GuardianshipBasis.FOLKEREGISTERET
                        && !inRegister.contains(gs.getGuardian().getFodselsnummer().map(Fodselsnummer::value).orElse(""))) {
                    gs.endByRule(today, GuardianshipEnd.NO_LONGER_IN_REGISTER, purpose);
                    ended++;
                    changed = true;
                }
            }
            if (changed) {
                guardianshipsChanged.add(student.getId());
            }
        }
        accessLog.changedAll(SubjectKind.PUPIL, personaliaChanged, DataCategory.PERSONALIA, purpose);
        accessLog.changedAll(SubjectKind.PUPIL, guardianshipsChanged, DataCategory.GUARDIANS, purpose);
        accessLog.changedAll(SubjectKind.GUARDIAN, guardiansChanged, DataCategory.PERSONALIA, purpose);
        return new Changes(created, updated, started, ended, rekeyed, flagged, skipped);
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
    private boolean flag(Student student, String kind, LocalDate today, Set<String> flags) {
        if (!flags.add(student.getId() + "/" + kind)) {
            return false;
        }
        em.persist(new no.vis.registers.RegisterFlag(student.getId(), kind, today));
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
