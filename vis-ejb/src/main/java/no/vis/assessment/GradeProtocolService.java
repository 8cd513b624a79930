package no.vis.assessment;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.vis.absence.AbsenceLedger;
import no.vis.absence.AbsencePeriod;
import no.vis.absence.AbsenceStandings;
import no.vis.absence.SubjectAbsence;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.NameCase;
import no.vis.common.Today;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.timetable.GroupMember;
import no.vis.timetable.TeachingGroup;

/**
 * A teaching group's grade protocol in an assessment round (issue 13). The group's teachers enter
 * grades until the round's deadline and submit; the office of the school may enter at any time and
 * locks; after the deadline or the lock a change needs a reason, and every change of a grade is kept
 * ({@link GradeChange}). Each grade is checked against the fagkode's scale and the absence limit: over
 * 15 % only IV, between 10 and 15 % only where the principal decided the pupil is to have a grade. A
 * version guards the protocol: a second save from an older page is refused with nothing lost. Anyone
 * else is refused and the attempt logged; every pupil shown is an access-log line.
 */
@Stateless
@RolesAllowed({Names.TEACHER, Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
public class GradeProtocolService {

    static final String PROTOCOL = "grade-protocol";
    public static final int NOTE_MAX = 500;

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    StaffDirectory staff;

    @Inject
    SubjectCatalogue subjects;

    @Inject
    AbsenceStandings standings;

    /** The group, the round, the school's county, whether the caller acts as the office, and the protocol (null: none yet). */
    private record Context(TeachingGroup group, GradeRound round, long countyId, boolean office, GradeProtocol protocol,
                           LocalDate from, LocalDate until) {
    }

    /** The protocols of the groups the caller teaches this school year, for each round of their school. */
    public List<ProtocolRow> myProtocols(Locale locale) {
        LocalDate today = Today.inNorway();
        long me = VisUserId.STAFF.idIn(session.getCallerPrincipal().getName()).orElse(-1L);
        List<TeachingGroup> groups = em.createQuery("SELECT DISTINCT g FROM GroupTeacher m, TeachingGroup g WHERE g.id = m.groupId"
                + " AND m.staffMemberId = :me AND g.schoolYear = :year AND " + GroupMember.ACTIVE_ON_DAY, TeachingGroup.class)
                .setParameter("me", me).setParameter("year", SchoolCalendar.schoolYearOf(today)).setParameter("day", today)
                .getResultList();
        return ProtocolRows.of(em, subjects, groups, locale);
    }

    /**
     * The group's protocol in the round, when the caller teaches the group (or works in its school's office).
     *
     * @throws BusinessException {@code grades.notYours} for anyone else (logged), or a group and round that do not belong together
     */
    public GradeSheet open(long groupId, long roundId, Locale locale) {
        return sheet(context(groupId, roundId), locale);
    }

    /**
     * Saves the grades as the form sent them: a blank expression takes a grade away. {@code expectedVersion}
     * is the sheet's; when the protocol was saved since, nothing is saved.
     *
     * @return the protocol as saved
     * @throws InvalidInputException field by field: {@code value-<pupil>}, {@code remark-<pupil>}, {@code note-<pupil>}, {@code reason}
     * @throws BusinessException {@code grades.notYours}, {@code grades.closed}, {@code grades.changedMeanwhile}
     */
    public GradeSheet save(long groupId, long roundId, long expectedVersion, List<GradeEntry> entries, String reason, Locale locale) {
        Context c = context(groupId, roundId);
        GradeSheet before = sheet(c, locale);
        if (!before.editable()) {
            throw new BusinessException("grades.closed");
        }
        checkVersion(c, expectedVersion);
        Map<Long, GradeLine> lines = new LinkedHashMap<>();
        before.lines().forEach(l -> lines.put(l.pupilId(), l));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Map<Long, Grade.Content> wanted = new LinkedHashMap<>();
        for (GradeEntry e : entries) {
            GradeLine line = lines.get(e.pupilId());
            if (line == null) {
                accessLog.refused(SubjectKind.PUPIL, e.pupilId(), DataCategory.HISTORY, PROTOCOL);
                errors.add("value-" + e.pupilId(), "grades.pupil.notInGroup");
                continue;
            }
            String remark = blankToNull(e.remark());
            String note = blankToNull(e.note());
            if (note != null && note.length() > NOTE_MAX) {
                errors.add("note-" + e.pupilId(), "grades.note.tooLong");
            }
            if (blankToNull(e.value()) == null) {
                if (remark != null) {
                    errors.add("remark-" + e.pupilId(), "grades.remark.withoutGrade");
                }
                wanted.put(e.pupilId(), null);
                continue;
            }
            Optional<GradeValue> value = GradeValue.ofCode(e.value());
            if (value.isEmpty()) {
                errors.add("value-" + e.pupilId(), "grades.value.unknown");
                continue;
            }
            GradeRules.checkValue(line.scale(), value.get(), line.band(), line.discretion())
                    .ifPresent(key -> errors.add("value-" + e.pupilId(), key));
            if (value.get().isAssessment() && !line.hasHours()) {
                errors.add("value-" + e.pupilId(), "grades.value.noHours");
            }
            GradeRules.checkRemark(value.get(), remark).ifPresent(key -> errors.add("remark-" + e.pupilId(), key));
            wanted.put(e.pupilId(), new Grade.Content(value.get(), remark, note));
        }
        String why = blankToNull(reason);
        if (before.reasonRequired() && why == null) {
            errors.add("reason", "grades.reason.required");
        } else if (why != null && why.length() > GradeChange.REASON_MAX) {
            errors.add("reason", "grades.reason.tooLong");
        }
        errors.throwIfAny();

        String me = session.getCallerPrincipal().getName();
        OffsetDateTime at = OffsetDateTime.now(Today.NORWAY);
        GradeProtocol protocol = protocolFor(c);
        protocol.saved(me, at);
        flushOrChangedMeanwhile(); // the protocol first: a second save from an older page stops here
        Map<Long, Grade> existing = gradesOf(c, lines.values());
        boolean afterLock = c.protocol() != null && c.protocol().getState() == ProtocolState.LOCKED;
        Set<Long> changed = new HashSet<>();
        Map<Long, Long> classes = classesOf(wanted.keySet());
        for (Map.Entry<Long, Grade.Content> w : wanted.entrySet()) {
            GradeLine line = lines.get(w.getKey());
            Grade grade = existing.get(w.getKey());
            Grade.Content was = grade == null ? null : grade.content();
            Grade.Content next = w.getValue();
            if (Objects.equals(was, next)) {
                continue;
            }
            if (next == null) {
                em.remove(grade);
            } else if (grade == null) {
                grade = new Grade(c.round().getId(), line.pupilId(), line.subjectCode(), line.kind(), protocol.getId(), classes.get(line.pupilId()));
                grade.set(next, me, at);
                em.persist(grade);
            } else {
                grade.set(next, me, at);
            }
            boolean gradeChanged = was == null || next == null || was.value() != next.value() || !Objects.equals(was.remark(), next.remark());
            if (gradeChanged && (was != null || afterLock || before.afterDeadline())) {
                em.persist(new GradeChange(c.round().getId(), line.pupilId(), line.subjectCode(), protocol.getId(), was, next, why,
                        afterLock, me, at));
            }
            changed.add(line.pupilId());
        }
        flushOrChangedMeanwhile();
        if (!changed.isEmpty()) {
            accessLog.changedAll(SubjectKind.PUPIL, changed, DataCategory.HISTORY, PROTOCOL);
        }
        return sheet(new Context(c.group(), c.round(), c.countyId(), c.office(), protocol, c.from(), c.until()), locale);
    }

    /**
     * Marks the protocol as done: every pupil must have a grade.
     *
     * @throws BusinessException {@code grades.submit.incomplete} (with the number missing), {@code grades.closed},
     *         {@code grades.changedMeanwhile}, {@code grades.notYours}
     */
    public GradeSheet submit(long groupId, long roundId, long expectedVersion, Locale locale) {
        Context c = context(groupId, roundId);
        GradeSheet sheet = sheet(c, locale);
        if (!sheet.editable() || sheet.locked()) {
            throw new BusinessException("grades.closed");
        }
        checkVersion(c, expectedVersion);
        if (!sheet.complete()) {
            throw new BusinessException("grades.submit.incomplete", sheet.missing());
        }
        if (sheet.conflicts() > 0) { // absence or a decision changed since a grade was set
            throw new BusinessException("grades.conflicts", sheet.conflicts());
        }
        GradeProtocol protocol = protocolFor(c);
        protocol.submit(session.getCallerPrincipal().getName(), OffsetDateTime.now(Today.NORWAY));
        flushOrChangedMeanwhile();
        return sheet(new Context(c.group(), c.round(), c.countyId(), c.office(), protocol, c.from(), c.until()), locale);
    }

    /**
     * The office locks the protocol (complete or not: a pupil may be graded later, with a reason), or opens
     * a locked one again for the teachers.
     *
     * @throws BusinessException {@code grades.officeOnly}, {@code grades.changedMeanwhile}
     */
    public GradeSheet lock(long groupId, long roundId, long expectedVersion, boolean locked, Locale locale) {
        Context c = context(groupId, roundId);
        if (!c.office()) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.HISTORY, PROTOCOL);
            throw new BusinessException("grades.officeOnly");
        }
        checkVersion(c, expectedVersion);
        if (locked) {
            long conflicts = sheet(c, locale).conflicts();
            if (conflicts > 0) {
                throw new BusinessException("grades.conflicts", conflicts);
            }
        }
        GradeProtocol protocol = protocolFor(c);
        if (locked) {
            protocol.lock(session.getCallerPrincipal().getName(), OffsetDateTime.now(Today.NORWAY));
        } else {
            protocol.reopen();
        }
        flushOrChangedMeanwhile();
        return sheet(new Context(c.group(), c.round(), c.countyId(), c.office(), protocol, c.from(), c.until()), locale);
    }

    private void checkVersion(Context c, long expectedVersion) {
        if (c.protocol() == null ? expectedVersion != -1 : c.protocol().getVersion() != expectedVersion) {
            throw new BusinessException("grades.changedMeanwhile");
        }
    }

    private GradeProtocol protocolFor(Context c) {
        if (c.protocol() != null) {
            return c.protocol();
        }
        GradeProtocol protocol = new GradeProtocol(c.round().getId(), c.group().getId());
        em.persist(protocol);
        return protocol;
    }

    private void flushOrChangedMeanwhile() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("grades.changedMeanwhile");
        }
    }

    private Context context(long groupId, long roundId) {
        TeachingGroup group = em.find(TeachingGroup.class, groupId);
        GradeRound round = em.find(GradeRound.class, roundId);
        if (group == null || round == null || round.getSchoolId() != group.getSchoolId() || round.getSchoolYear() != group.getSchoolYear()) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.HISTORY, PROTOCOL);
            throw new BusinessException("grades.notYours");
        }
        long countyId = em.createQuery("SELECT s.county.id FROM School s WHERE s.id = :id", Long.class)
                .setParameter("id", group.getSchoolId()).getSingleResult();
        LocalDate today = Today.inNorway();
        Optional<AbsenceLedger.Year> year = standings.year(countyId, group.getSchoolYear());
        LocalDate from = year.map(y -> round.getKind() == RoundKind.FIRST_HALF ? y.firstDay() : y.secondHalfFrom())
                .orElse(LocalDate.of(group.getSchoolYear(), 8, 1));
        LocalDate until = year.map(y -> round.getKind() == RoundKind.FIRST_HALF ? y.secondHalfFrom() : y.lastDay().plusDays(1))
                .orElse(LocalDate.of(group.getSchoolYear() + 1, 8, 1));
        boolean office = (session.isCallerInRole(Names.OFFICE) || session.isCallerInRole(Names.COUNTY_ADMIN))
                && staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(group.getSchoolId());
        if (!office && !teaches(groupId, from, until)) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.HISTORY, PROTOCOL);
            throw new BusinessException("grades.notYours");
        }
        GradeProtocol protocol = em.createQuery("SELECT p FROM GradeProtocol p WHERE p.roundId = :r AND p.groupId = :g", GradeProtocol.class)
                .setParameter("r", roundId).setParameter("g", groupId).getResultStream().findFirst().orElse(null);
        return new Context(group, round, countyId, office, protocol, from, until);
    }

    /** Whether the caller taught the group on some day of the round's period (a group that ended in it still gets its grades). */
    private boolean teaches(long groupId, LocalDate from, LocalDate until) {
        if (!session.isCallerInRole(Names.TEACHER) && !session.isCallerInRole(Names.CONTACT_TEACHER)) {
            return false;
        }
        long me = VisUserId.STAFF.idIn(session.getCallerPrincipal().getName()).orElse(-1L);
        return !em.createQuery("SELECT m.id FROM GroupTeacher m WHERE m.groupId = :g AND m.staffMemberId = :me AND "
                        + GroupMember.ACTIVE_BETWEEN, Long.class).setParameter("g", groupId).setParameter("me", me)
                .setParameter("from", from).setParameter("until", until)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private GradeSheet sheet(Context c, Locale locale) {
        TeachingGroup group = c.group();
        GradeRound round = c.round();
        LocalDate today = Today.inNorway();
        LocalDate day = today.isBefore(c.from()) ? c.from() : today.isBefore(c.until()) ? today : c.until().minusDays(1);
        record Member(long pupilId, String name, String className, String subjectCode) {
        }
        Map<Long, Member> members = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName, c.code, COALESCE(m.subjectCode, g.subjectCode)"
                        + " FROM GroupMember m, TeachingGroup g, Pupil s LEFT JOIN s.schoolClass c WHERE g.id = m.groupId AND s.id = m.pupilId"
                        + " AND m.groupId = :id AND " + GroupMember.ACTIVE_ON_DAY + " ORDER BY s.name.familyName, s.name.givenName, s.id",
                        Object[].class).setParameter("id", group.getId()).setParameter("day", day).getResultList()) {
            members.putIfAbsent((Long) r[0], new Member((Long) r[0], NameCase.familyName((String) r[2]) + ", "
                    + NameCase.givenName((String) r[1]), (String) r[3], (String) r[4]));
        }
        if (c.protocol() != null) { // pupils graded in this protocol who have left the group since keep their line
            for (Object[] r : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName, c.code, g.subjectCode FROM Grade g, Pupil s"
                    + " LEFT JOIN s.schoolClass c WHERE s.id = g.pupilId AND g.protocolId = :p", Object[].class)
                    .setParameter("p", c.protocol().getId()).getResultList()) {
                members.putIfAbsent((Long) r[0], new Member((Long) r[0], NameCase.familyName((String) r[2]) + ", "
                        + NameCase.givenName((String) r[1]), (String) r[3], (String) r[4]));
            }
        }
        Set<String> codes = new HashSet<>();
        members.values().forEach(m -> codes.add(m.subjectCode()));
        Map<String, Boolean> standpunkt = round.getKind() == RoundKind.YEAR_END ? subjects.pupilsHaveStandpunkt(codes) : Map.of();
        Map<String, GradeScale> scales = scales(c.countyId(), codes);
        List<AbsencePeriod> periods = round.getKind() == RoundKind.FIRST_HALF ? List.of(AbsencePeriod.FIRST_HALF)
                : List.of(AbsencePeriod.SECOND_HALF, AbsencePeriod.YEAR);
        Map<Long, List<SubjectAbsence>> absence = standings.standings(c.countyId(), group.getSchoolYear(), members.keySet(), periods);
        Map<String, AbsenceDiscretion> discretion = new HashMap<>();
        Map<Long, Grade> grades = new HashMap<>();
        if (!members.isEmpty()) {
            for (AbsenceDiscretion d : em.createQuery("SELECT d FROM AbsenceDiscretion d WHERE d.pupilId IN :ids AND d.schoolYear = :y",
                    AbsenceDiscretion.class).setParameter("ids", members.keySet()).setParameter("y", group.getSchoolYear()).getResultList()) {
                discretion.put(d.getPupilId() + "/" + d.getSubjectCode() + "/" + d.getPeriod(), d);
            }
            for (Grade g : em.createQuery("SELECT g FROM Grade g WHERE g.roundId = :r AND g.pupilId IN :ids", Grade.class)
                    .setParameter("r", round.getId()).setParameter("ids", members.keySet()).getResultList()) {
                Member m = members.get(g.getPupilId());
                if (m != null && m.subjectCode().equals(g.getSubjectCode())) {
                    grades.put(g.getPupilId(), g);
                }
            }
        }
        List<GradeLine> lines = new ArrayList<>();
        for (Member m : members.values()) {
            GradeKind kind = round.getKind() == RoundKind.FIRST_HALF || Boolean.FALSE.equals(standpunkt.get(m.subjectCode()))
                    ? GradeKind.HALF_YEAR : GradeKind.FINAL;
            AbsencePeriod period = round.getKind().absencePeriod(kind);
            SubjectAbsence a = absence.getOrDefault(m.pupilId(), List.of()).stream()
                    .filter(s -> s.subjectCode().equals(m.subjectCode()) && s.period() == period).findFirst().orElse(null);
            AbsenceDiscretion d = discretion.get(m.pupilId() + "/" + m.subjectCode() + "/" + period);
            Boolean decided = d == null ? null : d.isGradeAllowed();
            Grade g = grades.get(m.pupilId());
            GradeScale scale = scales.getOrDefault(m.subjectCode(), GradeScale.NUMERIC);
            // a grade set before the pupil's absence (or the principal's decision) changed: shown, and in the way of submitting
            String conflict = g == null ? null : GradeRules.checkValue(scale, g.getValue(), a == null ? null : a.band(), decided).orElse(null);
            lines.add(new GradeLine(m.pupilId(), m.name(), m.className(), m.subjectCode(), g != null ? g.getKind() : kind,
                    scale, a == null ? null : a.percent(), a == null ? null : a.band(),
                    a == null || a.hasPlan(), decided, a == null ? null : GradeRules.proposal(a.band(), decided),
                    g == null ? null : g.getValue(), g == null ? null : g.getRemark(), g == null ? null : g.getNote(), conflict));
        }
        OffsetDateTime now = OffsetDateTime.now(Today.NORWAY);
        boolean afterDeadline = now.isAfter(round.getEntryUntil());
        ProtocolState state = c.protocol() == null ? ProtocolState.OPEN : c.protocol().getState();
        boolean editable = c.office() || state != ProtocolState.LOCKED && !afterDeadline;
        boolean reasonRequired = c.office() && (state == ProtocolState.LOCKED || afterDeadline);
        accessLog.readAll(SubjectKind.PUPIL, members.keySet(), DataCategory.HISTORY, PROTOCOL);
        String subject = subjects.titles(List.of(group.getSubjectCode()), locale).get(group.getSubjectCode());
        return new GradeSheet(group.getId(), group.getCode(), subject, round.getId(), round.getKind(), round.getSchoolYear(),
                round.getEntryUntil(), round.getPublishAt(), state, c.protocol() == null ? -1 : c.protocol().getVersion(),
                c.protocol() == null ? null : StaffNames.of(em, c.protocol().getSavedBy()), c.protocol() == null ? null : c.protocol().getSavedAt(),
                c.office(), editable, reasonRequired, afterDeadline, lines);
    }

    private Map<Long, Grade> gradesOf(Context c, Collection<GradeLine> lines) {
        Map<Long, Grade> grades = new HashMap<>();
        if (lines.isEmpty()) {
            return grades;
        }
        Map<Long, String> subjectOf = new HashMap<>();
        lines.forEach(l -> subjectOf.put(l.pupilId(), l.subjectCode()));
        for (Grade g : em.createQuery("SELECT g FROM Grade g WHERE g.roundId = :r AND g.pupilId IN :ids", Grade.class)
                .setParameter("r", c.round().getId()).setParameter("ids", subjectOf.keySet()).getResultList()) {
            if (g.getSubjectCode().equals(subjectOf.get(g.getPupilId()))) {
                grades.put(g.getPupilId(), g);
            }
        }
        return grades;
    }

    /** The scale of each fagkode in the county (1–6 unless the county says otherwise). */
    Map<String, GradeScale> scales(long countyId, Collection<String> codes) {
        Map<String, GradeScale> scales = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("SELECT r FROM GradeScaleRule r WHERE r.countyId = :c AND r.subjectCode IN :codes", GradeScaleRule.class)
                    .setParameter("c", countyId).setParameter("codes", codes).getResultList()
                    .forEach(r -> scales.put(r.getSubjectCode(), r.getScale()));
        }
        return scales;
    }

    /** Each pupil's class now (the class a grade is set in decides its publication time). */
    private Map<Long, Long> classesOf(Collection<Long> pupilIds) {
        Map<Long, Long> classes = new HashMap<>();
        if (!pupilIds.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT s.id, s.schoolClass.id FROM Pupil s WHERE s.id IN :ids AND s.schoolClass IS NOT NULL",
                    Object[].class).setParameter("ids", pupilIds).getResultList()) {
                classes.put((Long) r[0], (Long) r[1]);
            }
        }
        return classes;
    }


    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
