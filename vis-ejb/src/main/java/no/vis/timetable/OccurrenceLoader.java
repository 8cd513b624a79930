package no.vis.timetable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.vis.calendar.CalendarService;
import no.vis.calendar.SchoolCalendar;

/**
 * Loads the occurrences of some groups in a date range: the groups, their weekly lessons and dated
 * changes (teachers batch-fetched), and their schools' calendars, in five or six queries.
 */
final class OccurrenceLoader {

    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    /** What was loaded: the groups by id, the occurrences in order, and the calendar of the first school (or null). */
    record Loaded(Map<Long, TeachingGroup> groups, List<Occurrence> occurrences, SchoolCalendar calendar,
                  Map<Long, Optional<SchoolCalendar>> calendars) {
    }

    private final EntityManager em;
    private final CalendarService calendars;

    OccurrenceLoader(EntityManager em, CalendarService calendars) {
        this.em = em;
        this.calendars = calendars;
    }

    Loaded load(Collection<Long> groupIds, LocalDate from, LocalDate until) {
        Map<Long, TeachingGroup> groups = new HashMap<>();
        List<WeeklyLesson> lessons = new ArrayList<>();
        List<DatedChange> changes = new ArrayList<>();
        if (!groupIds.isEmpty()) {
            for (TeachingGroup g : em.createQuery("SELECT g FROM TeachingGroup g WHERE g.id IN :ids", TeachingGroup.class)
                    .setParameter("ids", groupIds).getResultList()) {
                groups.put(g.getId(), g);
            }
            batch(em.createQuery("SELECT l FROM Lesson l WHERE l.groupId IN :ids AND l.validFrom < :until"
                            + " AND (l.validTo IS NULL OR l.validTo > :from)", Lesson.class), "l")
                    .setParameter("ids", groupIds).setParameter("from", from).setParameter("until", until)
                    .getResultStream().forEach(l -> lessons.add(l.weekly()));
            batch(em.createQuery("SELECT c FROM LessonChange c WHERE c.groupId IN :ids AND ((c.originalDay >= :from"
                            + " AND c.originalDay < :until) OR (c.heldOn >= :from AND c.heldOn < :until))", LessonChange.class), "c")
                    .setParameter("ids", groupIds).setParameter("from", from).setParameter("until", until)
                    .getResultStream().forEach(c -> changes.add(c.dated()));
            Set<Long> known = new HashSet<>();
            lessons.forEach(l -> known.add(l.id()));
            Set<Long> movedIn = new HashSet<>();
            changes.stream().filter(c -> c.lessonId() != null && !known.contains(c.lessonId())).forEach(c -> movedIn.add(c.lessonId()));
            if (!movedIn.isEmpty()) { // lessons moved into the range from a week their series no longer reaches
                batch(em.createQuery("SELECT l FROM Lesson l WHERE l.id IN :ids", Lesson.class), "l")
                        .setParameter("ids", movedIn).getResultStream().forEach(l -> lessons.add(l.weekly()));
            }
        }
        Map<Long, Optional<SchoolCalendar>> bySchool = new HashMap<>();
        for (TeachingGroup g : groups.values()) {
            bySchool.computeIfAbsent(g.getSchoolId(), s -> calendars.calendar(s, from, until));
        }
        // a school whose county has no school year for the range: no weekly lessons are held
        SchoolCalendar none = SchoolCalendar.plain(SchoolCalendar.schoolYearOf(from), from, from, from.plusDays(1));
        List<Occurrence> occurrences = Timetables.between(from, until, lessons, changes,
                g -> bySchool.get(groups.get(g).getSchoolId()).orElse(none));
        SchoolCalendar calendar = bySchool.values().stream().flatMap(Optional::stream).findFirst().orElse(null);
        return new Loaded(groups, occurrences, calendar, bySchool);
    }

