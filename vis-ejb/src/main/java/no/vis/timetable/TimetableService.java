package no.vis.timetable;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import no.vis.access.Role.Names;
import no.vis.access.SchoolScope;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.calendar.CalendarService;
import no.vis.calendar.DayKind;
import no.vis.calendar.SchoolCalendar;
import no.vis.guardianship.GuardianService;
import no.vis.guardianship.VisibleChildren;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * The week's timetable of a pupil, a teacher, a class or a room, with the dated changes applied
 * and the calendar respected ({@link Timetables}). Who may see what is decided here: a pupil their
 * own week; a guardian a child's week only as the guardian access policy allows (TIMETABLE),
 * otherwise refused and logged as if the pupil did not exist; a teacher their own teaching; office
 * staff the classes, teachers, rooms and pupils of their schools. Every pupil's timetable read is
 * logged. A week is read in a handful of indexed queries whatever its size.
 */
@Stateless
public class TimetableService {

    static final String PUPIL_PAGE = "pupil-timetable";
    static final String GUARDIAN_PAGE = "guardian-timetable";
    static final String OFFICE_PAGE = "office-timetable";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    GuardianService guardians;

    @Inject
    CalendarService calendars;

    @Inject
    StaffDirectory staff;

    @Inject
    TimetableCache cache;

    @Inject
    no.vis.curriculum.SubjectCatalogue subjectTitles;

    /** The calling pupil's week (the week of {@code day}). */
    @RolesAllowed(Names.PUPIL)
    public WeekView myWeek(LocalDate day, Locale locale) {
        long pupilId = VisUserId.PUPIL.idIn(callerName()).orElseThrow(() -> new IllegalStateException("not a pupil"));
        WeekView week = pupilWeek(pupilId, day, locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.TIMETABLE, PUPIL_PAGE);
        return week;
    }

    /**
     * A child's week as the calling guardian may see it; empty — and the attempt logged as refused —
     * when the policy does not allow the timetable, or there is no such pupil.
     */
    @RolesAllowed(Names.GUARDIAN)
    public Optional<WeekView> childWeek(long pupilId, LocalDate day, Locale locale) {
        if (!guardians.mayISee(pupilId, DataCategory.TIMETABLE, GUARDIAN_PAGE)) {
            return Optional.empty();
        }
        WeekView week = pupilWeek(pupilId, day, locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.TIMETABLE, GUARDIAN_PAGE);
        return Optional.of(week);
    }

