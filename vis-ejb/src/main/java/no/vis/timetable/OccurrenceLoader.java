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
    record Loaded(Map<Long, TeachingGroup> groups, List<Occurrence> occurrences, SchoolCalendar calendar) {
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
        return new Loaded(groups, occurrences, calendar);
    }

    /** The calendar of one school for the range (or null when its school year does not exist). */
    SchoolCalendar calendar(long schoolId, LocalDate from, LocalDate until) {
        return calendars.calendar(schoolId, from, until).orElse(null);
    }

    private static <T> TypedQuery<T> batch(TypedQuery<T> query, String alias) {
        return query.setHint(BATCH, alias + ".teacherIds").setHint(BATCH_TYPE, "IN");
    }
}