    /**
     * The weeks from {@code monday} of the groups, each with its school's calendar and the names of
     * the teachers and rooms its occurrences show (two more queries for all of them).
     */
    Map<Long, TimetableCache.GroupWeek> groupWeeks(Collection<Long> groupIds, LocalDate monday) {
        Loaded loaded = load(groupIds, monday, monday.plusWeeks(1));
        Map<Long, List<Occurrence>> byGroup = new HashMap<>();
        for (Occurrence o : loaded.occurrences()) {
            byGroup.computeIfAbsent(o.groupId(), g -> new ArrayList<>()).add(o);
        }
        Map<Long, String> names = staffNames(staffOf(loaded.occurrences()));
        Map<Long, String> rooms = roomCodes(roomsOf(loaded.occurrences()));
        Map<Long, TimetableCache.GroupWeek> weeks = new HashMap<>();
        for (TeachingGroup g : loaded.groups().values()) {
            List<Occurrence> occurrences = List.copyOf(byGroup.getOrDefault(g.getId(), List.of()));
            Map<Long, String> groupNames = new HashMap<>();
            Map<Long, String> groupRooms = new HashMap<>();
            for (Occurrence o : occurrences) {
                o.teacherIds().forEach(id -> groupNames.put(id, names.get(id)));
                o.originalTeacherIds().forEach(id -> groupNames.put(id, names.get(id)));
                if (o.roomId() != null) {
                    groupRooms.put(o.roomId(), rooms.get(o.roomId()));
                }
                if (o.originalRoomId() != null) {
                    groupRooms.put(o.originalRoomId(), rooms.get(o.originalRoomId()));
                }
            }
            groupNames.values().removeIf(java.util.Objects::isNull);
            groupRooms.values().removeIf(java.util.Objects::isNull);
            weeks.put(g.getId(), new TimetableCache.GroupWeek(g.getId(), g.getSchoolId(), g.getCode(), g.getSubjectCode(),
                    occurrences, loaded.calendars().get(g.getSchoolId()).orElse(null), Map.copyOf(groupNames),
                    Map.copyOf(groupRooms)));
        }
        return weeks;
    }

    /** The teachers the occurrences name, now and originally. */
    static Set<Long> staffOf(Collection<Occurrence> occurrences) {
        Set<Long> ids = new HashSet<>();
        for (Occurrence o : occurrences) {
            ids.addAll(o.teacherIds());
            ids.addAll(o.originalTeacherIds());
        }
        return ids;
    }

    /** The rooms the occurrences name, now and originally. */
    static Set<Long> roomsOf(Collection<Occurrence> occurrences) {
        Set<Long> ids = new HashSet<>();
        for (Occurrence o : occurrences) {
            if (o.roomId() != null) {
                ids.add(o.roomId());
            }
            if (o.originalRoomId() != null) {
                ids.add(o.originalRoomId());
            }
        }
        return ids;
    }

    /** The staff members' names by id. */
    Map<Long, String> staffNames(Collection<Long> staffIds) {
        Map<Long, String> names = new HashMap<>();
        if (!staffIds.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT m.id, m.name FROM StaffMember m WHERE m.id IN :ids", Object[].class)
                    .setParameter("ids", staffIds).getResultList()) {
                names.put((Long) r[0], (String) r[1]);
            }
        }
        return names;
    }

    /** The rooms' codes by id. */
    Map<Long, String> roomCodes(Collection<Long> roomIds) {
        Map<Long, String> rooms = new HashMap<>();
        if (!roomIds.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT r.id, r.code FROM Room r WHERE r.id IN :ids", Object[].class)
                    .setParameter("ids", roomIds).getResultList()) {
                rooms.put((Long) r[0], (String) r[1]);
            }
        }
        return rooms;
    }

    /** The calendar of one school for the range (or null when its school year does not exist). */
    SchoolCalendar calendar(long schoolId, LocalDate from, LocalDate until) {
        return calendars.calendar(schoolId, from, until).orElse(null);
    }

    /** The query's lessons' or changes' ({@code alias}) teachers read with them, in one more query for all. */
    static <T> TypedQuery<T> batch(TypedQuery<T> query, String alias) {
        return query.setHint(BATCH, alias + ".teacherIds").setHint(BATCH_TYPE, "IN");
    }
}