    /**
     * The calling guardian's start page in one transaction: the children they may see (logged as
     * {@link GuardianService#myChildren()} logs them) and the week of the wanted child, or of the
     * first when none is wanted. No week — and the attempt logged as refused — when the policy does not
     * allow the wanted pupil's timetable, or there is no such pupil.
     */
    @RolesAllowed(Names.GUARDIAN)
    public GuardianWeek guardianWeek(Long wantedPupilId, LocalDate day, Locale locale) {
        VisibleChildren mine = guardians.myVisibleChildren();
        Long pupilId = wantedPupilId != null ? wantedPupilId
                : mine.children().isEmpty() ? null : mine.children().get(0).pupilId();
        if (pupilId == null) {
            return new GuardianWeek(mine.children(), null, null);
        }
        if (!mine.allows(pupilId, DataCategory.TIMETABLE)) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.TIMETABLE, GUARDIAN_PAGE);
            return new GuardianWeek(mine.children(), null, null);
        }
        WeekView week = pupilWeek(pupilId, day, locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.TIMETABLE, GUARDIAN_PAGE);
        return new GuardianWeek(mine.children(), mine.shown(pupilId), week);
    }

    /** The calling teacher's week: the lessons they teach, with substitutions for and by them. */
    @RolesAllowed({Names.TEACHER, Names.CONTACT_TEACHER})
    public WeekView myTeachingWeek(LocalDate day, Locale locale) {
        long staffId = VisUserId.STAFF.idIn(callerName()).orElseThrow(() -> new IllegalStateException("not staff"));
        return teacherWeekOf(staffId, day, locale);
    }

    /** A pupil's week for office staff of the pupil's school; empty (and logged as refused) for any other pupil. */
    @RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
    public Optional<WeekView> pupilWeekForOffice(long pupilId, LocalDate day, Locale locale) {
        Long schoolId = em.createQuery("SELECT s.school.id FROM Pupil s WHERE s.id = :id", Long.class)
                .setParameter("id", pupilId).getResultStream().findFirst().orElse(null);
        if (schoolId == null || !officeScope().allows(schoolId)) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.TIMETABLE, OFFICE_PAGE);
            return Optional.empty();
        }
        WeekView week = pupilWeek(pupilId, day, locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.TIMETABLE, OFFICE_PAGE);
        return Optional.of(week);
    }

    /** A class's week: the lessons of every group its pupils are in, and of its own groups. */
    @RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
    public Optional<WeekView> classWeek(long classId, LocalDate day, Locale locale) {
        Long schoolId = em.createQuery("SELECT c.school.id FROM SchoolClass c WHERE c.id = :id", Long.class)
                .setParameter("id", classId).getResultStream().findFirst().orElse(null);
        if (schoolId == null || !officeScope().allows(schoolId)) {
            return Optional.empty();
        }
        LocalDate monday = SchoolCalendar.monday(day);
        LocalDate until = monday.plusWeeks(1);
        Set<Long> groupIds = new HashSet<>(em.createQuery("SELECT DISTINCT m.groupId FROM GroupMember m, Pupil s"
                        + " WHERE s.id = m.pupilId AND s.schoolClass.id = :class AND " + GroupMember.ACTIVE_BETWEEN, Long.class)
                .setParameter("class", classId).setParameter("from", monday).setParameter("until", until).getResultList());
        groupIds.addAll(em.createQuery("SELECT g.id FROM TeachingGroup g WHERE g.schoolClassId = :class", Long.class)
                .setParameter("class", classId).getResultList());
        return Optional.of(week(monday, groupIds, o -> true, locale));
    }

    /** A teacher's week for office staff of a school the teacher teaches at. */
    @RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
    public Optional<WeekView> teacherWeek(long staffMemberId, LocalDate day, Locale locale) {
        SchoolScope scope = officeScope();
        boolean teachesHere = scope.all() || em.createQuery("SELECT COUNT(r) FROM StaffRole r WHERE r.staffMember.id = :staff"
                        + " AND r.school.id IN :schools", Long.class)
                .setParameter("staff", staffMemberId).setParameter("schools", scope.schoolIds().isEmpty() ? Set.of(-1L) : scope.schoolIds())
                .getSingleResult() > 0;
        return teachesHere ? Optional.of(teacherWeekOf(staffMemberId, day, locale)) : Optional.empty();
    }

    /** A room's week for office staff of its school. */
    @RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
    public Optional<WeekView> roomWeek(long roomId, LocalDate day, Locale locale) {
        Room room = em.find(Room.class, roomId);
        if (room == null || !officeScope().allows(room.getSchoolId())) {
            return Optional.empty();
        }
        LocalDate monday = SchoolCalendar.monday(day);
        LocalDate until = monday.plusWeeks(1);
        Set<Long> groupIds = new HashSet<>(em.createQuery("SELECT DISTINCT l.groupId FROM Lesson l WHERE l.roomId = :room"
                        + " AND l.validFrom < :until AND (l.validTo IS NULL OR l.validTo > :from)", Long.class)
                .setParameter("room", roomId).setParameter("from", monday).setParameter("until", until).getResultList());
        groupIds.addAll(em.createQuery("SELECT DISTINCT c.groupId FROM LessonChange c WHERE c.roomId = :room"
                        + " AND c.heldOn >= :from AND c.heldOn < :until", Long.class)
                .setParameter("room", roomId).setParameter("from", monday).setParameter("until", until).getResultList());
        return Optional.of(week(monday, groupIds, o -> roomId == (o.roomId() == null ? -1 : o.roomId())
                || (o.status() == Occurrence.Status.CHANGED && Long.valueOf(roomId).equals(o.originalRoomId())), locale));
    }

    /** A school's classes (this school year), teachers and rooms, for office staff of the school. */
    @RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
    public Optional<SchoolChoices> choices(long schoolId, LocalDate day) {
        if (!officeScope().allows(schoolId)) {
            return Optional.empty();
        }
        return Optional.of(schoolChoices(schoolId, SchoolCalendar.schoolYearOf(day)));
    }

    private SchoolChoices schoolChoices(long schoolId, int schoolYear) {
        List<Choice> classes = em.createQuery("SELECT NEW no.vis.timetable.Choice(c.id, c.code) FROM SchoolClass c"
                + " WHERE c.school.id = :school AND c.schoolYear = :year ORDER BY c.code", Choice.class)
                .setParameter("school", schoolId).setParameter("year", schoolYear).getResultList();
        List<Choice> teachers = em.createQuery("SELECT DISTINCT NEW no.vis.timetable.Choice(m.id, m.name) FROM StaffRole r"
                + " JOIN r.staffMember m WHERE r.school.id = :school AND r.role IN :roles ORDER BY m.name", Choice.class)
                .setParameter("school", schoolId)
                .setParameter("roles", List.of(no.vis.access.Role.TEACHER, no.vis.access.Role.CONTACT_TEACHER)).getResultList();
        List<Choice> rooms = em.createQuery("SELECT NEW no.vis.timetable.Choice(r.id, r.code) FROM Room r"
                + " WHERE r.schoolId = :school ORDER BY r.code", Choice.class).setParameter("school", schoolId).getResultList();
        return new SchoolChoices(classes, teachers, rooms);
    }

    /** The school's changed occurrences on the day (cancelled, moved, new room, substitute, extra), for its office. */
    @RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
    public Optional<List<LessonView>> dayChanges(long schoolId, LocalDate day, Locale locale) {
        if (!officeScope().allows(schoolId)) {
            return Optional.empty();
        }
        Set<Long> groupIds = new HashSet<>(em.createQuery("SELECT DISTINCT c.groupId FROM LessonChange c, TeachingGroup g"
                        + " WHERE g.id = c.groupId AND g.schoolId = :school AND (c.heldOn = :day OR c.originalDay = :day)", Long.class)
                .setParameter("school", schoolId).setParameter("day", day).getResultList());
        OccurrenceLoader loader = new OccurrenceLoader(em, calendars);
        OccurrenceLoader.Loaded loaded = loader.load(groupIds, day, day.plusDays(1));
        List<Occurrence> changed = loaded.occurrences().stream().filter(o -> o.status() != Occurrence.Status.REGULAR).toList();
        WeekView view = views(SchoolCalendar.monday(day), loader, loaded, changed, locale);
        DayView d = view.day(day);
        return Optional.of(d == null ? List.of() : d.lessons());
    }

    /**
     * One occurrence for the office to change: of a weekly lesson on its original day, or an extra
     * lesson (its change). Empty for one outside the caller's schools or not in the timetable.
     */
    @RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
    public Optional<EditableOccurrence> editable(Long lessonId, LocalDate originalDay, Long changeId) {
        LessonChange change = changeId != null ? em.find(LessonChange.class, changeId)
                : em.createQuery("SELECT c FROM LessonChange c WHERE c.lessonId = :lesson AND c.originalDay = :day", LessonChange.class)
                .setParameter("lesson", lessonId).setParameter("day", originalDay).getResultStream().findFirst().orElse(null);
        Lesson lesson = lessonId != null ? em.find(Lesson.class, lessonId)
                : change != null && change.getLessonId() != null ? em.find(Lesson.class, change.getLessonId()) : null;
        long groupId = lesson != null ? lesson.getGroupId() : change != null ? change.getGroupId() : -1;
        TeachingGroup group = em.find(TeachingGroup.class, groupId);
        if (group == null || !officeScope().allows(group.getSchoolId()) || (lesson == null && change == null)) {
            return Optional.empty();
        }
        LocalDate original = lesson == null ? null : change != null ? change.getOriginalDay() : originalDay;
        if (lesson != null) {
            SchoolCalendar calendar = calendars.calendar(group.getSchoolId(), original, original.plusDays(1)).orElse(null);
            if (calendar == null || !Timetables.heldOn(lesson.weekly(), original, calendar)) {
                return Optional.empty();
            }
        }
        DatedChange dated = change == null ? null : change.dated();
        Occurrence.Status status = change == null ? Occurrence.Status.REGULAR : switch (change.getKind()) {
            case CANCELLED -> Occurrence.Status.CANCELLED;
            case CHANGED -> Occurrence.Status.CHANGED;
            case EXTRA -> Occurrence.Status.EXTRA;
        };
        boolean held = dated != null && dated.heldOn() != null;
        String title = subjectTitles.titles(Set.of(group.getSubjectCode()), Locale.forLanguageTag("nb"))
                .getOrDefault(group.getSubjectCode(), group.getSubjectCode());
        return Optional.of(new EditableOccurrence(lesson == null ? null : lesson.getId(), change == null ? null : change.getId(),
                groupId, group.getSchoolId(), group.getCode(), title, original,
                lesson == null ? null : lesson.getStarts(), lesson == null ? null : lesson.getEnds(), status,
                held ? dated.heldOn() : original, held ? dated.starts() : lesson.getStarts(), held ? dated.ends() : lesson.getEnds(),
                held ? dated.roomId() : lesson.getRoomId(), held ? dated.teacherIds() : lesson.getTeacherIds(),
                change == null ? null : change.getNote(), schoolChoices(group.getSchoolId(), group.getSchoolYear())));
    }

    /** A new extra lesson of a group, for the office to fill in: the group's teachers, today, no room yet. */
    @RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
    public Optional<EditableOccurrence> newExtra(long groupId) {
        TeachingGroup group = em.find(TeachingGroup.class, groupId);
        if (group == null || !officeScope().allows(group.getSchoolId())) {
            return Optional.empty();
        }
        LocalDate today = no.vis.common.Today.inNorway();
        Set<Long> teachers = new HashSet<>(em.createQuery("SELECT t.staffMemberId FROM GroupTeacher t WHERE t.groupId = :group"
                + " AND t.fromDay <= :day AND (t.toDay IS NULL OR t.toDay > :day)", Long.class)
                .setParameter("group", groupId).setParameter("day", today).getResultList());
        String title = subjectTitles.titles(Set.of(group.getSubjectCode()), Locale.forLanguageTag("nb"))
                .getOrDefault(group.getSubjectCode(), group.getSubjectCode());
        return Optional.of(new EditableOccurrence(null, null, groupId, group.getSchoolId(), group.getCode(), title, null, null,
                null, Occurrence.Status.EXTRA, today, java.time.LocalTime.of(14, 0), java.time.LocalTime.of(14, 45), null,
                teachers, null, schoolChoices(group.getSchoolId(), group.getSchoolYear())));
    }

    private WeekView pupilWeek(long pupilId, LocalDate day, Locale locale) {
        LocalDate monday = SchoolCalendar.monday(day);
        // values, not entities: nothing for the persistence context to keep and check at commit
        List<Membership> memberships = em.createQuery("SELECT NEW no.vis.timetable.Membership(m.groupId, m.fromDay, m.toDay)"
                        + " FROM GroupMember m WHERE m.pupilId = :pupil AND " + GroupMember.ACTIVE_BETWEEN, Membership.class)
                .setParameter("pupil", pupilId).setParameter("from", monday).setParameter("until", monday.plusWeeks(1))
                .getResultList();
        Set<Long> groupIds = new HashSet<>();
        memberships.forEach(m -> groupIds.add(m.groupId()));
        Map<Long, List<Membership>> byGroup = new HashMap<>();
        memberships.forEach(m -> byGroup.computeIfAbsent(m.groupId(), g -> new ArrayList<>()).add(m));
        return week(monday, groupIds, o -> byGroup.getOrDefault(o.groupId(), List.of()).stream().anyMatch(m -> m.on(o.day())),
                locale);
    }

    private WeekView teacherWeekOf(long staffId, LocalDate day, Locale locale) {
        LocalDate monday = SchoolCalendar.monday(day);
        LocalDate until = monday.plusWeeks(1);
        Set<Long> groupIds = new HashSet<>(em.createQuery("SELECT DISTINCT l.groupId FROM Lesson l JOIN l.teacherIds t"
                        + " WHERE t = :staff AND l.validFrom < :until AND (l.validTo IS NULL OR l.validTo > :from)", Long.class)
                .setParameter("staff", staffId).setParameter("from", monday).setParameter("until", until).getResultList());
        groupIds.addAll(em.createQuery("SELECT DISTINCT c.groupId FROM LessonChange c JOIN c.teacherIds t"
                        + " WHERE t = :staff AND c.heldOn >= :from AND c.heldOn < :until", Long.class)
                .setParameter("staff", staffId).setParameter("from", monday).setParameter("until", until).getResultList());
        // a lesson of theirs given to a substitute shows too, so they know
        return week(monday, groupIds, o -> o.teacherIds().contains(staffId)
                || (o.status() != Occurrence.Status.EXTRA && o.originalTeacherIds().contains(staffId)), locale);
    }

    /**
     * The week of the groups' occurrences that pass the filter, as views: the groups' weeks from the
     * {@link TimetableCache}, those it does not have loaded together.
     */
    private WeekView week(LocalDate monday, Collection<Long> groupIds, Predicate<Occurrence> mine, Locale locale) {
        Map<Long, TimetableCache.GroupWeek> weeks = cache.groupWeeks(groupIds, monday,
                missing -> new OccurrenceLoader(em, calendars).groupWeeks(missing, monday));
        List<Occurrence> occurrences = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> rooms = new HashMap<>();
        Map<Long, String[]> groups = new HashMap<>();
        SchoolCalendar calendar = null;
        for (TimetableCache.GroupWeek w : weeks.values()) {
            for (Occurrence o : w.occurrences()) {
                if (mine.test(o)) {
                    occurrences.add(o);
                }
            }
            names.putAll(w.staffNames());
            rooms.putAll(w.roomCodes());
            groups.put(w.groupId(), new String[] {w.code(), w.subjectCode()});
            if (calendar == null) {
                calendar = w.calendar();
            }
        }
        occurrences.sort(Timetables.ORDER);
        return views(monday, calendar, occurrences, groups, names, rooms, locale);
    }

    /** Views of occurrences loaded without the cache (the office's changes of a day). */
    private WeekView views(LocalDate monday, OccurrenceLoader loader, OccurrenceLoader.Loaded loaded, List<Occurrence> occurrences,
                           Locale locale) {
        Map<Long, String[]> groups = new HashMap<>();
        loaded.groups().forEach((id, g) -> groups.put(id, new String[] {g.getCode(), g.getSubjectCode()}));
        return views(monday, loaded.calendar(), occurrences, groups, loader.staffNames(OccurrenceLoader.staffOf(occurrences)),
                loader.roomCodes(OccurrenceLoader.roomsOf(occurrences)), locale);
    }

    /** The week's days with their lessons; {@code groups} gives each group's code and fagkode. */
    private WeekView views(LocalDate monday, SchoolCalendar calendar, List<Occurrence> occurrences, Map<Long, String[]> groups,
                           Map<Long, String> names, Map<Long, String> rooms, Locale locale) {
        Set<String> subjectCodes = new HashSet<>();
        for (Occurrence o : occurrences) {
            subjectCodes.add(groups.get(o.groupId())[1]);
        }
        Map<String, String> titles = cache.titles(subjectCodes, locale.getLanguage(), missing -> subjectTitles.titles(missing, locale));
        Map<LocalDate, List<LessonView>> byDay = new HashMap<>();
        for (Occurrence o : occurrences) {
            String[] g = groups.get(o.groupId());
            byDay.computeIfAbsent(o.day(), d -> new ArrayList<>()).add(new LessonView(o.key(), o.lessonId(), o.changeId(), o.groupId(), o.day(), o.starts(), o.ends(),
                    g[1], titles.getOrDefault(g[1], g[1]), g[0],
                    sortedNames(o.teacherIds(), names), o.roomId() == null ? null : rooms.get(o.roomId()), o.status(),
                    o.moved(), o.roomChanged(), sortedNames(o.substitutes(), names), o.originalDay(), o.originalStarts(),
                    o.originalRoomId() == null ? null : rooms.get(o.originalRoomId()), o.note()));
        }
        List<DayView> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            DayKind kind = calendar == null ? DayKind.OUTSIDE_YEAR : calendar.kindOf(d);
            List<LessonView> lessons = byDay.getOrDefault(d, List.of());
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend || !lessons.isEmpty() || kind.hasLessons()) {
                days.add(new DayView(d, kind, calendar == null ? null : calendar.noteOf(d), lessons));
            }
        }
        return new WeekView(monday, calendar == null ? null : calendar.weekLetterOf(monday), calendar != null, days);
    }

    private static List<String> sortedNames(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "?")).sorted(Comparator.naturalOrder()).toList();
    }


    private SchoolScope officeScope() {
        return staff.callerScope(no.vis.access.Role.OFFICE, no.vis.access.Role.COUNTY_ADMIN);
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }
}
