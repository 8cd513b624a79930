package no.vis.enrolment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.SchoolScope;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Texts;
import no.vis.common.Today;
import no.vis.people.Fodselsnummer;
import no.vis.people.InvalidFodselsnummerException;
import no.vis.people.Pupil;
import no.vis.platform.VisSettings;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.school.School;
import no.vis.school.SchoolClass;
import no.vis.school.SchoolClass.Level;
import no.vis.school.SchoolOption;

/**
 * What the school office does with enrolment: enrol a pupil by hand (with Folkeregisteret's facts,
 * which {@code no.vis.registers.freg.ManualEnrolment} fetches), place in a class or change class,
 * change programme area or level, register leaving with the reason, and move the pupil to another
 * school of the county. Only for the office of the pupil's own school (the county administrator:
 * any); a pupil outside the caller's schools is the same "unknown pupil" as one that does not exist,
 * and the attempt is logged. Every change is dated, keeps the history, keeps the pupil's current
 * school, class and leaving day in step, and is logged; every read is logged.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class EnrolmentService {

    static final String PURPOSE = "enrolment";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffDirectory staff;

    @Inject
    VisSettings settings;

    @Inject
    AccessLog accessLog;

    /** The pupil's enrolment and class history; empty — and the attempt logged — outside the caller's schools. */
    public Optional<EnrolmentHistory> history(long pupilId) {
        Pupil pupil = em.find(Pupil.class, pupilId);
        if (pupil == null || !mayManage(pupil.getSchool().getId())) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
            return Optional.empty();
        }
        List<EnrolmentHistory.EnrolmentLine> enrolments = em.createQuery("SELECT NEW no.vis.enrolment.EnrolmentHistory.EnrolmentLine("
                        + "e.id, sc.name, e.programmeArea, e.level, e.admittedOn, e.activeFrom, e.activeTo, e.endReason)"
                        + " FROM Enrolment e JOIN e.school sc WHERE e.pupil.id = :id ORDER BY e.activeFrom DESC, e.id DESC",
                EnrolmentHistory.EnrolmentLine.class).setParameter("id", pupilId).getResultList();
        List<EnrolmentHistory.PlacementLine> placements = em.createQuery("SELECT NEW no.vis.enrolment.EnrolmentHistory.PlacementLine("
                        + "p.id, c.code, c.schoolYear, sc.name, p.activeFrom, p.activeTo)"
                        + " FROM ClassPlacement p JOIN p.schoolClass c JOIN c.school sc WHERE p.pupil.id = :id"
                        + " ORDER BY p.activeFrom DESC, p.id DESC",
                EnrolmentHistory.PlacementLine.class).setParameter("id", pupilId).getResultList();
        School school = pupil.getSchool();
        List<SchoolOption> others = em.createQuery("SELECT NEW no.vis.school.SchoolOption(s.id, s.name) FROM School s"
                        + " WHERE s.county = :county AND s.id <> :school ORDER BY s.name, s.id", SchoolOption.class)
                .setParameter("county", school.getCounty()).setParameter("school", school.getId()).getResultList();
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
        return Optional.of(new EnrolmentHistory(pupilId, school.getId(), school.getName(), pupil.getLeftOn().orElse(null),
                enrolments, placements, classesOf(school.getId(), SchoolYears.of(Today.inNorway())),
                programmeAreasOf(school.getId()), others));
    }

    /** The schools where the caller may enrol pupils (the office's own; every school for the county administrator). */
    public List<SchoolOption> schoolsToEnrolAt() {
        SchoolScope scope = staff.callerScope(Role.OFFICE);
        if (scope.all()) {
            return em.createQuery("SELECT NEW no.vis.school.SchoolOption(s.id, s.name) FROM School s ORDER BY s.name, s.id",
                    SchoolOption.class).getResultList();
        }
        if (scope.schoolIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW no.vis.school.SchoolOption(s.id, s.name) FROM School s WHERE s.id IN :ids"
                + " ORDER BY s.name, s.id", SchoolOption.class).setParameter("ids", List.copyOf(scope.schoolIds())).getResultList();
    }

    /** The programme areas a school offers, for a school the caller may enrol at (else none). */
    public List<String> programmeAreasAt(long schoolId) {
        return mayManage(schoolId) ? programmeAreasOf(schoolId) : List.of();
    }

    /** The classes of a school in the school year of the day, for a school the caller may enrol at (else none). */
    public List<EnrolmentHistory.ClassOption> classesAt(long schoolId, LocalDate day) {
        return mayManage(schoolId) ? classesOf(schoolId, SchoolYears.of(day == null ? Today.inNorway() : day)) : List.of();
    }

    /**
     * Checks an enrolment by hand before Folkeregisteret is asked: the number (valid, not a pupil
     * VIS has enrolled), the school (the caller's), the programme area (offered there, on the
     * level), the day and the class (of the school, in that school year).
     *
     * @return the fødselsnummer
     * @throws InvalidInputException field by field ({@code fodselsnummer}, {@code schoolId},
     *         {@code programmeArea}, {@code level}, {@code from}, {@code classId})
     */
    public Fodselsnummer checkNew(NewEnrolmentForm form) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Fodselsnummer fnr = null;
        String number = Texts.blankToNull(form.fodselsnummer());
        if (number == null) {
            errors.add("fodselsnummer", "enrolment.fnr.required");
        } else {
            try {
                fnr = Fodselsnummer.parse(number, settings.allowSyntheticFodselsnummer());
                List<java.time.LocalDate> left = em.createQuery("SELECT s.leftOn FROM Pupil s WHERE s.fodselsnummer = :fnr",
                        LocalDate.class).setParameter("fnr", fnr).getResultList();
                if (!left.isEmpty() && left.get(0) == null) {
                    errors.add("fodselsnummer", "enrolment.fnr.alreadyEnrolled");
                }
            } catch (InvalidFodselsnummerException e) {
                errors.add("fodselsnummer", e.messageKey());
            }
        }
        if (form.schoolId() == null || !mayManage(form.schoolId())) {
            errors.add("schoolId", "enrolment.school.required");
        }
        checkProgramme(form.schoolId(), form.programmeArea(), form.level(), errors);
        if (form.from() == null) {
            errors.add("from", "enrolment.from.required");
        }
        if (form.classId() != null && !errors.has("schoolId") && !errors.has("from")) {
            SchoolClass c = em.find(SchoolClass.class, form.classId());
            if (c == null || !c.getSchool().getId().equals(form.schoolId()) || c.getSchoolYear() != SchoolYears.of(form.from())) {
                errors.add("classId", "enrolment.class.invalid");
            }
        }
        errors.throwIfAny();
        return fnr;
    }

    /**
     * Enrols a pupil by hand with Folkeregisteret's facts: a new pupil, or one who had left enrolled
     * again; the enrolment from the day and, when a class is chosen, the placement. Checked again
     * here (the page may be old).
     *
     * @return the pupil's id
     */
    public long enrol(NewEnrolmentForm form, PersonFacts facts) {
        Fodselsnummer fnr = checkNew(form);
        School school = em.find(School.class, form.schoolId());
        SchoolClass schoolClass = form.classId() == null ? null : em.find(SchoolClass.class, form.classId());
        Pupil pupil = em.createQuery("SELECT s FROM Pupil s WHERE s.fodselsnummer = :fnr", Pupil.class)
                .setParameter("fnr", fnr).getResultStream().findFirst().orElse(null);
        if (pupil == null) {
            pupil = new Pupil(fnr, facts.name(), facts.birthDate(), facts.address(), school, schoolClass);
            em.persist(pupil);
        } else {
            pupil.returnTo(school);
            pupil.placeInClass(schoolClass);
            pupil.rename(facts.name());
            pupil.moveTo(facts.address());
        }
        em.persist(new Enrolment(pupil, school, form.programmeArea(), form.level(), form.from(), form.from(), caller()));
        if (schoolClass != null) {
            em.persist(new ClassPlacement(pupil, schoolClass, form.from(), caller()));
        }
        em.flush();
        accessLog.changed(SubjectKind.PUPIL, pupil.getId(), DataCategory.PERSONALIA, PURPOSE);
        accessLog.changed(SubjectKind.PUPIL, pupil.getId(), DataCategory.CLASSES_AND_GROUPS, PURPOSE);
        return pupil.getId();
    }

    /**
     * Places the pupil in a class of the pupil's school from the day (or moves the pupil there from
     * the current class, which ends that day); the history is kept.
     *
     * @throws InvalidInputException ({@code classId}, {@code from})
     */
    public void placeInClass(long pupilId, Long classId, LocalDate from) {
        Pupil pupil = pupilInScope(pupilId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        SchoolClass c = classId == null ? null : em.find(SchoolClass.class, classId);
        if (c == null || !c.getSchool().equals(pupil.getSchool())) {
            errors.add("classId", "enrolment.class.invalid");
        } else if (c.equals(pupil.getSchoolClass())) {
            errors.add("classId", "enrolment.class.same");
        }
        ClassPlacement current = currentPlacement(pupilId);
        checkDay(from, current == null ? null : current.getActiveFrom(), pupil, "from", errors);
        errors.throwIfAny();
        if (current != null) {
            current.end(from);
        }
        em.persist(new ClassPlacement(pupil, c, from, caller()));
        pupil.placeInClass(c);
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
    }

    /**
     * Another programme area or level from the day: the current enrolment ends that day
     * ({@link EnrolmentEnd#PROGRAMME_CHANGED}) and the new one begins; the history is kept.
     *
     * @throws InvalidInputException ({@code programmeArea}, {@code level}, {@code from})
     */
    public void changeProgrammeArea(long pupilId, String programmeArea, Level level, LocalDate from) {
        Pupil pupil = pupilInScope(pupilId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        checkProgramme(pupil.getSchool().getId(), programmeArea, level, errors);
        Enrolment current = currentEnrolment(pupilId);
        if (!errors.has("programmeArea") && !errors.has("level") && current != null
                && current.getProgrammeArea().equals(ProgrammeAreaCode.normalise(programmeArea).orElse(""))
                && current.getLevel() == level) {
            errors.add("programmeArea", "enrolment.programmeArea.same");
        }
        checkDay(from, current == null ? null : current.getActiveFrom(), pupil, "from", errors);
        errors.throwIfAny();
        if (current != null) {
            current.end(from, EnrolmentEnd.PROGRAMME_CHANGED);
        }
        em.persist(new Enrolment(pupil, pupil.getSchool(), programmeArea, level,
                current == null ? from : current.getAdmittedOn(), from, caller()));
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
    }

    /**
     * The pupil leaves on the day, for the reason: the enrolment and the class placement end that
     * day, and the pupil's leaving day is set — which {@code retention-cleanup} reads.
     *
     * @throws InvalidInputException ({@code on}, {@code reason})
     */
    public void leave(long pupilId, LocalDate on, EnrolmentEnd reason) {
        Pupil pupil = pupilInScope(pupilId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (reason == null || !reason.leaving()) {
            errors.add("reason", "enrolment.leave.reason.required");
        }
        Enrolment current = currentEnrolment(pupilId);
        ClassPlacement placement = currentPlacement(pupilId);
        LocalDate latestStart = current == null ? null : current.getActiveFrom();
        if (placement != null && (latestStart == null || placement.getActiveFrom().isAfter(latestStart))) {
            latestStart = placement.getActiveFrom();
        }
        checkDay(on, latestStart, pupil, "on", errors);
        errors.throwIfAny();
        CurrentRecords.leave(pupil, current, placement, on, reason);
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
    }

    /**
     * The pupil moves to another school of the county from the day: the enrolment here ends
     * ({@link EnrolmentEnd#TRANSFERRED}) with the class placement, and the receiving school's
     * enrolment (programme area offered there) and, when chosen, its class placement begin. The
     * history is kept; the pupil then belongs to the receiving school's office.
     *
     * @throws InvalidInputException ({@code toSchoolId}, {@code programmeArea}, {@code level}, {@code on}, {@code classId})
     */
    public void transfer(long pupilId, Long toSchoolId, String programmeArea, Level level, LocalDate on, Long classId) {
        Pupil pupil = pupilInScope(pupilId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        School to = toSchoolId == null ? null : em.find(School.class, toSchoolId);
        if (to == null || to.equals(pupil.getSchool()) || !to.getCounty().equals(pupil.getSchool().getCounty())) {
            errors.add("toSchoolId", "enrolment.transfer.school.invalid");
        } else {
            checkProgramme(to.getId(), programmeArea, level, errors);
        }
        Enrolment current = currentEnrolment(pupilId);
        ClassPlacement placement = currentPlacement(pupilId);
        LocalDate latestStart = current == null ? null : current.getActiveFrom();
        if (placement != null && (latestStart == null || placement.getActiveFrom().isAfter(latestStart))) {
            latestStart = placement.getActiveFrom();
        }
        checkDay(on, latestStart, pupil, "on", errors);
        SchoolClass c = classId == null ? null : em.find(SchoolClass.class, classId);
        if (classId != null && (c == null || to == null || !c.getSchool().equals(to)
                || (on != null && c.getSchoolYear() != SchoolYears.of(on)))) {
            errors.add("classId", "enrolment.class.invalid");
        }
        errors.throwIfAny();
        if (current != null) {
            current.end(on, EnrolmentEnd.TRANSFERRED);
        }
        if (placement != null) {
            placement.end(on);
        }
        pupil.moveToSchool(to, c);
        em.persist(new Enrolment(pupil, to, programmeArea, level, on, on, caller()));
        if (c != null) {
            em.persist(new ClassPlacement(pupil, c, on, caller()));
        }
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
    }

    /** What the receiving school offers for a move: its programme areas and its classes in the school year of the day. */
    public record TransferOptions(List<String> programmeAreas, List<EnrolmentHistory.ClassOption> classes)
            implements java.io.Serializable {
    }

    /**
     * The programme areas and classes of another school of the county, for moving one of the
     * caller's pupils there (nothing for a school of another county).
     */
    public TransferOptions transferOptions(long pupilId, long toSchoolId, LocalDate on) {
        Pupil pupil = pupilInScope(pupilId);
        School to = em.find(School.class, toSchoolId);
        if (to == null || !to.getCounty().equals(pupil.getSchool().getCounty())) {
            return new TransferOptions(List.of(), List.of());
        }
        return new TransferOptions(programmeAreasOf(toSchoolId), classesOf(toSchoolId, SchoolYears.of(on == null ? Today.inNorway() : on)));
    }

    private void checkProgramme(Long schoolId, String programmeArea, Level level, InvalidInputException.Collector errors) {
        if (level == null) {
            errors.add("level", "enrolment.level.required");
        }
        Optional<String> problem = ProgrammeAreaCode.problemWith(programmeArea, level);
        if (problem.isPresent()) {
            errors.add("programmeArea", problem.get());
        } else if (schoolId != null && !programmeAreasOf(schoolId).contains(ProgrammeAreaCode.normalise(programmeArea).orElseThrow())) {
            errors.add("programmeArea", "enrolment.programmeArea.notOffered");
        }
    }

    /** A change's day: given, not before what it ends began, and for a pupil still enrolled. */
    private static void checkDay(LocalDate day, LocalDate notBefore, Pupil pupil, String field, InvalidInputException.Collector errors) {
        if (pupil.getLeftOn().isPresent()) {
            errors.add(field, "enrolment.pupil.hasLeft");
        } else if (day == null) {
            errors.add(field, "enrolment.from.required");
        } else if (notBefore != null && day.isBefore(notBefore)) {
            errors.add(field, "enrolment.from.beforeCurrent");
        }
    }

    private Enrolment currentEnrolment(long pupilId) {
        return CurrentRecords.enrolment(em, pupilId);
    }

    private ClassPlacement currentPlacement(long pupilId) {
        return CurrentRecords.placement(em, pupilId);
    }

    private List<String> programmeAreasOf(long schoolId) {
        return em.createQuery("SELECT o.programmeArea FROM OfferedProgrammeArea o WHERE o.school.id = :school"
                + " ORDER BY o.programmeArea", String.class).setParameter("school", schoolId).getResultList();
    }

    private List<EnrolmentHistory.ClassOption> classesOf(long schoolId, int schoolYear) {
        return em.createQuery("SELECT NEW no.vis.enrolment.EnrolmentHistory.ClassOption(c.id, c.code) FROM SchoolClass c"
                        + " WHERE c.school.id = :school AND c.schoolYear = :year ORDER BY c.code", EnrolmentHistory.ClassOption.class)
                .setParameter("school", schoolId).setParameter("year", schoolYear).getResultList();
    }

    /** Whether the caller is office staff at the school (or the county administrator). */
    private boolean mayManage(long schoolId) {
        Set<Role> roles = staff.callerRolesAt(schoolId);
        return roles.contains(Role.OFFICE) || roles.contains(Role.COUNTY_ADMIN);
    }

    /** The pupil, when the caller is the office of the pupil's school; else "unknown pupil", logged. */
    private Pupil pupilInScope(long pupilId) {
        Pupil pupil = em.find(Pupil.class, pupilId);
        if (pupil == null || !mayManage(pupil.getSchool().getId())) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
            throw new BusinessException("pupil.unknown");
        }
        return pupil;
    }

    private String caller() {
        return VisUserId.nameOf(session.getCallerPrincipal());
    }
}
