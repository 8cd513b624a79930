package no.vis.timetable.untis;

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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.calendar.CalendarService;
import no.vis.calendar.LessonPeriod;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.timetable.ChangeKind;
import no.vis.timetable.GroupMember;
import no.vis.timetable.GroupTeacher;
import no.vis.timetable.Lesson;
import no.vis.timetable.LessonChange;
import no.vis.timetable.Room;
import no.vis.timetable.TeachingGroup;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The office's import of a school's timetable from Untis' GPU files. {@link #preview} reads the files
 * and says what an import from a day would do — the conflicts report — and writes nothing;
 * {@link #apply} does it, in one transaction: groups and rooms created, the school's earlier UNTIS
 * lessons that the files no longer hold ended at the day (or removed, if they start on or after it),
 * office-placed lessons that clash with the import ended, the files' lessons written (refused ones and
 * unapproved pupil clashes left out) and GPU014's changes written; an earlier import's changes from the
 * day on that the uploaded GPU014 no longer holds are removed (not those the office has edited since).
 * A lesson or change that is already as the files say is left alone, so importing the same files again
 * changes nothing. Office staff import only for their own schools.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class UntisImportService {

    private static final Logger LOG = Logger.getLogger(UntisImportService.class.getName());

    /** The most an upload may hold in all (bytes); {@code vis.untis.max-bytes}. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffDirectory staff;

    @Inject
    CalendarService calendars;

    /** The upload limit in bytes. */
    public static long maxBytes() {
        return ConfigProvider.getConfig().getOptionalValue("vis.untis.max-bytes", Long.class).orElse(DEFAULT_MAX_BYTES);
    }

    /** The conflicts report: what an import of the files from the day would do. Writes nothing. */
    public UntisPlan preview(long schoolId, LocalDate from, Map<String, byte[]> files) {
        return plan(schoolId, from, files);
    }

    /**
     * Imports the files from the day; the pupil clashes whose keys are in {@code approved} are
     * accepted (their lessons written), other lessons needing approval and refused ones are left out.
     */
    public UntisImportResult apply(long schoolId, LocalDate from, Map<String, byte[]> files, Set<String> approved) {
        UntisPlan plan = plan(schoolId, from, files);
        Set<String> ok = approved == null ? Set.of() : Set.copyOf(approved);
        String by = "untis/" + VisUserId.nameOf(session.getCallerPrincipal());
        int schoolYear = SchoolCalendar.schoolYearOf(from);
        int[] n = new int[12];

        Map<String, Long> roomIds = new HashMap<>();
        for (UntisPlan.NewRoom r : plan.newRooms()) {
            Room room = new Room(schoolId, r.code(), r.name(), r.capacity(), null);
            em.persist(room);
            em.flush();
            roomIds.put(r.code(), room.getId());
            n[5]++;
        }
        Map<String, Long> groupIds = new HashMap<>();
        Set<String> neededGroups = new HashSet<>();
        plan.lessons().stream().filter(l -> l.groupId() == null && l.written(ok, plan.clashes()))
                .forEach(l -> neededGroups.add(l.groupCode().toUpperCase(Locale.ROOT)));
        for (UntisPlan.NewGroup g : plan.newGroups()) {
            if (!neededGroups.contains(g.code().toUpperCase(Locale.ROOT))) {
                continue;
            }
            TeachingGroup group = new TeachingGroup(schoolId, schoolYear, g.code(), g.subject(), g.classId(), null);
            em.persist(group);
            em.flush();
            groupIds.put(g.code().toUpperCase(Locale.ROOT), group.getId());
            g.pupilIds().forEach(p -> em.persist(new GroupMember(group.getId(), p, from, null)));
            n[4]++;
        }

        // the school's weekly lessons valid on or after the day
        List<Lesson> existing = em.createQuery("SELECT l FROM Lesson l WHERE l.groupId IN (SELECT g.id FROM TeachingGroup g"
                + " WHERE g.schoolId = :school AND g.schoolYear = :year) AND (l.validTo IS NULL OR l.validTo > :from)", Lesson.class)
                .setParameter("school", schoolId).setParameter("year", schoolYear).setParameter("from", from).getResultList();
        Map<String, Lesson> written = new HashMap<>();
        Set<Long> kept = new HashSet<>();
        Map<Long, Set<Long>> teachersOfGroup = new HashMap<>();
        for (UntisPlan.Lesson l : plan.lessons()) {
            if (!l.written(ok, plan.clashes())) {
                n[10]++;
                continue;
            }
            long groupId = l.groupId() != null ? l.groupId() : groupIds.get(l.groupCode().toUpperCase(Locale.ROOT));
            Long roomId = l.roomCode() == null ? null : l.roomId() != null ? l.roomId() : roomIds.get(l.roomCode());
            Lesson same = existing.stream().filter(e -> e.getSource() == Lesson.Source.UNTIS && !kept.contains(e.getId())
                    && e.getGroupId() == groupId && e.getWeekday() == l.weekday() && e.getStarts().equals(l.starts())
                    && e.getEnds().equals(l.ends()) && Objects.equals(e.getFirstPeriod(), l.firstPeriod())
                    && Objects.equals(e.getLastPeriod(), l.lastPeriod()) && Objects.equals(e.getRoomId(), roomId)
                    && e.getTeacherIds().equals(l.teacherIds()) && e.getWeekKind() == l.weekKind()
                    && !e.getValidFrom().isAfter(l.validFrom()) && Objects.equals(e.getValidTo(), l.validTo()))
                    .findFirst().orElse(null);
            if (same != null) {
                kept.add(same.getId());
                written.put(l.key(), same);
                n[1]++;
            } else {
                Lesson lesson = new Lesson(groupId, l.weekday(), l.starts(), l.ends(), l.firstPeriod(), l.lastPeriod(), roomId,
                        l.weekKind(), l.validFrom(), l.validTo(), l.teacherIds(), Lesson.Source.UNTIS);
                em.persist(lesson);
                written.put(l.key(), lesson);
                n[0]++;
            }
            teachersOfGroup.computeIfAbsent(groupId, g -> new HashSet<>()).addAll(l.teacherIds());
        }
        Set<Long> visEnded = new HashSet<>();
        plan.visLessonsEnded().stream().filter(e -> e.clashesWith().stream().anyMatch(written::containsKey))
                .forEach(e -> visEnded.add(e.lessonId()));
        for (Lesson e : existing) {
            boolean untisGone = e.getSource() == Lesson.Source.UNTIS && !kept.contains(e.getId());
            if (untisGone || (e.getSource() == Lesson.Source.VIS && visEnded.contains(e.getId()))) {
                endOrRemove(e, from);
                n[untisGone ? 2 : 3]++;
            }
        }
        em.flush();
        // the groups' teachers
        for (Map.Entry<Long, Set<Long>> g : teachersOfGroup.entrySet()) {
            List<Long> current = em.createQuery("SELECT m.staffMemberId FROM GroupTeacher m WHERE m.groupId = :group AND "
                    + GroupMember.ACTIVE_ON_DAY, Long.class).setParameter("group", g.getKey()).setParameter("day", from).getResultList();
            for (Long t : g.getValue()) {
                if (!current.contains(t)) {
                    em.persist(new GroupTeacher(g.getKey(), t, from));
                    n[6]++;
                }
            }
        }
        // GPU014: dated changes of the lessons written
        Set<LessonChange> fromFiles = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (UntisPlan.Change c : plan.changes()) {
            Lesson lesson = written.get(c.lessonKey());
            if (lesson == null) {
                continue; // its lesson is not imported
            }
            Long roomId = c.roomCode() == null ? null : c.roomId() != null ? c.roomId() : roomIds.get(c.roomCode());
            if (c.kind() == ChangeKind.EXTRA) {
                LessonChange there = em.createQuery("SELECT c FROM LessonChange c WHERE c.groupId = :group AND c.heldOn = :day"
                        + " AND c.kind = no.vis.timetable.ChangeKind.EXTRA", LessonChange.class)
                        .setParameter("group", lesson.getGroupId()).setParameter("day", c.day()).getResultStream()
                        .filter(x -> !fromFiles.contains(x) && x.dated().starts().equals(c.starts()) && x.dated().ends().equals(c.ends())
                                && Objects.equals(x.dated().roomId(), roomId) && x.dated().teacherIds().equals(c.teacherIds()))
                        .findFirst().orElse(null);
                if (there != null) {
                    fromFiles.add(there);
                    n[9]++;
                } else {
                    LessonChange extra = LessonChange.extra(lesson.getGroupId(), c.day(), c.starts(), c.ends(), roomId, c.teacherIds(),
                            null, by);
                    em.persist(extra);
                    fromFiles.add(extra);
                    n[7]++;
                }
                continue;
            }
            LessonChange current = lesson.getId() == null ? null : em.createQuery("SELECT c FROM LessonChange c WHERE"
                    + " c.lessonId = :lesson AND c.originalDay = :day", LessonChange.class).setParameter("lesson", lesson.getId())
                    .setParameter("day", c.day()).getResultStream().findFirst().orElse(null);
            if (current == null) {
                LessonChange change = c.kind() == ChangeKind.CANCELLED ? LessonChange.cancel(lesson, c.day(), null, by)
                        : LessonChange.change(lesson, c.day(), c.day(), c.starts(), c.ends(), roomId, c.teacherIds(), null, by);
                em.persist(change);
                fromFiles.add(change);
                n[7]++;
                em.flush();
                continue;
            }
            fromFiles.add(current);
            if (sameChange(current, c, roomId) || !current.getChangedBy().startsWith("untis/")) {
                // as the files say, or the office's own since it edited it: left alone
                n[9]++;
            } else {
                current.revise(c.kind(), c.day(), c.starts(), c.ends(), roomId, c.teacherIds(), current.getNote(), by);
                n[8]++;
            }
            em.flush();
        }
        // earlier imports' changes from the day on that an uploaded GPU014 no longer holds (one the office has edited since
        // is its own; without a GPU014 in the upload the changes are left as they are)
        boolean withChanges = plan.files().stream().anyMatch(f -> GpuFile.ofName(f).orElse(null) == GpuFile.GPU014);
        for (LessonChange stale : !withChanges ? List.<LessonChange>of() : em.createQuery("SELECT c FROM LessonChange c WHERE c.groupId IN (SELECT g.id FROM TeachingGroup g"
                        + " WHERE g.schoolId = :school AND g.schoolYear = :year) AND c.changedBy LIKE 'untis/%'"
                        + " AND COALESCE(c.originalDay, c.heldOn) >= :from", LessonChange.class)
                .setHint("eclipselink.batch", "c.teacherIds").setHint("eclipselink.batch.type", "IN")
                .setParameter("school", schoolId).setParameter("year", schoolYear).setParameter("from", from).getResultList()) {
            if (!fromFiles.contains(stale)) {
                em.remove(stale);
                n[11]++;
            }
        }
        em.flush();
        UntisImportResult result = new UntisImportResult(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10],
                n[11]);
        LOG.info(() -> "Untis import at school " + schoolId + " from " + from + " by " + by + ": " + result);
        return result;
    }

    private static boolean sameChange(LessonChange current, UntisPlan.Change c, Long roomId) {
        if (current.getKind() != c.kind()) {
            return false;
        }
        if (c.kind() == ChangeKind.CANCELLED) {
            return true;
        }
        var d = current.dated();
        return c.day().equals(d.heldOn()) && c.starts().equals(d.starts()) && c.ends().equals(d.ends())
                && Objects.equals(roomId, d.roomId()) && c.teacherIds().equals(d.teacherIds());
    }

    /** Ends a weekly lesson at the day; one that starts on or after it is removed with its changes. */
    private void endOrRemove(Lesson lesson, LocalDate from) {
        if (lesson.getValidFrom().isBefore(from)) {
            lesson.endOn(from);
        } else {
            em.createQuery("DELETE FROM LessonChange c WHERE c.lessonId = :lesson").setParameter("lesson", lesson.getId())
                    .executeUpdate();
            em.remove(lesson);
        }
    }

    private UntisPlan plan(long schoolId, LocalDate from, Map<String, byte[]> files) {
        if (!staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(schoolId)
                || em.createQuery("SELECT COUNT(s) FROM School s WHERE s.id = :id", Long.class).setParameter("id", schoolId)
                .getSingleResult() == 0) {
            throw new BusinessException("untis.unknownSchool");
        }
        var errors = new InvalidInputException.Collector();
        SchoolCalendar calendar = null;
        if (from == null) {
            errors.add("from", "untis.from.required");
        } else {
            calendar = calendars.calendar(schoolId, from, from.plusYears(1)).orElse(null);
            if (calendar == null || from.isAfter(calendar.lastDay())) {
                errors.add("from", "untis.from.noYear");
            }
        }
        long bytes = files == null ? 0 : files.values().stream().mapToLong(b -> b.length).sum();
        if (files == null || files.isEmpty()) {
            errors.add("files", "untis.files.required");
        } else if (bytes > maxBytes()) {
            errors.add("files", "untis.files.tooLarge");
        } else if (files.keySet().stream().noneMatch(f -> GpuFile.ofName(f).orElse(null) == GpuFile.GPU001)) {
            errors.add("files", "untis.files.gpu001");
        }
        errors.throwIfAny();
        GpuExport export = new GpuParser(layout()).parse(new LinkedHashMap<>(files));
        return new UntisPlanner(kinds()).plan(export, context(schoolId, from, calendar));
    }

    private UntisContext context(long schoolId, LocalDate from, SchoolCalendar calendar) {
        int year = SchoolCalendar.schoolYearOf(from);
        Map<String, Long> classes = new HashMap<>();
        em.createQuery("SELECT c.code, c.id FROM SchoolClass c WHERE c.school.id = :school AND c.schoolYear = :year", Object[].class)
                .setParameter("school", schoolId).setParameter("year", year).getResultList()
                .forEach(r -> classes.put(((String) r[0]).toUpperCase(Locale.ROOT), (Long) r[1]));
        Map<Long, List<Long>> pupilsByClass = new HashMap<>();
        em.createQuery("SELECT s.schoolClass.id, s.id FROM Pupil s WHERE s.school.id = :school AND s.schoolClass.schoolYear = :year"
                        + " ORDER BY s.id", Object[].class).setParameter("school", schoolId).setParameter("year", year).getResultList()
                .forEach(r -> pupilsByClass.computeIfAbsent((Long) r[0], c -> new ArrayList<>()).add((Long) r[1]));
        Map<String, UntisContext.Group> groups = new HashMap<>();
        Map<Long, String> groupCodes = new HashMap<>();
        em.createQuery("SELECT g FROM TeachingGroup g WHERE g.schoolId = :school AND g.schoolYear = :year", TeachingGroup.class)
                .setParameter("school", schoolId).setParameter("year", year).getResultList().forEach(g -> {
                    groups.put(g.getCode().toUpperCase(Locale.ROOT), new UntisContext.Group(g.getId(), g.getCode(), g.getSubjectCode()));
                    groupCodes.put(g.getId(), g.getCode());
                });
        Map<Long, Set<Long>> members = new HashMap<>();
        em.createQuery("SELECT m.groupId, m.pupilId FROM GroupMember m WHERE m.groupId IN (SELECT g.id FROM TeachingGroup g"
                        + " WHERE g.schoolId = :school AND g.schoolYear = :year) AND " + GroupMember.ACTIVE_ON_DAY, Object[].class)
                .setParameter("school", schoolId).setParameter("year", year).setParameter("day", from).getResultList()
                .forEach(r -> members.computeIfAbsent((Long) r[0], g -> new HashSet<>()).add((Long) r[1]));
        Map<String, Long> teachers = new HashMap<>();
        em.createQuery("SELECT DISTINCT m.shortCode, m.id FROM StaffRole r JOIN r.staffMember m WHERE r.school.id = :school"
                        + " AND m.shortCode IS NOT NULL", Object[].class).setParameter("school", schoolId).getResultList()
                .forEach(r -> teachers.put(((String) r[0]).toUpperCase(Locale.ROOT), (Long) r[1]));
        Map<String, Long> rooms = new HashMap<>();
        em.createQuery("SELECT r.code, r.id FROM Room r WHERE r.schoolId = :school", Object[].class).setParameter("school", schoolId)
                .getResultList().forEach(r -> rooms.put(((String) r[0]).toUpperCase(Locale.ROOT), (Long) r[1]));
        Map<DayOfWeek, Map<Integer, UntisContext.Times>> grid = new HashMap<>();
        for (LessonPeriod p : calendars.allPeriods(schoolId)) {
            grid.computeIfAbsent(p.getWeekday(), d -> new HashMap<>()).put(p.getNumber(),
                    new UntisContext.Times(p.getStarts(), p.getEnds()));
        }
        List<UntisContext.Existing> lessons = new ArrayList<>();
        em.createQuery("SELECT l FROM Lesson l WHERE l.groupId IN (SELECT g.id FROM TeachingGroup g WHERE g.schoolId = :school"
                        + " AND g.schoolYear = :year) AND (l.validTo IS NULL OR l.validTo > :from)", Lesson.class)
                .setHint("eclipselink.batch", "l.teacherIds").setHint("eclipselink.batch.type", "IN")
                .setParameter("school", schoolId).setParameter("year", year).setParameter("from", from).getResultList()
                .forEach(l -> lessons.add(new UntisContext.Existing(l.getId(), l.getGroupId(),
                        groupCodes.getOrDefault(l.getGroupId(), "?"), l.getWeekday(), l.getStarts(), l.getEnds(), l.getFirstPeriod(),
                        l.getLastPeriod(), l.getRoomId(), l.getTeacherIds(), l.getWeekKind(), l.getValidFrom(), l.getValidTo(),
                        l.getSource())));
        return new UntisContext(schoolId, year, from, calendar, classes, pupilsByClass, groups, members, teachers, rooms, grid,
                lessons);
    }

    /** The column layout: the defaults, with {@code vis.untis.columns.gpu001} … {@code .periods} where set. */
    static GpuLayout layout() {
        Map<GpuFile, String> overrides = new EnumMap<>(GpuFile.class);
        for (GpuFile f : GpuFile.values()) {
            ConfigProvider.getConfig().getOptionalValue("vis.untis.columns." + f.name().toLowerCase(Locale.ROOT), String.class)
                    .ifPresent(v -> overrides.put(f, v));
        }
        return GpuLayout.with(overrides);
    }

    /** GPU014's kind letters: the defaults, with {@code vis.untis.gpu014.kinds} ({@code C=CANCELLED,R=ROOM,…}) on top. */
    static Map<String, UntisPlanner.SubstitutionKind> kinds() {
        Map<String, UntisPlanner.SubstitutionKind> kinds = new HashMap<>(UntisPlanner.DEFAULT_KINDS);
        ConfigProvider.getConfig().getOptionalValue("vis.untis.gpu014.kinds", String.class).ifPresent(spec -> {
            for (String part : spec.split(",")) {
                String[] kv = part.split("=", 2);
                if (kv.length == 2) {
                    kinds.put(kv[0].strip().toUpperCase(Locale.ROOT), UntisPlanner.SubstitutionKind.valueOf(kv[1].strip()));
                }
            }
        });
        return kinds;
    }
}
