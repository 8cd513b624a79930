package no.vis.absence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.common.BusinessException;
import no.vis.enrolment.ClassPlacement;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.timetable.GroupMember;
import no.vis.timetable.HeldLesson;
import no.vis.timetable.LessonLookup;
import no.vis.timetable.Occurrence;

/**
 * The contact teacher's day absence and documentation (DOMAIN-SCHOOL.md §2): a class's pupils on a
 * day with their absence; day absence registered for all of a pupil's lessons that day at once
 * (locking them for the subject teachers), or removed; and the documentation of a pupil's absence on
 * a day set. Only a contact teacher of the pupil's class on the day may; anyone else is refused and
 * logged. Day absence is for days that have come, with lessons.
 */
@Stateless
@RolesAllowed({Names.CONTACT_TEACHER})
public class DayAbsenceService {

    static final String CLASS_DAY = "class-day";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    LessonLookup lessons;

    @Inject
    AbsenceCodes codes;

    /** The class's pupils on the day with their absence, when the caller is its contact teacher that day. */
    public ClassDay classDay(long classId, LocalDate day, Locale locale) {
        String classCode = myClass(classId, day);
        long county = countyOfClass(classId);
        Map<Long, String[]> pupils = new LinkedHashMap<>();
        // the class's pupils on that day (its placements), not today's
        java.util.Set<Long> inClass = ClassPlacement.pupilsInClassOnDay(em, classId, day);
        for (Object[] r : inClass.isEmpty() ? List.<Object[]>of() : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName"
                        + " FROM Pupil s WHERE s.id IN :ids AND (s.leftOn IS NULL OR s.leftOn > :day)"
                        + " ORDER BY s.name.familyName, s.name.givenName, s.id", Object[].class)
                .setParameter("ids", inClass).setParameter("day", day).getResultList()) {
            pupils.put((Long) r[0], new String[] {(String) r[1], (String) r[2]});
        }
        Map<Long, DayAbsence> days = new HashMap<>();
        Map<Long, List<LessonAbsence>> absences = new HashMap<>();
        Map<Long, Integer> lessonCounts = new HashMap<>();
        if (!pupils.isEmpty()) {
            em.createQuery("SELECT d FROM DayAbsence d WHERE d.day = :day AND d.pupilId IN :ids", DayAbsence.class)
                    .setParameter("day", day).setParameter("ids", pupils.keySet()).getResultStream().forEach(d -> days.put(d.getPupilId(), d));
            em.createQuery("SELECT a FROM LessonAbsence a WHERE a.day = :day AND a.pupilId IN :ids", LessonAbsence.class)
                    .setParameter("day", day).setParameter("ids", pupils.keySet()).getResultStream()
                    .forEach(a -> absences.computeIfAbsent(a.getPupilId(), p -> new ArrayList<>()).add(a));
            lessonCounts.putAll(lessonCounts(pupils.keySet(), day));
        }
        Map<Long, String> codeText = new HashMap<>();
        codes.all(county).forEach(c -> codeText.put(c.getId(), c.getCode()));
        List<ClassDayLine> lines = new ArrayList<>();
        pupils.forEach((id, name) -> {
            DayAbsence d = days.get(id);
            List<LessonAbsence> mine = absences.getOrDefault(id, List.of());
            Documentation documentation = mine.stream().map(LessonAbsence::getDocumentation).distinct().count() == 1
                    ? mine.get(0).getDocumentation() : null;
            lines.add(new ClassDayLine(id, name[0], name[1], d == null ? null : d.getCodeId(), d == null ? null : codeText.get(d.getCodeId()),
                    d == null ? null : d.getDocumentation(), lessonCounts.getOrDefault(id, 0), mine.size(),
                    mine.stream().mapToInt(LessonAbsence::getMinutes).sum(), documentation));
        });
        accessLog.readAll(SubjectKind.PUPIL, pupils.keySet(), DataCategory.ABSENCE_DETAIL, CLASS_DAY);
        List<CodeOption> options = codes.dayCodes(county, day).stream()
                .map(c -> new CodeOption(c.getId(), c.getCode(), c.name(locale), c.isPresence())).toList();
        return new ClassDay(classId, classCode, day, day.isAfter(Today.inNorway()), lines, options);
    }

    /**
     * Registers day absence: every lesson of the pupil's that day is absent with the code and
     * documentation (null: the code's), replacing what the subject teachers registered (kept in the
     * change log). Registered again, it replaces the day's code and documentation.
     *
     * @throws InvalidInputException {@code day} (in the future, or no lessons that day), {@code code}
     */
    public void registerDay(long pupilId, LocalDate day, long codeId, Documentation documentation) {
        long county = countyOfClass(myPupil(pupilId, day));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (day.isAfter(Today.inNorway())) {
            errors.add("day", "dayAbsence.day.future");
        }
        AbsenceCode code = codes.dayCodes(county, day).stream().filter(c -> c.getId() == codeId).findFirst().orElse(null);
        if (code == null) {
            errors.add("code", "register.code.invalid");
        }
        List<HeldLesson> held = errors.has("day") ? List.of() : pupilLessons(pupilId, day);
        if (!errors.has("day") && held.isEmpty()) {
            errors.add("day", "dayAbsence.day.noLessons");
        }
        errors.throwIfAny();
        Documentation doc = documentation == null ? code.getDocumentation() : documentation;
        String me = callerName();
        OffsetDateTime at = OffsetDateTime.now(Today.NORWAY);
        DayAbsence dayAbsence = em.createQuery("SELECT d FROM DayAbsence d WHERE d.pupilId = :pupil AND d.day = :day", DayAbsence.class)
                .setParameter("pupil", pupilId).setParameter("day", day).getResultStream().findFirst().orElse(null);
        if (dayAbsence == null) {
            dayAbsence = new DayAbsence(pupilId, day, codeId, doc, me, at);
            em.persist(dayAbsence);
            flushOrChangedMeanwhile();
        } else {
            em.persist(new AbsenceChange(null, dayAbsence.getId(), pupilId, "DAY #" + dayAbsence.getCodeId() + " " + dayAbsence.getDocumentation(),
                    "DAY #" + codeId + " " + doc, false, null, me, at));
            dayAbsence.record(codeId, doc, me, at);
        }
        Map<Long, String> subjectOf = subjectCodes(pupilId, day);
        for (HeldLesson h : held) {
            Occurrence o = h.occurrence();
            LessonRegister register = registerOf(h);
            // the register's version moves on: a subject teacher's save of a sheet read before this is refused, not lost
            em.lock(register, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            LessonAbsence.Entry entry = new LessonAbsence.Entry(AbsenceKind.ABSENT, RegisterService.lessonMinutes(o), codeId, doc);
            LessonAbsence a = em.createQuery("SELECT a FROM LessonAbsence a WHERE a.registerId = :r AND a.pupilId = :p", LessonAbsence.class)
                    .setParameter("r", register.getId()).setParameter("p", pupilId).getResultStream().findFirst().orElse(null);
            if (a == null) {
                em.persist(new LessonAbsence(register.getId(), pupilId, day, subjectOf.getOrDefault(o.groupId(), h.subjectCode()), entry,
                        dayAbsence.getId(), me, at));
            } else {
                if (a.getDayAbsenceId() == null) {
                    em.persist(new AbsenceChange(register.getId(), dayAbsence.getId(), pupilId, a.entry().describe(),
                            "DAY " + entry.describe(), false, null, me, at));
                }
                a.partOfDay(dayAbsence.getId(), entry, me, at);
            }
        }
        flushOrChangedMeanwhile();
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, CLASS_DAY);
    }

    /** Writes now; a teacher or another contact teacher who wrote the same rows meanwhile makes it a clear refusal, not a 500. */
    private void flushOrChangedMeanwhile() {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new BusinessException("dayAbsence.changedMeanwhile");
        }
    }

    /**
     * Removes the pupil's day absence on the day: the lesson absences it made go, and the subject
     * teachers' entries it replaced are back as they registered them (every step in the change log).
     */
    public void removeDay(long pupilId, LocalDate day) {
        myPupil(pupilId, day);
        DayAbsence dayAbsence = em.createQuery("SELECT d FROM DayAbsence d WHERE d.pupilId = :pupil AND d.day = :day", DayAbsence.class)
                .setParameter("pupil", pupilId).setParameter("day", day).getResultStream().findFirst().orElse(null);
        if (dayAbsence == null) {
            return;
        }
        String me = callerName();
        OffsetDateTime at = OffsetDateTime.now(Today.NORWAY);
        for (LessonAbsence a : em.createQuery("SELECT a FROM LessonAbsence a WHERE a.dayAbsenceId = :id", LessonAbsence.class)
                .setParameter("id", dayAbsence.getId()).getResultList()) {
            // the register's version moves on: a subject teacher's sheet read before this is refused, not lost
            em.lock(em.find(LessonRegister.class, a.getRegisterId()), jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            String before = "DAY " + a.entry().describe();
            if (a.leaveDay()) {
                em.persist(new AbsenceChange(a.getRegisterId(), dayAbsence.getId(), pupilId, before, a.entry().describe(), false, null,
                        me, at));
            } else {
                em.remove(a);
            }
        }
        flushOrChangedMeanwhile(); // the lesson rows first: they refer to the day absence
        em.persist(new AbsenceChange(null, dayAbsence.getId(), pupilId, "DAY #" + dayAbsence.getCodeId() + " " + dayAbsence.getDocumentation(),
                "PRESENT", false, null, me, at));
        em.remove(dayAbsence);
        flushOrChangedMeanwhile();
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, CLASS_DAY);
    }

    /** Sets the documentation of all the pupil's absence on the day (the day absence's and every lesson's). */
    public void document(long pupilId, LocalDate day, Documentation documentation) {
        Objects.requireNonNull(documentation, "documentation");
        myPupil(pupilId, day);
        String me = callerName();
        OffsetDateTime at = OffsetDateTime.now(Today.NORWAY);
        for (LessonAbsence a : em.createQuery("SELECT a FROM LessonAbsence a WHERE a.pupilId = :p AND a.day = :day", LessonAbsence.class)
                .setParameter("p", pupilId).setParameter("day", day).getResultList()) {
            if (a.getDocumentation() != documentation) {
                em.persist(new AbsenceChange(a.getRegisterId(), a.getDayAbsenceId(), pupilId, a.entry().describe(),
                        a.getKind() + " " + a.getMinutes() + " #" + a.getCodeId() + " " + documentation, false, null, me, at));
                a.document(documentation);
            }
        }
        em.createQuery("SELECT d FROM DayAbsence d WHERE d.pupilId = :p AND d.day = :day", DayAbsence.class)
                .setParameter("p", pupilId).setParameter("day", day).getResultStream()
                .forEach(d -> d.record(d.getCodeId(), documentation, me, at));
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, CLASS_DAY);
    }

    /** The pupil's lessons held that day (not cancelled), in order. */
    private List<HeldLesson> pupilLessons(long pupilId, LocalDate day) {
        Set<Long> groups = subjectCodes(pupilId, day).keySet();
        return lessons.onDay(groups, day).stream().filter(h -> h.occurrence().status() != Occurrence.Status.CANCELLED).toList();
    }

    /** How many lessons each pupil has that day. */
    private Map<Long, Integer> lessonCounts(Set<Long> pupilIds, LocalDate day) {
        Map<Long, List<Long>> groupsOf = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.pupilId, m.groupId FROM GroupMember m WHERE m.pupilId IN :ids AND "
                + GroupMember.ACTIVE_ON_DAY, Object[].class).setParameter("ids", pupilIds).setParameter("day", day).getResultList()) {
            groupsOf.computeIfAbsent((Long) r[0], p -> new ArrayList<>()).add((Long) r[1]);
        }
        Set<Long> allGroups = new java.util.HashSet<>();
        groupsOf.values().forEach(allGroups::addAll);
        Map<Long, Integer> perGroup = new HashMap<>();
        for (HeldLesson h : lessons.onDay(allGroups, day)) {
            if (h.occurrence().status() != Occurrence.Status.CANCELLED) {
                perGroup.merge(h.occurrence().groupId(), 1, Integer::sum);
            }
        }
        Map<Long, Integer> counts = new HashMap<>();
        groupsOf.forEach((pupil, groups) -> counts.put(pupil, groups.stream().mapToInt(g -> perGroup.getOrDefault(g, 0)).sum()));
        return counts;
    }

    /** The pupil's groups on the day with the pupil's fagkode in each (null: the group's). */
    private Map<Long, String> subjectCodes(long pupilId, LocalDate day) {
        Map<Long, String> byGroup = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.groupId, COALESCE(m.subjectCode, g.subjectCode) FROM GroupMember m, TeachingGroup g"
                        + " WHERE g.id = m.groupId AND m.pupilId = :p AND " + GroupMember.ACTIVE_ON_DAY, Object[].class)
                .setParameter("p", pupilId).setParameter("day", day).getResultList()) {
            byGroup.put((Long) r[0], (String) r[1]);
        }
        return byGroup;
    }

    private LessonRegister registerOf(HeldLesson h) {
        LessonRegister register = em.createQuery("SELECT r FROM LessonRegister r WHERE r.occurrenceKey = :key", LessonRegister.class)
                .setParameter("key", h.key()).getResultStream().findFirst().orElse(null);
        if (register == null) {
            Occurrence o = h.occurrence();
            register = new LessonRegister(h.key(), o.groupId(), h.schoolId(), o.day(), o.starts(), o.ends());
            em.persist(register);
            flushOrChangedMeanwhile();
        }
        return register;
    }

    private String myClass(long classId, LocalDate day) {
        return ContactTeachers.classOf(em, accessLog, me(), classId, day, CLASS_DAY);
    }

    private long myPupil(long pupilId, LocalDate day) {
        return ContactTeachers.pupilOf(em, accessLog, me(), pupilId, day, CLASS_DAY);
    }

    private long countyOfClass(long classId) {
        return em.createQuery("SELECT s.county.id FROM SchoolClass c JOIN c.school s WHERE c.id = :id", Long.class)
                .setParameter("id", classId).getSingleResult();
    }

    private long me() {
        return VisUserId.STAFF.idIn(callerName()).orElseThrow(() -> new IllegalStateException("not staff"));
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }
}
