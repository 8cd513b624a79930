package no.vis.enrolment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.people.Fodselsnummer;
import no.vis.people.NewPupil;
import no.vis.people.Pupil;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.school.School;
import no.vis.school.SchoolClass;

/**
 * What the jobs write about enrolment, in the caller's (the chunk's) transaction: the programme
 * areas a school offers; demo-county's pupils with their enrolment and class placement; and
 * enrolment-import's admitted pupils — first screened against what VIS has (school, programme
 * area offered, class, the pupil already enrolled), then, with Folkeregisteret's facts, enrolled.
 * For jobs only.
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class EnrolmentRecords {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    AccessLog accessLog;

    /** What VIS makes of an admitted pupil before asking Folkeregisteret. */
    public enum Outcome {
        /** Not in VIS: enrol (after the register lookup). */
        NEW,
        /** In VIS but left earlier: enrol again. */
        RETURNING,
        /** Already enrolled at this school: nothing to do (a second run of the same file). */
        ALREADY_ENROLLED,
        /** Not usable: the reason says why. */
        REFUSED
    }

    /** The verdict on one line: the outcome, and the reason when refused (never personal data). */
    public record Verdict(Outcome outcome, String reason) implements Serializable {

        static Verdict of(Outcome outcome) {
            return new Verdict(outcome, null);
        }

        static Verdict refused(String reason) {
            return new Verdict(Outcome.REFUSED, reason);
        }
    }

    /** Offers these programme areas at the school, those not yet offered; returns how many were added. */
    public int offer(long schoolId, Collection<String> programmeAreas) {
        School school = em.find(School.class, schoolId);
        Set<String> offered = new HashSet<>(em.createQuery("SELECT o.programmeArea FROM OfferedProgrammeArea o"
                + " WHERE o.school.id = :school", String.class).setParameter("school", schoolId).getResultList());
        int added = 0;
        for (String code : programmeAreas) {
            String normal = ProgrammeAreaCode.normalise(code).orElseThrow(() -> new IllegalArgumentException("not a programme area code"));
            if (offered.add(normal)) {
                em.persist(new OfferedProgrammeArea(school, normal));
                added++;
            }
        }
        return added;
    }

    /**
     * Adds the pupils that are not in VIS yet (by fødselsnummer), each with an enrolment and — when
     * the pupil has a class — a class placement from the same day; the others are left as they are,
     * so the same input twice adds nothing. One query finds the existing ones; rows are written in
     * JDBC batches (persistence.xml).
     *
     * @return how many were added
     */
    public int enrolIfAbsent(List<NewEnrolment> enrolments, String jobName) {
        if (enrolments.isEmpty()) {
            return 0;
        }
        no.vis.platform.QueryPlans.withTheValues(em); // the table fills as the job runs
        Set<Fodselsnummer> existing = new HashSet<>(em.createQuery(
                        "SELECT s.fodselsnummer FROM Pupil s WHERE s.fodselsnummer IN :fnrs", Fodselsnummer.class)
                .setParameter("fnrs", enrolments.stream().map(e -> e.pupil().fodselsnummer()).toList())
                .getResultList());
        String by = "job:" + jobName;
        int added = 0;
        for (NewEnrolment e : enrolments) {
            NewPupil n = e.pupil();
            if (existing.add(n.fodselsnummer())) {
                School school = em.find(School.class, n.schoolId());
                SchoolClass schoolClass = n.classId() == null ? null : em.find(SchoolClass.class, n.classId());
                Pupil pupil = new Pupil(n.fodselsnummer(), n.name(), n.birthDate(), n.address(), school, schoolClass);
                em.persist(pupil);
                em.persist(new Enrolment(pupil, school, e.programmeArea(), e.level(), e.from(), e.from(), by));
                if (schoolClass != null) {
                    em.persist(new ClassPlacement(pupil, schoolClass, e.from(), by));
                }
                added++;
            }
        }
        return added;
    }

    /**
     * A pupil leaves the county's schools on the day for a leaving reason, as the office registers it
     * (the enrolment and class placement end, the leaving day is set), for a job: the demo county's
     * dropout. A pupil who has left already is left as is.
     *
     * @return whether the pupil left now
     */
    public boolean leave(long pupilId, java.time.LocalDate on, EnrolmentEnd reason, String jobName) {
        if (!reason.leaving()) {
            throw new IllegalArgumentException("not a leaving reason: " + reason);
        }
        Pupil pupil = em.find(Pupil.class, pupilId);
        if (pupil == null || pupil.getLeftOn().isPresent()) {
            return false;
        }
        CurrentRecords.leave(pupil, CurrentRecords.enrolment(em, pupilId), CurrentRecords.placement(em, pupilId), on, reason);
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, "job:" + jobName);
        return true;
    }

    /**
     * Screens admitted pupils against what VIS has: the school (by organisation number), the
     * programme area offered there, the class (when given) of the school year of the admission day,
     * and whether the pupil is already enrolled. Three queries for the schools, offers and classes,
     * one for the pupils. Reads nothing that is personal beyond whether a number is enrolled.
     *
     * @return the verdict per line
     */
    public Map<Integer, Verdict> screen(List<Admission> admissions) {
        Map<Integer, Verdict> verdicts = new LinkedHashMap<>();
        if (admissions.isEmpty()) {
            return verdicts;
        }
        Map<String, Long> schools = schoolsByNumber(admissions);
        Set<String> offers = new HashSet<>();
        Map<String, Long> classes = new HashMap<>();
        if (!schools.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT o.school.id, o.programmeArea FROM OfferedProgrammeArea o"
                    + " WHERE o.school.id IN :schools", Object[].class).setParameter("schools", List.copyOf(schools.values()))
                    .getResultList()) {
                offers.add(r[0] + "/" + r[1]);
            }
            if (admissions.stream().anyMatch(a -> a.classCode() != null)) {
                for (Object[] r : em.createQuery("SELECT c.school.id, c.schoolYear, c.code, c.id FROM SchoolClass c"
                        + " WHERE c.school.id IN :schools", Object[].class).setParameter("schools", List.copyOf(schools.values()))
                        .getResultList()) {
                    classes.put(r[0] + "/" + r[1] + "/" + r[2], (Long) r[3]);
                }
            }
        }
        Map<Fodselsnummer, Object[]> pupils = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT s.fodselsnummer, s.school.id, s.leftOn FROM Pupil s WHERE s.fodselsnummer IN :fnrs",
                Object[].class).setParameter("fnrs", admissions.stream().map(Admission::fodselsnummer).toList()).getResultList()) {
            pupils.put((Fodselsnummer) r[0], r);
        }
        for (Admission a : admissions) {
            Long school = schools.get(a.schoolNumber());
            Object[] pupil = pupils.get(a.fodselsnummer());
            if (school == null) {
                verdicts.put(a.line(), Verdict.refused("unknown school: no school of the county has this organisation number"));
            } else if (!offers.contains(school + "/" + a.programmeArea())) {
                verdicts.put(a.line(), Verdict.refused("programme area not offered by the school"));
            } else if (a.classCode() != null && !classes.containsKey(school + "/" + SchoolYears.of(a.admittedOn()) + "/" + a.classCode())) {
                verdicts.put(a.line(), Verdict.refused("unknown class at the school for the school year of the admission date"));
            } else if (pupil == null) {
                verdicts.put(a.line(), Verdict.of(Outcome.NEW));
            } else if (pupil[2] != null) {
                verdicts.put(a.line(), Verdict.of(Outcome.RETURNING));
            } else if (school.equals(pupil[1])) {
                verdicts.put(a.line(), Verdict.of(Outcome.ALREADY_ENROLLED));
            } else {
                verdicts.put(a.line(), Verdict.refused("pupil already enrolled at another school: the office moves the pupil"));
            }
        }
        return verdicts;
    }

    /**
     * Enrols admitted pupils that {@link #screen} let through, with Folkeregisteret's facts about
     * them: a new pupil is created, a returning one enrolled again; each gets an enrolment from the
     * admission day and, when the line names a class, a placement. Logged as changes by the job.
     *
     * @param facts Folkeregisteret's facts per line
     * @return the pupil's id per line
     */
    public Map<Integer, Long> admit(List<Admission> admissions, Map<Integer, PersonFacts> facts, String jobName) {
        Map<Integer, Long> admitted = new LinkedHashMap<>();
        if (admissions.isEmpty()) {
            return admitted;
        }
        String by = "job:" + jobName;
        Map<String, Long> schoolIds = schoolsByNumber(admissions);
        Map<Fodselsnummer, Pupil> returning = new HashMap<>();
        em.createQuery("SELECT s FROM Pupil s WHERE s.fodselsnummer IN :fnrs", Pupil.class)
                .setParameter("fnrs", admissions.stream().map(Admission::fodselsnummer).toList()).getResultList()
                .forEach(p -> returning.put(p.getFodselsnummer(), p));
        List<Pupil> written = new ArrayList<>();
        Map<String, SchoolClass> classes = new HashMap<>(); // the chunk's classes, one query each
        for (Admission a : admissions) {
            School school = em.find(School.class, schoolIds.get(a.schoolNumber()));
            SchoolClass schoolClass = a.classCode() == null ? null : classes.computeIfAbsent(
                    school.getId() + "/" + SchoolYears.of(a.admittedOn()) + "/" + a.classCode(),
                    key -> em.createQuery("SELECT c FROM SchoolClass c"
                                    + " WHERE c.school = :school AND c.schoolYear = :year AND c.code = :code", SchoolClass.class)
                            .setParameter("school", school).setParameter("year", SchoolYears.of(a.admittedOn()))
                            .setParameter("code", a.classCode()).getSingleResult());
            PersonFacts f = facts.get(a.line());
            Pupil pupil = returning.get(a.fodselsnummer());
            if (pupil == null) {
                pupil = new Pupil(a.fodselsnummer(), f.name(), f.birthDate(), f.address(), school, schoolClass);
                em.persist(pupil);
            } else {
                pupil.returnTo(school);
                pupil.placeInClass(schoolClass);
                pupil.rename(f.name());
                pupil.moveTo(f.address());
            }
            em.persist(new Enrolment(pupil, school, a.programmeArea(), a.level(), a.admittedOn(), a.admittedOn(), by));
            if (schoolClass != null) {
                em.persist(new ClassPlacement(pupil, schoolClass, a.admittedOn(), by));
            }
            written.add(pupil);
        }
        em.flush(); // the ids, for the register's guardians and the access log
        for (int i = 0; i < admissions.size(); i++) {
            admitted.put(admissions.get(i).line(), written.get(i).getId());
        }
        accessLog.changedAll(SubjectKind.PUPIL, admitted.values(), DataCategory.PERSONALIA, by);
        accessLog.changedAll(SubjectKind.PUPIL, admitted.values(), DataCategory.CLASSES_AND_GROUPS, by);
        return admitted;
    }

    private Map<String, Long> schoolsByNumber(List<Admission> admissions) {
        Map<String, Long> schools = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT s.orgNumber, s.id FROM School s WHERE s.orgNumber IN :numbers", Object[].class)
                .setParameter("numbers", admissions.stream().map(Admission::schoolNumber).distinct().toList()).getResultList()) {
            schools.put((String) r[0], (Long) r[1]);
        }
        return schools;
    }
}
