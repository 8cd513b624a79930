package no.vis.timetable;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.calendar.CalendarService;
import no.vis.calendar.PeriodGrids;
import no.vis.calendar.SchoolCalendar;
import no.vis.calendar.WeekKind;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.curriculum.SubjectCatalogue;

/**
 * The office builds the weekly timetable in VIS: the period grid of a class or a group, weekly
 * lessons placed in consecutive periods (room, teachers, every week or A or B weeks, valid from a
 * day until a day), moved and removed from a day, and a week copied forward. Nothing before today is
 * rewritten: a lesson is ended from a day (today or later) and kept; only a lesson that would first
 * be held on or after that day is deleted, with its dated changes. A teacher or a room in two places
 * at once is refused with what it clashes with, pupils in two groups at once unless the office
 * approves it — the rules of {@link Clashes}, against the other weekly lessons valid at the same
 * time. Office staff work only on their own schools.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class TimetableBuildService {

    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    CalendarService calendars;

    @Inject
    TimetableService timetables;

    @Inject
    SubjectCatalogue catalogue;

    // ---------------------------------------------------------------- the grid

    /**
     * The week's period grid of a class ({@code class:12}: its own groups and its pupils' groups) or
     * a group ({@code group:34}) of the caller's schools; empty for anything else.
     */
    public Optional<TimetableBuild.Grid> grid(String show, LocalDate day, Locale locale) {
        if (show == null || !show.matches("(class|group):\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(show.substring(show.indexOf(':') + 1));
        LocalDate monday = SchoolCalendar.monday(day);
        LocalDate until = monday.plusWeeks(1);
        long schoolId;
        int schoolYear;
        String label;
        Set<Long> groupIds = new HashSet<>();
        if (show.startsWith("class")) {
            no.vis.school.SchoolClass c = em.find(no.vis.school.SchoolClass.class, id);
            if (c == null || !mayBuild(c.getSchool().getId())) {
                return Optional.empty();
            }
            schoolId = c.getSchool().getId();
            schoolYear = c.getSchoolYear();
            label = c.getCode();
            groupIds.addAll(classGroups(id, monday, until));
        } else {
            TeachingGroup g = em.find(TeachingGroup.class, id);
            if (g == null || !mayBuild(g.getSchoolId())) {
                return Optional.empty();
            }
            schoolId = g.getSchoolId();
            schoolYear = g.getSchoolYear();
            label = g.getCode();
            groupIds.add(id);
        }
        Map<Long, TeachingGroup> groups = new HashMap<>();
        List<Lesson> lessons = new ArrayList<>();
        if (!groupIds.isEmpty()) {
            em.createQuery("SELECT g FROM TeachingGroup g WHERE g.id IN :ids", TeachingGroup.class).setParameter("ids", groupIds)
                    .getResultStream().forEach(g -> groups.put(g.getId(), g));
            lessons.addAll(em.createQuery("SELECT l FROM Lesson l WHERE l.groupId IN :ids AND l.validFrom < :until"
                    + " AND (l.validTo IS NULL OR l.validTo > :from) ORDER BY l.startsAt, l.id", Lesson.class)
                    .setParameter("ids", groupIds).setParameter("from", monday).setParameter("until", until).getResultList());
        }
        Map<Long, String> names = staffNames(lessons.stream().flatMap(l -> l.getTeacherIds().stream()).toList());
        Map<Long, String> rooms = roomCodes(lessons.stream().map(Lesson::getRoomId).toList());
        Map<String, String> titles = catalogue.titles(groups.values().stream().map(TeachingGroup::getSubjectCode).toList(), locale);
        List<PeriodGrids.Entry> grid = calendars.allPeriods(schoolId).stream().map(PeriodGrids.Entry::of).toList();
        List<TimetableBuild.GridDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            List<TimetableBuild.GridLesson> ofDay = lessons.stream().filter(l -> l.weekly().covers(d)).map(l -> {
                TeachingGroup g = groups.get(l.getGroupId());
                return new TimetableBuild.GridLesson(l.getId(), g.getId(), g.getCode(), titles.getOrDefault(g.getSubjectCode(),
                        g.getSubjectCode()), l.getStarts(), l.getEnds(), l.getFirstPeriod(), l.getLastPeriod(),
                        l.getRoomId() == null ? null : rooms.get(l.getRoomId()),
                        String.join(", ", l.getTeacherIds().stream().map(t -> names.getOrDefault(t, "?")).sorted().toList()),
                        l.getWeekKind(), l.getValidFrom(), l.getValidTo(), l.getRoomId(), l.getTeacherIds());
            }).toList();
            boolean weekend = i >= 5;
            if (weekend && ofDay.isEmpty()) {
                continue;
            }
            List<PeriodGrids.Entry> periods = PeriodGrids.ofDay(grid, d.getDayOfWeek());
            PeriodGrids.Layout<TimetableBuild.GridLesson> layout = PeriodGrids.layout(periods, ofDay,
                    TimetableBuild.GridLesson::starts, TimetableBuild.GridLesson::ends);
            days.add(new TimetableBuild.GridDay(d, periods.stream().map(p -> new TimetableBuild.GridPeriod(p.number(), p.starts(),
                    p.ends(), layout.in(p.number()))).toList(), layout.outside()));
        }
        WeekKind letter = calendars.calendar(schoolId, monday, until).map(c -> c.weekLetterOf(monday)).orElse(null);
        List<Choice> placeable = groups.values().stream().filter(g -> g.getEndedOn() == null || g.getEndedOn().isAfter(monday))
                .sorted(java.util.Comparator.comparing(TeachingGroup::getCode)).map(g -> new Choice(g.getId(), g.getCode())).toList();
        return Optional.of(new TimetableBuild.Grid(schoolId, schoolYear, label, monday, letter, days, placeable,
                timetables.choices(schoolId, monday).orElseThrow()));
    }

    // ---------------------------------------------------------------- placing, moving, removing

    /**
     * Places a weekly lesson.
     *
     * @return its id
     * @throws InvalidInputException {@code groupId}, {@code weekday}, {@code firstPeriod},
     *         {@code lastPeriod}, {@code roomId}, {@code teacherIds}, {@code weekKind}, {@code validFrom}, {@code validTo}
     * @throws BusinessException {@code timetable.clash.teacher}, {@code .room} or {@code .pupils} with what it clashes with
     */
    public long place(TimetableBuild.Placement placement) {
        TeachingGroup group = placement.groupId() == null ? null : em.find(TeachingGroup.class, placement.groupId());
        if (group != null && !mayBuild(group.getSchoolId())) {
            group = null;
        }
        WeeklyLesson candidate = check(group, placement, null);
        Lesson lesson = create(candidate, placement.firstPeriod(), placement.lastPeriod());
        return lesson.getId();
    }

    /**
     * Moves a weekly lesson from a day ({@code validFrom}, today or later): the lesson ends that
     * day and the new placement starts on it (a lesson not yet begun is replaced). Same checks as
     * {@link #place}; the lesson's own group.
     *
     * @return the id of the lesson from the day
     */
    public long move(long lessonId, TimetableBuild.Placement placement) {
        Lesson old = lessonInScope(lessonId);
        TeachingGroup group = em.find(TeachingGroup.class, old.getGroupId());
        TimetableBuild.Placement p = new TimetableBuild.Placement(group.getId(), placement.weekday(), placement.firstPeriod(),
                placement.lastPeriod(), placement.roomId(), placement.teacherIds(), placement.weekKind(), placement.validFrom(),
                placement.validTo(), placement.pupilClashApproved());
        WeeklyLesson candidate = check(group, p, old);
        endOrRemove(em, old, p.validFrom());
        em.flush();
        return create(candidate, p.firstPeriod(), p.lastPeriod()).getId();
    }

    /**
     * The lesson is no longer held from the day (today or later): it ends then, and its history
     * stays; one that would first be held on or after the day is deleted with its dated changes.
     *
     * @throws InvalidInputException {@code validFrom} (required, before today, after the lesson ended)
     */
    public void remove(long lessonId, LocalDate from) {
        Lesson lesson = lessonInScope(lessonId);
        var errors = new InvalidInputException.Collector();
        checkFrom(from, lesson, errors);
        errors.throwIfAny();
        endOrRemove(em, lesson, from);
    }

    /** Ends the lesson on the day, or deletes it (with its dated changes) when it would first be held on or after it. */
    static void endOrRemove(EntityManager em, Lesson lesson, LocalDate day) {
        if (day.isAfter(lesson.getValidFrom())) {
            lesson.endOn(day);
            return;
        }
        em.createQuery("SELECT c FROM LessonChange c WHERE c.lessonId = :lesson", LessonChange.class)
                .setParameter("lesson", lesson.getId()).getResultStream().forEach(em::remove);
        em.flush();
        em.remove(lesson);
    }

    private void checkFrom(LocalDate from, Lesson lesson, InvalidInputException.Collector errors) {
        if (from == null) {
            errors.add("validFrom", "timetable.build.from.required");
        } else if (from.isBefore(Today.inNorway())) {
            errors.add("validFrom", "timetable.build.from.past");
        } else if (lesson.getValidTo() != null && !from.isBefore(lesson.getValidTo())) {
            errors.add("validFrom", "timetable.build.from.afterEnd");
        }
    }

    /** The placement checked field by field and for clashes; the weekly lesson it makes (id -1). */
    private WeeklyLesson check(TeachingGroup group, TimetableBuild.Placement p, Lesson replacing) {
        var errors = new InvalidInputException.Collector();
        if (group == null) {
            errors.add("groupId", "timetable.unknownGroup");
        }
        if (p.weekday() == null) {
            errors.add("weekday", "timetable.build.weekday.required");
        }
        if (p.weekKind() == null) {
            errors.add("weekKind", "timetable.build.weekKind.required");
        }
        if (replacing != null) {
            checkFrom(p.validFrom(), replacing, errors);
        } else if (p.validFrom() == null) {
            errors.add("validFrom", "timetable.build.from.required");
        }
        LocalTime[] times = null;
        if (group != null) {
            LocalDate yearStart = LocalDate.of(group.getSchoolYear(), Month.AUGUST, 1);
            LocalDate yearEnd = yearStart.plusYears(1);
            if (p.validFrom() != null && (p.validFrom().isBefore(yearStart) || !p.validFrom().isBefore(yearEnd))) {
                errors.add("validFrom", "timetable.build.from.outsideYear");
            } else if (p.validFrom() != null && group.getEndedOn() != null && !p.validFrom().isBefore(group.getEndedOn())) {
                errors.add("validFrom", "group.day.ended");
            }
            if (p.validTo() != null && (p.validFrom() != null && !p.validTo().isAfter(p.validFrom()) || p.validTo().isAfter(yearEnd))) {
                errors.add("validTo", "timetable.build.to.invalid");
            }
            if (p.firstPeriod() == null) {
                errors.add("firstPeriod", "timetable.build.period.required");
            } else if (p.weekday() != null) {
                List<PeriodGrids.Entry> day = PeriodGrids.ofDay(calendars.allPeriods(group.getSchoolId()).stream()
                        .map(PeriodGrids.Entry::of).toList(), p.weekday());
                times = PeriodGrids.span(day, p.firstPeriod(), p.lastPeriod() == null ? p.firstPeriod() : p.lastPeriod()).orElse(null);
                if (times == null) {
                    errors.add(p.lastPeriod() == null ? "firstPeriod" : "lastPeriod", "timetable.build.periods.invalid");
                }
            }
            SchoolChoices choices = timetables.choices(group.getSchoolId(), LocalDate.of(group.getSchoolYear(), Month.AUGUST, 1))
                    .orElseThrow();
            if (p.roomId() != null && choices.rooms().stream().noneMatch(r -> r.id() == p.roomId())) {
                errors.add("roomId", "timetable.room.unknown");
            }
            if (p.teacherIds().stream().anyMatch(t -> choices.teachers().stream().noneMatch(c -> c.id() == t))) {
                errors.add("teacherIds", "timetable.build.teacher.invalid");
            }
        }
        errors.throwIfAny();
        WeeklyLesson candidate = new WeeklyLesson(-1, group.getId(), p.weekday(), times[0], times[1], p.roomId(), p.weekKind(),
                p.validFrom(), p.validTo(), p.teacherIds());
        Set<Long> ignore = replacing == null ? Set.of() : Set.of(replacing.getId());
        firstClash(List.of(candidate), ignore, null, p.pupilClashApproved()).ifPresent(clash -> {
            throw new BusinessException(clash.kind().messageKey(), clash.with().label());
        });
        return candidate;
    }

    /**
     * The first clash of the new lessons with the weekly lessons valid at the same time (and with
     * each other), leaving out the lessons in {@code ignore} (those the change ends).
     */
    private Optional<Clashes.Clash> firstClash(List<WeeklyLesson> created, Set<Long> ignore, Clashes.Days copiedWeek,
                                               boolean pupilClashApproved) {
        if (created.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = created.stream().map(WeeklyLesson::validFrom).min(LocalDate::compareTo).orElseThrow();
        LocalDate until = created.stream().anyMatch(l -> l.validTo() == null) ? NEVER
                : created.stream().map(WeeklyLesson::validTo).max(LocalDate::compareTo).orElseThrow();
        Set<Long> groups = new HashSet<>();
        Set<Long> teachers = new HashSet<>();
        Set<Long> rooms = new HashSet<>();
        created.forEach(l -> {
            groups.add(l.groupId());
            teachers.addAll(l.teacherIds());
            if (l.roomId() != null) {
                rooms.add(l.roomId());
            }
        });
        Map<Long, Map<Long, List<Clashes.Days>>> shared = sharedPupilDays(groups, new Clashes.Days(from, until));
        Set<Long> otherGroups = new HashSet<>();
        shared.values().forEach(m -> otherGroups.addAll(m.keySet()));
        Map<Long, WeeklyLesson> others = new HashMap<>();
        String valid = " AND l.validFrom < :until AND (l.validTo IS NULL OR l.validTo > :from)";
        if (!teachers.isEmpty()) {
            collect(others, em.createQuery("SELECT DISTINCT l FROM Lesson l JOIN l.teacherIds t WHERE t IN :ids" + valid, Lesson.class)
                    .setParameter("ids", teachers), from, until);
        }
        if (!rooms.isEmpty()) {
            collect(others, em.createQuery("SELECT l FROM Lesson l WHERE l.roomId IN :ids" + valid, Lesson.class)
                    .setParameter("ids", rooms), from, until);
        }
        otherGroups.addAll(groups);
        collect(others, em.createQuery("SELECT l FROM Lesson l WHERE l.groupId IN :ids" + valid, Lesson.class)
                .setParameter("ids", otherGroups), from, until);
        ignore.forEach(others::remove);
        Map<Long, String> codes = new HashMap<>();
        Set<Long> allGroups = new HashSet<>(otherGroups);
        others.values().forEach(l -> allGroups.add(l.groupId()));
        em.createQuery("SELECT g.id, g.code FROM TeachingGroup g WHERE g.id IN :ids", Object[].class).setParameter("ids", allGroups)
                .getResultStream().forEach(r -> codes.put((Long) r[0], (String) r[1]));
        Function<WeeklyLesson, String> label = l -> codes.getOrDefault(l.groupId(), "?") + " " + l.starts() + "–" + l.ends();
        List<WeeklyLesson> all = new ArrayList<>(others.values());
        all.sort(java.util.Comparator.comparing(WeeklyLesson::starts).thenComparingLong(WeeklyLesson::id));
        for (int i = 0; i < created.size(); i++) {
            WeeklyLesson c = created.get(i);
            List<WeeklyLesson> against = new ArrayList<>(all);
            against.addAll(created.subList(i + 1, created.size()));
            Optional<Clashes.Clash> clash = Clashes.firstWeekly(c, against, shared.getOrDefault(c.groupId(), Map.of()),
                    pupilClashApproved, label);
            if (clash.isPresent()) {
                return clash;
            }
        }
        return firstDatedClash(created, ignore, copiedWeek, from, until, teachers, rooms);
    }

    /**
     * The first clash of the new lessons with the dated changes held at the same moment on a day a
     * new lesson is held (school day, its week, its validity): an extra lesson, or a lesson moved
     * there or given another teacher or room, with a teacher or the room in common. (A change of a
     * lesson the change ends does not count, nor one of the week being copied, which the copy is made
     * of; pupils are left to the weekly rule.)
     */
    private Optional<Clashes.Clash> firstDatedClash(List<WeeklyLesson> created, Set<Long> ignore, Clashes.Days copiedWeek,
                                                   LocalDate from, LocalDate until, Set<Long> teachers, Set<Long> rooms) {
        Map<Long, DatedChange> changes = new HashMap<>();
        // held: not a cancellation, and a change of a lesson only while the lesson is valid on its day (as Timetables shows it)
        String held = " AND c.kind <> no.vis.timetable.ChangeKind.CANCELLED AND c.heldOn >= :from AND c.heldOn < :until"
                + " AND (c.lessonId IS NULL OR EXISTS (SELECT l FROM Lesson l WHERE l.id = c.lessonId AND l.validFrom <= c.originalDay"
                + " AND (l.validTo IS NULL OR l.validTo > c.originalDay)))";
        if (!teachers.isEmpty()) {
            OccurrenceLoader.batch(em.createQuery("SELECT DISTINCT c FROM LessonChange c JOIN c.teacherIds t WHERE t IN :ids"
                    + held, LessonChange.class), "c").setParameter("ids", teachers).setParameter("from", from).setParameter("until", until)
                    .getResultStream().forEach(c -> changes.put(c.getId(), c.dated()));
        }
        if (!rooms.isEmpty()) {
            OccurrenceLoader.batch(em.createQuery("SELECT c FROM LessonChange c WHERE c.roomId IN :ids" + held, LessonChange.class),
                    "c").setParameter("ids", rooms).setParameter("from", from).setParameter("until", until).getResultStream()
                    .forEach(c -> changes.put(c.getId(), c.dated()));
        }
        changes.values().removeIf(c -> c.lessonId() != null && ignore.contains(c.lessonId()) || c.starts() == null
                || copiedWeek != null && copiedWeek.contains(c.heldOn()));
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        TeachingGroup group = em.find(TeachingGroup.class, created.get(0).groupId());
        LocalDate last = changes.values().stream().map(DatedChange::heldOn).max(LocalDate::compareTo).orElseThrow();
        SchoolCalendar calendar = group == null ? null
                : calendars.calendar(group.getSchoolId(), from, last.plusDays(1)).orElse(null);
        if (calendar == null) {
            return Optional.empty();
        }
        List<DatedChange> byDay = new ArrayList<>(changes.values());
        byDay.sort(java.util.Comparator.comparing(DatedChange::heldOn).thenComparing(DatedChange::starts)
                .thenComparingLong(DatedChange::id));
        Map<Long, String> codes = new HashMap<>();
        for (WeeklyLesson c : created) {
            for (DatedChange x : byDay) {
                LocalDate day = x.heldOn();
                if (day.getDayOfWeek() != c.weekday() || !Clashes.validity(c).contains(day) || !calendar.hasLessons(day)
                        || !c.weekKind().heldIn(calendar.weekLetterOf(day))
                        || !Clashes.overlap(c.starts(), c.ends(), x.starts(), x.ends())) {
                    continue;
                }
                boolean teacher = x.teacherIds().stream().anyMatch(c.teacherIds()::contains);
                boolean room = c.roomId() != null && c.roomId().equals(x.roomId());
                if (teacher || room) {
                    String code = codes.computeIfAbsent(x.groupId(), g -> em.createQuery("SELECT g.code FROM TeachingGroup g"
                            + " WHERE g.id = :id", String.class).setParameter("id", g).getResultStream().findFirst().orElse("?"));
                    Clashes.Slot with = new Clashes.Slot(x.groupId(), x.starts(), x.ends(), x.roomId(), x.teacherIds(),
                            code + " " + day + " " + x.starts() + "–" + x.ends());
                    return Optional.of(new Clashes.Clash(teacher ? Clashes.Kind.TEACHER : Clashes.Kind.ROOM, with));
                }
            }
        }
        return Optional.empty();
    }

    private static void collect(Map<Long, WeeklyLesson> into, TypedQuery<Lesson> query, LocalDate from, LocalDate until) {
        query.setParameter("from", from).setParameter("until", until).getResultStream()
                .forEach(l -> into.put(l.getId(), l.weekly()));
    }

    /**
     * For each of the groups, the other groups it shares a pupil with and on which days (the days
     * both memberships hold, within the range).
     */
    private Map<Long, Map<Long, List<Clashes.Days>>> sharedPupilDays(Collection<Long> groups, Clashes.Days range) {
        record M(long group, long pupil, Clashes.Days days) {
        }
        String overlap = " AND m.fromDay < :until AND (m.toDay IS NULL OR m.toDay > :from)";
        List<M> ours = em.createQuery("SELECT m FROM GroupMember m WHERE m.groupId IN :ids" + overlap, GroupMember.class)
                .setParameter("ids", groups).setParameter("from", range.from()).setParameter("until", range.until()).getResultStream()
                .map(m -> new M(m.getGroupId(), m.getPupilId(), new Clashes.Days(m.getFromDay(), m.getToDay()))).toList();
        Map<Long, Map<Long, List<Clashes.Days>>> shared = new HashMap<>();
        if (ours.isEmpty()) {
            return shared;
        }
        Set<Long> pupils = new HashSet<>();
        ours.forEach(m -> pupils.add(m.pupil()));
        Map<Long, List<M>> byPupil = new HashMap<>();
        em.createQuery("SELECT m FROM GroupMember m WHERE m.pupilId IN :ids" + overlap, GroupMember.class)
                .setParameter("ids", pupils).setParameter("from", range.from()).setParameter("until", range.until()).getResultStream()
                .forEach(m -> byPupil.computeIfAbsent(m.getPupilId(), p -> new ArrayList<>())
                        .add(new M(m.getGroupId(), m.getPupilId(), new Clashes.Days(m.getFromDay(), m.getToDay()))));
        for (M mine : ours) {
            for (M other : byPupil.getOrDefault(mine.pupil(), List.of())) {
                Clashes.Days both = other.group() == mine.group() ? null : mine.days().intersection(other.days());
                if (both != null) {
                    shared.computeIfAbsent(mine.group(), g -> new HashMap<>()).computeIfAbsent(other.group(), g -> new ArrayList<>())
                            .add(both);
                }
            }
        }
        return shared;
    }

    private Lesson create(WeeklyLesson l, Integer first, Integer last) {
        Lesson lesson = new Lesson(l.groupId(), l.weekday(), l.starts(), l.ends(), first, last == null ? first : last, l.roomId(),
                l.weekKind(), l.validFrom(), l.validTo(), l.teacherIds(), Lesson.Source.VIS);
        em.persist(lesson);
        em.flush();
        return lesson;
    }

    // ---------------------------------------------------------------- copying a week

    /** What copying the week would do, and the clash that would stop it; nothing is written. */
    public TimetableBuild.CopyPreview previewCopy(TimetableBuild.CopyRequest request, Locale locale) {
        return copyPlan(request, locale).preview();
    }

    /**
     * Copies the week: the plan of {@link #previewCopy} carried out.
     *
     * @throws InvalidInputException {@code scope}, {@code week}, {@code target}, {@code from}
     * @throws BusinessException a clash, as {@link #place}
     */
    public TimetableBuild.CopyPreview copy(TimetableBuild.CopyRequest request, Locale locale) {
        CopyWork work = copyPlan(request, locale);
        if (work.preview().clashKey() != null) {
            throw new BusinessException(work.preview().clashKey(), work.preview().clashWith());
        }
        Map<Long, Lesson> current = new HashMap<>();
        if (!work.plan().ended().isEmpty()) {
            em.createQuery("SELECT l FROM Lesson l WHERE l.id IN :ids", Lesson.class)
                    .setParameter("ids", work.plan().ended().stream().map(WeeklyLesson::id).toList()).getResultStream()
                    .forEach(l -> current.put(l.getId(), l));
        }
        work.plan().ended().forEach(l -> endOrRemove(em, current.get(l.id()), request.from()));
        em.flush();
        for (WeeklyLesson l : work.created()) {
            Integer[] periods = PeriodGrids.periodsOf(PeriodGrids.ofDay(work.grid(), l.weekday()), l.starts(), l.ends());
            create(l, periods[0], periods[1]);
        }
        return work.preview();
    }

    private record CopyWork(WeekCopy.Plan plan, List<WeeklyLesson> created, List<PeriodGrids.Entry> grid,
                            TimetableBuild.CopyPreview preview) {
    }

    private CopyWork copyPlan(TimetableBuild.CopyRequest request, Locale locale) {
        var errors = new InvalidInputException.Collector();
        if (!mayBuild(request.schoolId())) {
            throw new BusinessException("group.unknownSchool");
        }
        Long classId = null;
        String scope = request.scope() == null ? "" : request.scope();
        if (scope.matches("class:\\d{1,18}")) {
            classId = Long.parseLong(scope.substring(6));
            no.vis.school.SchoolClass c = em.find(no.vis.school.SchoolClass.class, classId);
            if (c == null || c.getSchool().getId() != request.schoolId()) {
                errors.add("scope", "timetable.copy.scope.invalid");
            }
        } else if (!"school".equals(scope)) {
            errors.add("scope", "timetable.copy.scope.invalid");
        }
        if (request.week() == null) {
            errors.add("week", "timetable.copy.week.required");
        }
        if (request.target() == null) {
            errors.add("target", "timetable.build.weekKind.required");
        }
        if (request.from() == null) {
            errors.add("from", "timetable.build.from.required");
        } else if (request.from().isBefore(Today.inNorway())) {
            errors.add("from", "timetable.build.from.past");
        } else if (request.week() != null && SchoolCalendar.schoolYearOf(request.week()) != SchoolCalendar.schoolYearOf(request.from())) {
            errors.add("from", "timetable.copy.from.otherYear");
        }
        errors.throwIfAny();
        LocalDate monday = SchoolCalendar.monday(request.week());
        LocalDate until = monday.plusWeeks(1);
        int year = SchoolCalendar.schoolYearOf(request.week());
        Set<Long> groupIds = new HashSet<>(classId != null ? classGroups(classId, monday, until)
                : em.createQuery("SELECT g.id FROM TeachingGroup g WHERE g.schoolId = :school AND g.schoolYear = :year", Long.class)
                .setParameter("school", request.schoolId()).setParameter("year", year).getResultList());
        OccurrenceLoader.Loaded loaded = new OccurrenceLoader(em, calendars).load(groupIds, monday, until);
        List<WeekCopy.Slot> slots = WeekCopy.slotsOf(loaded.occurrences());
        List<WeeklyLesson> current = groupIds.isEmpty() ? List.of() : em.createQuery("SELECT l FROM Lesson l WHERE l.groupId IN :ids"
                + " AND (l.validTo IS NULL OR l.validTo > :from)", Lesson.class).setParameter("ids", groupIds)
                .setParameter("from", request.from()).getResultStream().map(Lesson::weekly).toList();
        WeekCopy.Plan plan = WeekCopy.plan(slots, current, request.target(), request.from());
        List<WeeklyLesson> created = new ArrayList<>();
        for (int i = 0; i < plan.created().size(); i++) {
            WeekCopy.Created c = plan.created().get(i);
            WeekCopy.Slot s = c.slot();
            created.add(new WeeklyLesson(-(i + 2), s.groupId(), s.weekday(), s.starts(), s.ends(), s.roomId(), c.kind(), request.from(),
                    null, s.teacherIds()));
        }
        Set<Long> ended = new HashSet<>();
        plan.ended().forEach(l -> ended.add(l.id()));
        Optional<Clashes.Clash> clash = firstClash(created, ended, new Clashes.Days(monday, until), request.pupilClashApproved());
        List<PeriodGrids.Entry> grid = calendars.allPeriods(request.schoolId()).stream().map(PeriodGrids.Entry::of).toList();
        // names for the preview
        Set<Long> groups = new HashSet<>(groupIds);
        Set<Long> teacherIds = new HashSet<>();
        List<Long> roomIds = new ArrayList<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.concat(plan.kept().stream(), plan.ended().stream()), created.stream())
                .forEach(l -> {
                    groups.add(l.groupId());
                    teacherIds.addAll(l.teacherIds());
                    roomIds.add(l.roomId());
                });
        Map<Long, String> codes = new HashMap<>();
        if (!groups.isEmpty()) {
            em.createQuery("SELECT g.id, g.code FROM TeachingGroup g WHERE g.id IN :ids", Object[].class).setParameter("ids", groups)
                    .getResultStream().forEach(r -> codes.put((Long) r[0], (String) r[1]));
        }
        Map<Long, String> names = staffNames(teacherIds);
        Map<Long, String> rooms = roomCodes(roomIds);
        Function<WeeklyLesson, TimetableBuild.CopyLine> line = l -> new TimetableBuild.CopyLine(codes.getOrDefault(l.groupId(), "?"),
                l.weekday(), l.starts(), l.ends(), l.roomId() == null ? null : rooms.get(l.roomId()),
                String.join(", ", l.teacherIds().stream().map(t -> names.getOrDefault(t, "?")).sorted().toList()), l.weekKind());
        SchoolCalendar calendar = loaded.calendar() != null ? loaded.calendar()
                : calendars.calendar(request.schoolId(), monday, until).orElse(null);
        List<LocalDate> daysOff = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            if (calendar == null || !calendar.hasLessons(monday.plusDays(i))) {
                daysOff.add(monday.plusDays(i));
            }
        }
        TimetableBuild.CopyPreview preview = new TimetableBuild.CopyPreview(plan.kept().stream().map(line).toList(),
                plan.ended().stream().map(line).toList(), created.stream().map(line).toList(),
                clash.map(c -> c.kind().messageKey()).orElse(null), clash.map(c -> c.with().label()).orElse(null), daysOff);
        return new CopyWork(plan, created, grid, preview);
    }

    // ---------------------------------------------------------------- helpers

    /** A class's own groups and the groups its pupils are in during the range. */
    private List<Long> classGroups(long classId, LocalDate from, LocalDate until) {
        Set<Long> ids = new HashSet<>(em.createQuery("SELECT DISTINCT m.groupId FROM GroupMember m, Pupil s"
                        + " WHERE s.id = m.pupilId AND s.schoolClass.id = :class AND " + GroupMember.ACTIVE_BETWEEN, Long.class)
                .setParameter("class", classId).setParameter("from", from).setParameter("until", until).getResultList());
        ids.addAll(em.createQuery("SELECT g.id FROM TeachingGroup g WHERE g.schoolClassId = :class", Long.class)
                .setParameter("class", classId).getResultList());
        return List.copyOf(ids);
    }

    private Lesson lessonInScope(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || !mayBuild(em.find(TeachingGroup.class, lesson.getGroupId()).getSchoolId())) {
            throw new BusinessException("timetable.unknownLesson");
        }
        return lesson;
    }

    private Map<Long, String> staffNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT m.id, m.name FROM StaffMember m WHERE m.id IN :ids", Object[].class)
                    .setParameter("ids", new HashSet<>(ids)).getResultStream().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    private Map<Long, String> roomCodes(Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        Set<Long> wanted = new HashSet<>(ids);
        wanted.remove(null);
        if (!wanted.isEmpty()) {
            em.createQuery("SELECT r.id, r.code FROM Room r WHERE r.id IN :ids", Object[].class).setParameter("ids", wanted)
                    .getResultStream().forEach(r -> codes.put((Long) r[0], (String) r[1]));
        }
        return codes;
    }

    private boolean mayBuild(long schoolId) {
        return staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(schoolId);
    }
}
