package no.vis.timetable;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Texts;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.people.PersonName;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.school.SchoolClass;

/**
 * The office's teaching groups (undervisningsgrupper) and classes' contact teachers, for office
 * staff of the school (the county administrator: any school): list and filter a school year's
 * groups; create and edit a group (code unique per school and year, a fagkode of the subject
 * catalogue, an optional class, a block code); its teachers and pupils, dated — a whole class added
 * from a day (pupils already in the group not twice), one pupil added or ended, a pupil moved to
 * another group mid-year (the membership ends the day before, the new one starts on the day), the
 * history kept; a group that has had pupils, teachers or lessons is ended, never deleted. Another
 * school's group is the same "unknown group" as one that does not exist. Every pupil shown or
 * changed is in the access log ({@code CLASSES_AND_GROUPS}).
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class GroupAdminService {

    static final String PURPOSE = "group-admin";
    private static final String UNKNOWN_GROUP = "timetable.unknownGroup";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessLog accessLog;

    @Inject
    SubjectCatalogue catalogue;

    @Inject
    TimetableService timetables;

    /** The school year's groups of a school of the caller, filtered, by code; empty for another school. */
    public Optional<List<GroupAdmin.Row>> groups(long schoolId, int schoolYear, GroupAdmin.Filter filter, LocalDate day,
                                                 Locale locale) {
        if (!mayManage(schoolId)) {
            return Optional.empty();
        }
        StringBuilder jpql = new StringBuilder("SELECT g FROM TeachingGroup g WHERE g.schoolId = :school AND g.schoolYear = :year");
        Map<String, Object> params = new HashMap<>();
        if (filter.classId() != null) {
            jpql.append(" AND (g.schoolClassId = :class OR g.id IN (SELECT m.groupId FROM GroupMember m, Pupil s"
                    + " WHERE s.id = m.pupilId AND s.schoolClass.id = :class))");
            params.put("class", filter.classId());
        }
        String subject = Texts.blankToNull(filter.subject());
        if (subject != null) {
            jpql.append(" AND UPPER(g.subjectCode) LIKE :subject");
            params.put("subject", "%" + subject.toUpperCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (filter.teacherId() != null) {
            jpql.append(" AND g.id IN (SELECT t.groupId FROM GroupTeacher t WHERE t.staffMemberId = :teacher)");
            params.put("teacher", filter.teacherId());
        }
        if (!filter.withEnded()) {
            jpql.append(" AND (g.endedOn IS NULL OR g.endedOn > :day)");
            params.put("day", day);
        }
        jpql.append(" ORDER BY g.code");
        var query = em.createQuery(jpql.toString(), TeachingGroup.class).setParameter("school", schoolId)
                .setParameter("year", schoolYear);
        params.forEach(query::setParameter);
        List<TeachingGroup> groups = query.getResultList();
        if (groups.isEmpty()) {
            return Optional.of(List.of());
        }
        List<Long> ids = groups.stream().map(TeachingGroup::getId).toList();
        Map<Long, Long> pupils = counts("SELECT m.groupId, COUNT(m) FROM GroupMember m WHERE m.groupId IN :ids AND "
                + GroupMember.ACTIVE_ON_DAY + " GROUP BY m.groupId", ids, day);
        Map<Long, Long> lessons = counts("SELECT l.groupId, COUNT(l) FROM Lesson l WHERE l.groupId IN :ids"
                + " AND (l.validTo IS NULL OR l.validTo > :day) GROUP BY l.groupId", ids, day);
        Map<Long, List<String>> teachers = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.groupId, s.name FROM GroupTeacher m, StaffMember s WHERE s.id = m.staffMemberId"
                + " AND m.groupId IN :ids AND " + GroupMember.ACTIVE_ON_DAY + " ORDER BY s.name", Object[].class)
                .setParameter("ids", ids).setParameter("day", day).getResultList()) {
            teachers.computeIfAbsent((Long) r[0], g -> new ArrayList<>()).add((String) r[1]);
        }
        Map<Long, String> classCodes = classCodes(groups.stream().map(TeachingGroup::getSchoolClassId).toList());
        Map<String, String> titles = catalogue.titles(groups.stream().map(TeachingGroup::getSubjectCode).toList(), locale);
        return Optional.of(groups.stream().map(g -> new GroupAdmin.Row(g.getId(), g.getCode(), g.getSubjectCode(),
                titles.getOrDefault(g.getSubjectCode(), g.getSubjectCode()), classCodes.get(g.getSchoolClassId()), g.getBlockCode(),
                String.join(", ", teachers.getOrDefault(g.getId(), List.of())), pupils.getOrDefault(g.getId(), 0L),
                lessons.getOrDefault(g.getId(), 0L), g.getEndedOn())).toList());
    }

    /** A group's card; empty for a group outside the caller's schools. Every pupil shown is logged. */
    public Optional<GroupAdmin.Card> group(long groupId, Locale locale) {
        TeachingGroup g = em.find(TeachingGroup.class, groupId);
        if (g == null || !mayManage(g.getSchoolId())) {
            return Optional.empty();
        }
        List<GroupAdmin.TeacherLine> teachers = em.createQuery("SELECT NEW no.vis.timetable.GroupAdmin.TeacherLine(m.id,"
                + " s.id, s.name, m.fromDay, m.toDay) FROM GroupTeacher m, StaffMember s WHERE s.id = m.staffMemberId"
                + " AND m.groupId = :group ORDER BY m.fromDay DESC, s.name", GroupAdmin.TeacherLine.class)
                .setParameter("group", groupId).getResultList();
        List<Object[]> rows = em.createQuery("SELECT m.id, s.id, s.name.givenName, s.name.middleName, s.name.familyName, c.code,"
                + " m.fromDay, m.toDay FROM GroupMember m, Pupil s LEFT JOIN s.schoolClass c WHERE s.id = m.pupilId"
                + " AND m.groupId = :group ORDER BY s.name.familyName, s.name.givenName, s.id, m.fromDay", Object[].class)
                .setParameter("group", groupId).getResultList();
        Set<Long> pupilIds = new HashSet<>();
        rows.forEach(r -> pupilIds.add((Long) r[1]));
        // where each pupil came from and went to: their memberships of the year's other groups at the school
        Map<Long, List<Object[]>> elsewhere = new HashMap<>();
        if (!pupilIds.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT m.pupilId, g.code, m.fromDay, m.toDay FROM GroupMember m, TeachingGroup g"
                    + " WHERE g.id = m.groupId AND m.pupilId IN :pupils AND g.id <> :group AND g.schoolId = :school"
                    + " AND g.schoolYear = :year", Object[].class).setParameter("pupils", pupilIds).setParameter("group", groupId)
                    .setParameter("school", g.getSchoolId()).setParameter("year", g.getSchoolYear()).getResultList()) {
                elsewhere.computeIfAbsent((Long) r[0], p -> new ArrayList<>()).add(r);
            }
        }
        List<GroupAdmin.MemberLine> members = new ArrayList<>();
        for (Object[] r : rows) {
            long pupil = (Long) r[1];
            LocalDate from = (LocalDate) r[6];
            LocalDate to = (LocalDate) r[7];
            String movedTo = null;
            String movedFrom = null;
            for (Object[] e : elsewhere.getOrDefault(pupil, List.of())) {
                if (to != null && to.equals(e[2])) {
                    movedTo = (String) e[1];
                }
                if (from.equals(e[3])) {
                    movedFrom = (String) e[1];
                }
            }
            members.add(new GroupAdmin.MemberLine((Long) r[0], pupil, shown((String) r[2], (String) r[3], (String) r[4]),
                    (String) r[5], from, to, movedTo, movedFrom));
        }
        long lessons = em.createQuery("SELECT COUNT(l) FROM Lesson l WHERE l.groupId = :group", Long.class)
                .setParameter("group", groupId).getSingleResult();
        String classCode = g.getSchoolClassId() == null ? null : classCodes(List.of(g.getSchoolClassId())).get(g.getSchoolClassId());
        String title = catalogue.titles(List.of(g.getSubjectCode()), locale).get(g.getSubjectCode());
        SchoolChoices choices = choices(g.getSchoolId(), g.getSchoolYear());
        List<Choice> others = em.createQuery("SELECT NEW no.vis.timetable.Choice(o.id, o.code) FROM TeachingGroup o"
                + " WHERE o.schoolId = :school AND o.schoolYear = :year AND o.id <> :group AND o.endedOn IS NULL ORDER BY o.code",
                Choice.class).setParameter("school", g.getSchoolId()).setParameter("year", g.getSchoolYear())
                .setParameter("group", groupId).getResultList();
        if (!pupilIds.isEmpty()) {
            accessLog.readAll(SubjectKind.PUPIL, pupilIds, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
        }
        return Optional.of(new GroupAdmin.Card(g.getId(), g.getSchoolId(), g.getSchoolYear(), g.getCode(), g.getSubjectCode(), title,
                g.getSchoolClassId(), classCode, g.getBlockCode(), g.getEndedOn(), teachers, members, lessons, choices.classes(),
                choices.teachers(), others));
    }

    /** A school's classes, teachers and rooms of the school year, for the caller's schools (else empty). */
    public Optional<SchoolChoices> schoolChoices(long schoolId, int schoolYear) {
        return mayManage(schoolId) ? Optional.of(choices(schoolId, schoolYear)) : Optional.empty();
    }

    /** The pupils of a class of the caller's schools, by name, to add one of them to a group (each shown is logged). */
    public List<Choice> pupilsOf(long classId) {
        SchoolClass c = em.find(SchoolClass.class, classId);
        if (c == null || !mayManage(c.getSchool().getId())) {
            return List.of();
        }
        List<Choice> pupils = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT s.id, s.name.givenName, s.name.middleName, s.name.familyName FROM Pupil s"
                + " WHERE s.schoolClass.id = :class ORDER BY s.name.familyName, s.name.givenName, s.id", Object[].class)
                .setParameter("class", classId).getResultList()) {
            pupils.add(new Choice((Long) r[0], shown((String) r[1], (String) r[2], (String) r[3])));
        }
        if (!pupils.isEmpty()) {
            accessLog.readAll(SubjectKind.PUPIL, pupils.stream().map(Choice::id).toList(), DataCategory.PERSONALIA, PURPOSE);
        }
        return pupils;
    }

    /**
     * Creates a group at a school of the caller in the school year.
     *
     * @return its id
     * @throws InvalidInputException {@code code} (required, too long, taken), {@code subjectCode}
     *         (not a fagkode, not in the catalogue), {@code classId}, {@code blockCode}
     */
    public long create(long schoolId, int schoolYear, GroupAdmin.Form form) {
        if (!mayManage(schoolId)) {
            throw new BusinessException("group.unknownSchool");
        }
        check(schoolId, schoolYear, null, form);
        TeachingGroup group = new TeachingGroup(schoolId, schoolYear, form.code(), form.subjectCode(), form.classId(), form.blockCode());
        em.persist(group);
        em.flush();
        return group.getId();
    }

    /** New code, fagkode, class and block code of a group. Same checks as {@link #create}. */
    public void edit(long groupId, GroupAdmin.Form form) {
        TeachingGroup group = groupInScope(groupId);
        check(group.getSchoolId(), group.getSchoolYear(), groupId, form);
        group.rename(form.code());
        group.teach(form.subjectCode());
        group.assignClass(form.classId());
        group.block(form.blockCode());
    }

    private void check(long schoolId, int schoolYear, Long groupId, GroupAdmin.Form form) {
        var errors = new InvalidInputException.Collector();
        String code = Texts.blankToNull(form.code());
        if (code == null) {
            errors.add("code", "group.code.required");
        } else if (code.length() > TeachingGroup.CODE_MAX) {
            errors.add("code", "group.code.tooLong");
        } else if (!em.createQuery("SELECT g.id FROM TeachingGroup g WHERE g.schoolId = :school AND g.schoolYear = :year"
                        + " AND g.code = :code AND g.id <> :id", Long.class)
                .setParameter("school", schoolId).setParameter("year", schoolYear).setParameter("code", code)
                .setParameter("id", groupId == null ? -1L : groupId).getResultList().isEmpty()) {
            errors.add("code", "group.code.taken");
        }
        String subject = Texts.blankToNull(form.subjectCode());
        String normalised = subject == null ? null : subject.toUpperCase(Locale.ROOT);
        if (normalised == null) {
            errors.add("subjectCode", "group.subject.required");
        } else if (!TeachingGroup.SUBJECT_CODE.matcher(normalised).matches()) {
            errors.add("subjectCode", "group.subject.invalid");
        } else if (!"999999".equals(normalised) && em.createQuery("SELECT COUNT(f) FROM Fagkode f WHERE f.code = :code", Long.class)
                .setParameter("code", normalised).getSingleResult() == 0) {
            errors.add("subjectCode", "group.subject.unknown");
        }
        if (form.classId() != null) {
            SchoolClass c = em.find(SchoolClass.class, form.classId());
            if (c == null || !c.getSchool().getId().equals(schoolId) || c.getSchoolYear() != schoolYear) {
                errors.add("classId", "group.class.invalid");
            }
        }
        String block = Texts.blankToNull(form.blockCode());
        if (block != null && block.length() > TeachingGroup.BLOCK_MAX) {
            errors.add("blockCode", "group.block.tooLong");
        }
        errors.throwIfAny();
    }

    /**
     * A teacher of the school teaches the group from the day.
     *
     * @throws InvalidInputException {@code staffId} (not a teacher of the school, already teaching it), {@code from}
     */
    public void addTeacher(long groupId, Long staffId, LocalDate from) {
        TeachingGroup group = groupInScope(groupId);
        var errors = new InvalidInputException.Collector();
        if (staffId == null || choices(group.getSchoolId(), group.getSchoolYear()).teachers().stream().noneMatch(c -> c.id() == staffId)) {
            errors.add("staffId", "group.teacher.invalid");
        } else if (from != null && !em.createQuery("SELECT m.id FROM GroupTeacher m WHERE m.groupId = :group AND m.staffMemberId = :staff"
                + " AND (m.toDay IS NULL OR m.toDay > :day)", Long.class).setParameter("group", groupId).setParameter("staff", staffId)
                .setParameter("day", from).getResultList().isEmpty()) {
            errors.add("staffId", "group.teacher.already");
        }
        checkDay(group, from, "from", errors);
        errors.throwIfAny();
        em.persist(new GroupTeacher(groupId, staffId, from));
    }

    /** The teacher no longer teaches the group from the day (the history stays). */
    public void endTeacher(long groupTeacherId, LocalDate on) {
        GroupTeacher t = em.find(GroupTeacher.class, groupTeacherId);
        if (t == null) {
            throw new BusinessException(UNKNOWN_GROUP);
        }
        groupInScope(t.getGroupId());
        endAssignment(t, on, "on");
    }

    /**
     * The pupils of a class on the day (by their class placements; a pupil who has left by then is
     * not one) join the group from the day, until they leave the class or the school where that is
     * known already; a pupil already in the group then or later is not added twice.
     *
     * @return how many were added
     * @throws InvalidInputException {@code classId}, {@code from}
     */
    public int addClass(long groupId, Long classId, LocalDate from) {
        TeachingGroup group = groupInScope(groupId);
        var errors = new InvalidInputException.Collector();
        SchoolClass c = classId == null ? null : em.find(SchoolClass.class, classId);
        if (c == null || !c.getSchool().getId().equals(group.getSchoolId())) {
            errors.add("classId", "group.class.invalid");
        }
        checkDay(group, from, "from", errors);
        errors.throwIfAny();
        // the class's pupils on the day: by their class placements (a pupil who moves into the class later
        // joins from a later day); a pupil with no placement at all by their class
        List<Long> pupils = em.createQuery("SELECT s.id FROM Pupil s WHERE (s.id IN (SELECT p.pupil.id FROM ClassPlacement p"
                + " WHERE p.schoolClass.id = :class AND p.activeFrom <= :day AND (p.activeTo IS NULL OR p.activeTo > :day))"
                + " OR (s.schoolClass.id = :class AND NOT EXISTS (SELECT p2 FROM ClassPlacement p2 WHERE p2.pupil.id = s.id)))"
                + " AND (s.leftOn IS NULL OR s.leftOn > :day)"
                + " AND s.id NOT IN (SELECT m.pupilId FROM GroupMember m WHERE m.groupId = :group AND (m.toDay IS NULL OR m.toDay > :day))"
                + " ORDER BY s.id", Long.class).setParameter("class", classId).setParameter("group", groupId).setParameter("day", from)
                .getResultList();
        // each until they leave the class or the school, if that is known already
        Map<Long, LocalDate> until = new HashMap<>();
        if (!pupils.isEmpty()) {
            em.createQuery("SELECT p.pupil.id, p.activeTo FROM ClassPlacement p WHERE p.schoolClass.id = :class AND p.pupil.id IN :ids"
                            + " AND p.activeFrom <= :day AND p.activeTo IS NOT NULL AND p.activeTo > :day", Object[].class)
                    .setParameter("class", classId).setParameter("ids", pupils).setParameter("day", from).getResultList()
                    .forEach(r -> until.merge((Long) r[0], (LocalDate) r[1], GroupAdminService::earlier));
            em.createQuery("SELECT s.id, s.leftOn FROM Pupil s WHERE s.id IN :ids AND s.leftOn IS NOT NULL", Object[].class)
                    .setParameter("ids", pupils).getResultList()
                    .forEach(r -> until.merge((Long) r[0], (LocalDate) r[1], GroupAdminService::earlier));
        }
        for (Long p : pupils) {
            GroupMember member = new GroupMember(groupId, p, from, null);
            if (until.containsKey(p)) {
                member.end(until.get(p));
            }
            em.persist(member);
        }
        if (!pupils.isEmpty()) {
            accessLog.changedAll(SubjectKind.PUPIL, pupils, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
        }
        return pupils.size();
    }

    /**
     * One pupil of the school joins the group from the day.
     *
     * @throws InvalidInputException {@code pupilId} (not of the school, already in the group), {@code from}
     */
    public void addPupil(long groupId, Long pupilId, LocalDate from) {
        TeachingGroup group = groupInScope(groupId);
        var errors = new InvalidInputException.Collector();
        Long school = pupilId == null ? null : em.createQuery("SELECT s.school.id FROM Pupil s WHERE s.id = :id", Long.class)
                .setParameter("id", pupilId).getResultStream().findFirst().orElse(null);
        if (school == null || school != group.getSchoolId()) {
            errors.add("pupilId", "group.pupil.invalid");
        } else if (from != null && alreadyIn(groupId, pupilId, from)) {
            errors.add("pupilId", "group.pupil.already");
        }
        checkDay(group, from, "from", errors);
        errors.throwIfAny();
        em.persist(new GroupMember(groupId, pupilId, from, null));
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
    }

    /**
     * The pupil leaves the group on the day (the membership ends; it is kept). A membership that
     * would end on or before its first day never held: it is removed.
     */
    public void endMembership(long memberId, LocalDate on) {
        GroupMember m = memberInScope(memberId);
        var errors = new InvalidInputException.Collector();
        if (on == null) {
            errors.add("on", "group.day.required");
        }
        errors.throwIfAny();
        if (!on.isAfter(m.getFromDay())) {
            em.remove(m);
        } else {
            endAssignment(m, on, "on");
        }
        accessLog.changed(SubjectKind.PUPIL, m.getPupilId(), DataCategory.CLASSES_AND_GROUPS, PURPOSE);
    }

    /**
     * Moves the pupil to another group of the school year from the day: this membership ends that
     * day (the day before is the last in this group), the new one starts on it. Both are kept.
     *
     * @throws InvalidInputException {@code toGroupId} (not a group of the school year, the same,
     *         the pupil already in it), {@code on} (required, not after the membership's start, after its end)
     */
    public void move(long memberId, Long toGroupId, LocalDate on) {
        GroupMember m = memberInScope(memberId);
        TeachingGroup from = em.find(TeachingGroup.class, m.getGroupId());
        var errors = new InvalidInputException.Collector();
        TeachingGroup to = toGroupId == null ? null : em.find(TeachingGroup.class, toGroupId);
        if (to == null || to.getSchoolId() != from.getSchoolId() || to.getSchoolYear() != from.getSchoolYear()
                || (to.getEndedOn() != null && on != null && !to.getEndedOn().isAfter(on))) {
            errors.add("toGroupId", "group.move.invalid");
        } else if (to.getId().equals(from.getId())) {
            errors.add("toGroupId", "group.move.same");
        } else if (on != null && alreadyIn(to.getId(), m.getPupilId(), on)) {
            errors.add("toGroupId", "group.pupil.already");
        }
        if (on == null) {
            errors.add("on", "group.day.required");
        } else if (!on.isAfter(m.getFromDay()) || (m.getToDay() != null && on.isAfter(m.getToDay()))) {
            errors.add("on", "group.move.day");
        }
        errors.throwIfAny();
        m.end(on);
        em.persist(new GroupMember(to.getId(), m.getPupilId(), on, null));
        accessLog.changed(SubjectKind.PUPIL, m.getPupilId(), DataCategory.CLASSES_AND_GROUPS, PURPOSE);
    }

    /**
     * Removes the group: deleted when it never had pupils, teachers, lessons or changes; otherwise
     * ended on the day — its memberships, teachers and weekly lessons end that day too (a weekly
     * lesson that would only start then goes), and the history stays.
     *
     * @return true when it was deleted, false when it was ended
     */
    public boolean remove(long groupId, LocalDate on) {
        TeachingGroup group = groupInScope(groupId);
        boolean used = count("SELECT COUNT(m) FROM GroupMember m WHERE m.groupId = :group", groupId)
                + count("SELECT COUNT(t) FROM GroupTeacher t WHERE t.groupId = :group", groupId)
                + count("SELECT COUNT(l) FROM Lesson l WHERE l.groupId = :group", groupId)
                + count("SELECT COUNT(c) FROM LessonChange c WHERE c.groupId = :group", groupId) > 0;
        if (!used) {
            em.remove(group);
            return true;
        }
        var errors = new InvalidInputException.Collector();
        checkDay(group, on, "on", errors);
        errors.throwIfAny();
        List<Long> pupils = new ArrayList<>();
        for (GroupMember m : em.createQuery("SELECT m FROM GroupMember m WHERE m.groupId = :group AND (m.toDay IS NULL OR m.toDay > :day)",
                GroupMember.class).setParameter("group", groupId).setParameter("day", on).getResultList()) {
            pupils.add(m.getPupilId());
            if (on.isAfter(m.getFromDay())) {
                m.end(on);
            } else {
                em.remove(m);
            }
        }
        for (GroupTeacher t : em.createQuery("SELECT t FROM GroupTeacher t WHERE t.groupId = :group AND (t.toDay IS NULL OR t.toDay > :day)",
                GroupTeacher.class).setParameter("group", groupId).setParameter("day", on).getResultList()) {
            if (on.isAfter(t.getFromDay())) {
                t.end(on);
            } else {
                em.remove(t);
            }
        }
        for (Lesson l : em.createQuery("SELECT l FROM Lesson l WHERE l.groupId = :group AND (l.validTo IS NULL OR l.validTo > :day)",
                Lesson.class).setParameter("group", groupId).setParameter("day", on).getResultList()) {
            TimetableBuildService.endOrRemove(em, l, on);
        }
        group.endOn(on);
        if (!pupils.isEmpty()) {
            accessLog.changedAll(SubjectKind.PUPIL, pupils, DataCategory.CLASSES_AND_GROUPS, PURPOSE);
        }
        return false;
    }

    /** The school year's classes of a school of the caller, with their contact teachers (history too); empty for another school. */
    public Optional<List<GroupAdmin.ClassContacts>> classContacts(long schoolId, int schoolYear) {
        if (!mayManage(schoolId)) {
            return Optional.empty();
        }
        Map<Long, List<GroupAdmin.TeacherLine>> byClass = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.schoolClassId, m.id, s.id, s.name, m.fromDay, m.toDay FROM ContactTeacher m,"
                + " StaffMember s, SchoolClass c WHERE s.id = m.staffMemberId AND c.id = m.schoolClassId AND c.school.id = :school"
                + " AND c.schoolYear = :year ORDER BY m.fromDay DESC, s.name", Object[].class).setParameter("school", schoolId)
                .setParameter("year", schoolYear).getResultList()) {
            byClass.computeIfAbsent((Long) r[0], c -> new ArrayList<>()).add(new GroupAdmin.TeacherLine((Long) r[1], (Long) r[2],
                    (String) r[3], (LocalDate) r[4], (LocalDate) r[5]));
        }
        return Optional.of(choices(schoolId, schoolYear).classes().stream()
                .map(c -> new GroupAdmin.ClassContacts(c.id(), c.label(), byClass.getOrDefault(c.id(), List.of()))).toList());
    }

    /**
     * A teacher of the school becomes a contact teacher of the class from the day.
     *
     * @throws InvalidInputException {@code staffId} (not a teacher of the school, already so), {@code from}
     */
    public void addContactTeacher(long classId, Long staffId, LocalDate from) {
        SchoolClass c = em.find(SchoolClass.class, classId);
        if (c == null || !mayManage(c.getSchool().getId())) {
            throw new BusinessException("group.unknownClass");
        }
        var errors = new InvalidInputException.Collector();
        if (staffId == null || choices(c.getSchool().getId(), c.getSchoolYear()).teachers().stream().noneMatch(t -> t.id() == staffId)) {
            errors.add("staffId", "group.teacher.invalid");
        } else if (from != null && !em.createQuery("SELECT m.id FROM ContactTeacher m WHERE m.schoolClassId = :class"
                + " AND m.staffMemberId = :staff AND (m.toDay IS NULL OR m.toDay > :day)", Long.class).setParameter("class", classId)
                .setParameter("staff", staffId).setParameter("day", from).getResultList().isEmpty()) {
            errors.add("staffId", "group.contact.already");
        }
        if (from == null) {
            errors.add("from", "group.day.required");
        } else if (no.vis.calendar.SchoolCalendar.schoolYearOf(from) != c.getSchoolYear()) {
            errors.add("from", "group.day.outsideYear");
        }
        errors.throwIfAny();
        em.persist(new ContactTeacher(classId, staffId, from));
    }

    /** The contact teacher is no longer so from the day (the history stays). */
    public void endContactTeacher(long contactTeacherId, LocalDate on) {
        ContactTeacher t = em.find(ContactTeacher.class, contactTeacherId);
        SchoolClass c = t == null ? null : em.find(SchoolClass.class, t.getSchoolClassId());
        if (c == null || !mayManage(c.getSchool().getId())) {
            throw new BusinessException("group.unknownClass");
        }
        endAssignment(t, on, "on");
    }

    private void endAssignment(DatedAssignment a, LocalDate on, String field) {
        var errors = new InvalidInputException.Collector();
        if (on == null) {
            errors.add(field, "group.day.required");
        } else if (!on.isAfter(a.getFromDay())) {
            errors.add(field, "group.end.beforeStart");
        } else if (a.getToDay() != null && !on.isBefore(a.getToDay())) {
            errors.add(field, "group.end.alreadyEnded");
        }
        errors.throwIfAny();
        a.end(on);
    }

    private boolean alreadyIn(long groupId, long pupilId, LocalDate from) {
        return !em.createQuery("SELECT m.id FROM GroupMember m WHERE m.groupId = :group AND m.pupilId = :pupil"
                + " AND (m.toDay IS NULL OR m.toDay > :day)", Long.class).setParameter("group", groupId).setParameter("pupil", pupilId)
                .setParameter("day", from).getResultList().isEmpty();
    }

    /** A day of the group's school year (1 August – 31 July), before the group ended. */
    private static void checkDay(TeachingGroup group, LocalDate day, String field, InvalidInputException.Collector errors) {
        if (day == null) {
            errors.add(field, "group.day.required");
        } else if (day.isBefore(LocalDate.of(group.getSchoolYear(), Month.AUGUST, 1))
                || day.isAfter(LocalDate.of(group.getSchoolYear() + 1, Month.JULY, 31))) {
            errors.add(field, "group.day.outsideYear");
        } else if (group.getEndedOn() != null && !day.isBefore(group.getEndedOn())) {
            errors.add(field, "group.day.ended");
        }
    }

    private TeachingGroup groupInScope(long groupId) {
        TeachingGroup group = em.find(TeachingGroup.class, groupId);
        if (group == null || !mayManage(group.getSchoolId())) {
            throw new BusinessException(UNKNOWN_GROUP);
        }
        return group;
    }

    private GroupMember memberInScope(long memberId) {
        GroupMember m = em.find(GroupMember.class, memberId);
        if (m == null) {
            throw new BusinessException(UNKNOWN_GROUP);
        }
        groupInScope(m.getGroupId());
        return m;
    }

    private SchoolChoices choices(long schoolId, int schoolYear) {
        return timetables.choices(schoolId, LocalDate.of(schoolYear, Month.AUGUST, 1)).orElseThrow();
    }

    private Map<Long, Long> counts(String jpql, List<Long> ids, LocalDate day) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("ids", ids).setParameter("day", day).getResultList()) {
            counts.put((Long) r[0], (Long) r[1]);
        }
        return counts;
    }

    private long count(String jpql, long groupId) {
        return em.createQuery(jpql, Long.class).setParameter("group", groupId).getSingleResult();
    }

    private Map<Long, String> classCodes(List<Long> classIds) {
        Map<Long, String> codes = new HashMap<>();
        List<Long> ids = classIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT c.id, c.code FROM SchoolClass c WHERE c.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                codes.put((Long) r[0], (String) r[1]);
            }
        }
        return codes;
    }

    /** "Family, Given Middle" as people write it. */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static String shown(String given, String middle, String family) {
        PersonName n = new PersonName(given, middle, family).displayForm();
        return n.familyName() + ", " + n.givenName() + (n.middleName() == null ? "" : " " + n.middleName());
    }

    private boolean mayManage(long schoolId) {
        return staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(schoolId);
    }
}
