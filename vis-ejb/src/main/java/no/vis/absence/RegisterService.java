package no.vis.absence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.timetable.GroupMember;
import no.vis.timetable.HeldLesson;
import no.vis.timetable.LessonLookup;
import no.vis.timetable.Occurrence;

/**
 * The teacher's register (DOMAIN-SCHOOL.md §2): the lessons of their day with whether each register
 * is taken, and one lesson's register — the group's pupils on the day, present until marked absent,
 * late or left early — saved at once. Only a teacher of the lesson as it is held (a substitute too)
 * may open or save it; anyone else is refused and the attempt logged. A register opens at the
 * lesson's start; after the county's deadline a change needs a reason. Every change to what was
 * registered before is kept ({@link AbsenceChange}: who, when, what, why), every read and change of a
 * pupil's absence is an access-log line, and two teachers saving the same register at once lose
 * nothing: the second is told the register changed meanwhile.
 */
@Stateless
@RolesAllowed({Names.TEACHER, Names.CONTACT_TEACHER})
public class RegisterService {

    static final String REGISTER = "register";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    LessonLookup lessons;

    @Inject
    SubjectCatalogue subjects;

    @Inject
    AbsenceCodes codes;

    /** The caller's lessons on the day (cancelled ones too), each with its register's state. */
    public List<DayLesson> myDay(LocalDate day, Locale locale) {
        long me = me();
        List<HeldLesson> held = lessons.onDay(lessons.groupsOfTeacher(me, day), day).stream().filter(h -> h.taughtBy(me)).toList();
        Map<String, Object[]> registers = new HashMap<>();
        if (!held.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT r.occurrenceKey, r.takenAt, (SELECT COUNT(a) FROM LessonAbsence a"
                            + " WHERE a.registerId = r.id) FROM LessonRegister r WHERE r.occurrenceKey IN :keys", Object[].class)
                    .setParameter("keys", held.stream().map(HeldLesson::key).toList()).getResultList()) {
                registers.put((String) r[0], r);
            }
        }
        Set<String> codesOfSubjects = new HashSet<>();
        held.forEach(h -> codesOfSubjects.add(h.subjectCode()));
        Map<String, String> titles = subjects.titles(codesOfSubjects, locale);
        ZonedDateTime now = ZonedDateTime.now(Today.NORWAY);
        List<DayLesson> day1 = new ArrayList<>();
        for (HeldLesson h : held) {
            Occurrence o = h.occurrence();
            Object[] r = registers.get(h.key());
            OffsetDateTime takenAt = r == null ? null : (OffsetDateTime) r[1];
            RegisterState state = o.status() == Occurrence.Status.CANCELLED ? RegisterState.CANCELLED
                    : takenAt != null ? RegisterState.TAKEN
                    : now.isBefore(o.start()) ? RegisterState.NOT_STARTED : RegisterState.NOT_TAKEN;
            day1.add(new DayLesson(h.key(), o.starts(), o.ends(), h.subjectCode(), titles.getOrDefault(h.subjectCode(), h.subjectCode()),
                    h.groupCode(), h.roomCode(), state, r == null ? 0 : ((Number) r[2]).intValue(), takenAt));
        }
        return day1;
    }

    /**
     * The register of one of the caller's lessons.
     *
     * @throws BusinessException {@code register.notYours} for an occurrence that does not exist or is
     *         not the caller's (logged), {@code register.cancelled} for a cancelled one
     */
    public RegisterSheet open(String key, Locale locale) {
        HeldLesson h = mine(key);
        Occurrence o = h.occurrence();
        CountyRules county = countyRules(h.schoolId());
        List<AbsenceCode> valid = codes.lessonCodes(county.countyId(), o.day());
        LessonRegister register = register(key);
        Map<Long, LessonAbsence> absences = absencesOf(register);
        Map<Long, String[]> pupils = pupilsOf(h, absences.keySet());
        Map<Long, String> dayCodes = dayAbsenceCodes(pupils.keySet(), o.day());
        List<RegisterLine> lines = new ArrayList<>();
        pupils.forEach((pupilId, p) -> {
            LessonAbsence a = absences.get(pupilId);
            lines.add(new RegisterLine(pupilId, p[0], p[1], p[2], a == null ? null : a.getKind(), a == null ? null : a.getMinutes(),
                    a == null ? null : a.getCodeId(), a == null ? null : a.getDocumentation(), dayCodes.containsKey(pupilId),
                    dayCodes.get(pupilId)));
        });
        accessLog.readAll(SubjectKind.PUPIL, pupils.keySet(), DataCategory.ABSENCE_DETAIL, REGISTER);
        ZonedDateTime deadline = o.end().plusHours(county.deadlineHours());
        ZonedDateTime now = ZonedDateTime.now(Today.NORWAY);
        List<CodeOption> options = valid.stream().map(c -> new CodeOption(c.getId(), c.getCode(), c.name(locale), c.isPresence())).toList();
        return new RegisterSheet(key, o.day(), o.starts(), o.ends(), lessonMinutes(o), subjects.titles(Set.of(h.subjectCode()), locale)
                .getOrDefault(h.subjectCode(), h.subjectCode()), h.groupCode(), h.roomCode(), h.teacherNames(),
                register == null ? -1 : register.getVersion(), register == null ? null : register.getTakenAt(),
                register == null ? null : takerName(register.getTakenBy()), deadline, now.isAfter(deadline),
                !now.isBefore(o.start()), lines, options, defaultCode(valid));
    }

    /**
     * Saves the register: every pupil not in {@code entries} is present. {@code expectedVersion} is the
     * sheet's version; when the register changed since (another teacher saved it), nothing is saved.
     *
     * @return the register as saved: its new version, when and by whom
     * @throws InvalidInputException field by field: {@code minutes-<pupil>}, {@code code-<pupil>}, {@code reason}
     * @throws BusinessException {@code register.notYours}, {@code register.cancelled}, {@code register.notStarted},
     *         {@code register.changedMeanwhile}, {@code register.notInGroup}, {@code register.noCodes}
     */
    public SavedRegister save(String key, long expectedVersion, List<RegisterEntry> entries, String reason) {
        HeldLesson h = mine(key);
        Occurrence o = h.occurrence();
        ZonedDateTime now = ZonedDateTime.now(Today.NORWAY);
        if (now.isBefore(o.start())) {
            throw new BusinessException("register.notStarted");
        }
        CountyRules county = countyRules(h.schoolId());
        boolean afterDeadline = now.isAfter(o.end().plusHours(county.deadlineHours()));
        List<AbsenceCode> valid = codes.lessonCodes(county.countyId(), o.day());
        if (valid.isEmpty()) {
            throw new BusinessException("register.noCodes");
        }
        Map<Long, AbsenceCode> codeById = new HashMap<>();
        valid.forEach(c -> codeById.put(c.getId(), c));
        LessonRegister register = register(key);
        if (register == null ? expectedVersion != -1 : register.getVersion() != expectedVersion) {
            throw new BusinessException("register.changedMeanwhile");
        }
        Map<Long, LessonAbsence> absences = absencesOf(register);
        Map<Long, String> subjectOf = subjectCodes(h, o.day());
        // the contact teacher's day absence decides these pupils' lines, members of the group or not any more
        Set<Long> locked = new HashSet<>(dayAbsenceCodes(subjectOf.keySet(), o.day()).keySet());
        absences.values().stream().filter(a -> a.getDayAbsenceId() != null).forEach(a -> locked.add(a.getPupilId()));
        int length = lessonMinutes(o);

        // what each pupil is to have: null for present
        Map<Long, LessonAbsence.Entry> wanted = new LinkedHashMap<>();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        for (RegisterEntry e : entries) {
            if (!subjectOf.containsKey(e.pupilId()) && !absences.containsKey(e.pupilId())) {
                throw new BusinessException("register.notInGroup");
            }
            if (locked.contains(e.pupilId()) || e.kind() == null) {
                continue;
            }
            int minutes = length;
            if (e.kind().isLateness()) {
                if (e.minutes() == null || e.minutes() < 1 || e.minutes() >= length) {
                    errors.add("minutes-" + e.pupilId(), "register.minutes.range");
                    continue;
                }
                minutes = e.minutes();
            }
            AbsenceCode code = e.codeId() == null ? codeById.get(defaultCode(valid)) : codeById.get(e.codeId());
            if (code == null) {
                errors.add("code-" + e.pupilId(), "register.code.invalid");
                continue;
            }
            LessonAbsence before = absences.get(e.pupilId());
            // documentation the contact teacher set stays while the code does
            Documentation documentation = before != null && before.getCodeId() == code.getId() ? before.getDocumentation()
                    : code.getDocumentation();
            wanted.put(e.pupilId(), new LessonAbsence.Entry(e.kind(), minutes, code.getId(), documentation));
        }
        boolean changesEarlier = register != null && (register.isTaken() || !absences.isEmpty());
        if (afterDeadline && (reason == null || reason.isBlank())) {
            errors.add("reason", "register.reason.required");
        } else if (reason != null && reason.strip().length() > AbsenceChange.REASON_MAX) {
            errors.add("reason", "register.reason.tooLong");
        }
        errors.throwIfAny();

        String me = callerName();
        OffsetDateTime at = now.toOffsetDateTime();
        if (register == null) {
            register = new LessonRegister(key, o.groupId(), h.schoolId(), o.day(), o.starts(), o.ends());
            register.take(me, at);
            em.persist(register);
        } else {
            register.take(me, at);
        }
        try {
            em.flush(); // the register first: a second teacher's save stops here, before any absence is written
        } catch (PersistenceException e) {
            throw new BusinessException("register.changedMeanwhile");
        }
        Set<Long> changed = new HashSet<>();
        for (Map.Entry<Long, LessonAbsence> existing : absences.entrySet()) {
            long pupilId = existing.getKey();
            LessonAbsence a = existing.getValue();
            if (a.getDayAbsenceId() != null) {
                continue; // the contact teacher's
            }
            LessonAbsence.Entry next = wanted.remove(pupilId);
            if (next == null) {
                em.remove(a);
                logChange(register, pupilId, a.entry().describe(), "PRESENT", changesEarlier, afterDeadline, reason, me, at);
                changed.add(pupilId);
            } else if (!next.equals(a.entry())) {
                logChange(register, pupilId, a.entry().describe(), next.describe(), changesEarlier, afterDeadline, reason, me, at);
                a.record(next, me, at);
                changed.add(pupilId);
            }
        }
        for (Map.Entry<Long, LessonAbsence.Entry> added : wanted.entrySet()) {
            long pupilId = added.getKey();
            em.persist(new LessonAbsence(register.getId(), pupilId, o.day(), subjectOf.get(pupilId), added.getValue(), null, me, at));
            logChange(register, pupilId, "PRESENT", added.getValue().describe(), changesEarlier, afterDeadline, reason, me, at);
            changed.add(pupilId);
        }
        try {
            em.flush(); // a contact teacher's day absence written meanwhile: refused, not a 500
        } catch (PersistenceException e) {
            throw new BusinessException("register.changedMeanwhile");
        }
        if (!changed.isEmpty()) {
            accessLog.changedAll(SubjectKind.PUPIL, changed, DataCategory.ABSENCE_DETAIL, REGISTER);
        }
        return new SavedRegister(register.getVersion(), register.getTakenAt(), takerName(me));
    }

    /** A change of what was registered before (not the first registration, unless after the deadline). */
    private void logChange(LessonRegister register, long pupilId, String before, String after, boolean changesEarlier,
                           boolean afterDeadline, String reason, String by, OffsetDateTime at) {
        if (changesEarlier || afterDeadline) {
            em.persist(new AbsenceChange(register.getId(), null, pupilId, before, after, afterDeadline, reason, by, at));
        }
    }

    /** The occurrence, when the caller teaches it as it is held; otherwise refused and logged. */
    private HeldLesson mine(String key) {
        long me = me();
        HeldLesson h = LessonLookup.isKey(key) ? lessons.find(key).orElse(null) : null;
        if (h == null || !h.taughtBy(me)) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ABSENCE_DETAIL, REGISTER);
            throw new BusinessException("register.notYours");
        }
        if (h.occurrence().status() == Occurrence.Status.CANCELLED) {
            throw new BusinessException("register.cancelled");
        }
        return h;
    }

    private LessonRegister register(String key) {
        return em.createQuery("SELECT r FROM LessonRegister r WHERE r.occurrenceKey = :key", LessonRegister.class)
                .setParameter("key", key).getResultStream().findFirst().orElse(null);
    }

    private Map<Long, LessonAbsence> absencesOf(LessonRegister register) {
        Map<Long, LessonAbsence> absences = new HashMap<>();
        if (register != null) {
            em.createQuery("SELECT a FROM LessonAbsence a WHERE a.registerId = :id", LessonAbsence.class)
                    .setParameter("id", register.getId()).getResultStream().forEach(a -> absences.put(a.getPupilId(), a));
        }
        return absences;
    }

    /** The group's pupils on the day — and anyone registered absent who has left it since — by name: given, family, class. */
    private Map<Long, String[]> pupilsOf(HeldLesson h, Set<Long> registered) {
        Map<Long, String[]> pupils = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName, c.code FROM GroupMember m, Pupil s"
                        + " LEFT JOIN s.schoolClass c WHERE s.id = m.pupilId AND m.groupId = :group AND " + GroupMember.ACTIVE_ON_DAY
                        + " AND (s.leftOn IS NULL OR s.leftOn > :day) ORDER BY s.name.familyName, s.name.givenName, s.id", Object[].class)
                .setParameter("group", h.occurrence().groupId()).setParameter("day", h.occurrence().day()).getResultList()) {
            pupils.putIfAbsent((Long) r[0], new String[] {(String) r[1], (String) r[2], (String) r[3]});
        }
        Set<Long> gone = new HashSet<>(registered);
        gone.removeAll(pupils.keySet());
        if (!gone.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName, c.code FROM Pupil s"
                    + " LEFT JOIN s.schoolClass c WHERE s.id IN :ids", Object[].class).setParameter("ids", gone).getResultList()) {
                pupils.put((Long) r[0], new String[] {(String) r[1], (String) r[2], (String) r[3]});
            }
        }
        return pupils;
    }

    /** The group's pupils on the day with each one's fagkode (their own where the group mixes codes). */
    private Map<Long, String> subjectCodes(HeldLesson h, LocalDate day) {
        Map<Long, String> codesOfPupils = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.pupilId, m.subjectCode FROM GroupMember m, Pupil s WHERE s.id = m.pupilId"
                        + " AND m.groupId = :group AND " + GroupMember.ACTIVE_ON_DAY + " AND (s.leftOn IS NULL OR s.leftOn > :day)",
                        Object[].class)
                .setParameter("group", h.occurrence().groupId()).setParameter("day", day).getResultList()) {
            codesOfPupils.put((Long) r[0], r[1] == null ? h.subjectCode() : (String) r[1]);
        }
        return codesOfPupils;
    }

    /** The pupils' day absences on the day: pupil → the day absence's code. */
    private Map<Long, String> dayAbsenceCodes(Set<Long> pupilIds, LocalDate day) {
        Map<Long, String> found = new HashMap<>();
        if (!pupilIds.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT d.pupilId, c.code FROM DayAbsence d, AbsenceCode c WHERE c.id = d.codeId"
                    + " AND d.day = :day AND d.pupilId IN :ids", Object[].class)
                    .setParameter("day", day).setParameter("ids", pupilIds).getResultList()) {
                found.put((Long) r[0], (String) r[1]);
            }
        }
        return found;
    }

    /** The lesson's length in minutes of real time. */
    static int lessonMinutes(Occurrence o) {
        return (int) o.length().toMinutes();
    }

    /** The first code in the county's order that is absence (not presence): what "absent" means unless the teacher says. */
    private static Long defaultCode(List<AbsenceCode> valid) {
        return valid.stream().filter(c -> !c.isPresence()).map(AbsenceCode::getId).findFirst()
                .orElse(valid.isEmpty() ? null : valid.get(0).getId());
    }

    private String takerName(String takenBy) {
        return VisUserId.STAFF.idIn(takenBy).map(id -> em.createQuery("SELECT m.name FROM StaffMember m WHERE m.id = :id",
                String.class).setParameter("id", id).getResultStream().findFirst().orElse(takenBy)).orElse(takenBy);
    }

    /** The county of the school, and its register deadline. */
    record CountyRules(long countyId, int deadlineHours) {
    }

    private CountyRules countyRules(long schoolId) {
        Object[] r = em.createQuery("SELECT c.id, c.registerDeadlineHours FROM School s JOIN s.county c WHERE s.id = :id",
                Object[].class).setParameter("id", schoolId).getSingleResult();
        return new CountyRules((Long) r[0], (Integer) r[1]);
    }

    private long me() {
        return VisUserId.STAFF.idIn(callerName()).orElseThrow(() -> new IllegalStateException("not staff"));
    }

    private String callerName() {
        return Objects.requireNonNull(session.getCallerPrincipal().getName());
    }
}
