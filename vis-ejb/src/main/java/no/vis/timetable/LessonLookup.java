package no.vis.timetable;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vis.access.Role.Names;
import no.vis.calendar.CalendarService;
import no.vis.calendar.SchoolCalendar;

/**
 * Occurrences for the services that build on the timetable (absence registers and percentages): one
 * occurrence by its key, as it is held, a day's, or a year's plan, from the {@link TimetableCache} the
 * week pages use. Timetable data, not personal data; it decides nothing about who may see what: the
 * calling service does (a teacher's register is the teacher's lesson, a pupil's absence the pupil's).
 */
@Stateless
@RolesAllowed({Names.TEACHER, Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN, Names.PUPIL, Names.GUARDIAN, Names.SYSTEM})
public class LessonLookup {

    private static final Pattern WEEKLY = Pattern.compile("L(\\d{1,18})-(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern EXTRA = Pattern.compile("X(\\d{1,18})");

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    CalendarService calendars;

    @Inject
    TimetableCache cache;

    /** Whether the text has the form of an occurrence's key (so that a page can refuse anything else early). */
    public static boolean isKey(String key) {
        return key != null && (WEEKLY.matcher(key).matches() || EXTRA.matcher(key).matches());
    }

    /**
     * The occurrence of the key where it is held — moved, with a substitute, or cancelled (its status
     * says) — or empty when the key names none (no such lesson, or not held on that day).
     */
    public Optional<HeldLesson> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        long groupId;
        LocalDate heldOn;
        Matcher weekly = WEEKLY.matcher(key);
        Matcher extra = EXTRA.matcher(key);
        if (weekly.matches()) {
            LocalDate originalDay;
            try {
                originalDay = LocalDate.parse(weekly.group(2));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
            Lesson lesson = em.find(Lesson.class, Long.parseLong(weekly.group(1)));
            if (lesson == null) {
                return Optional.empty();
            }
            groupId = lesson.getGroupId();
            heldOn = em.createQuery("SELECT c.heldOn FROM LessonChange c WHERE c.lessonId = :lesson AND c.originalDay = :day"
                            + " AND c.kind = no.vis.timetable.ChangeKind.CHANGED", LocalDate.class)
                    .setParameter("lesson", lesson.getId()).setParameter("day", originalDay).getResultStream()
                    .findFirst().orElse(originalDay);
        } else if (extra.matches()) {
            LessonChange change = em.find(LessonChange.class, Long.parseLong(extra.group(1)));
            if (change == null || change.getKind() != ChangeKind.EXTRA) {
                return Optional.empty();
            }
            groupId = change.getGroupId();
            heldOn = change.getHeldOn();
        } else {
            return Optional.empty();
        }
        TimetableCache.GroupWeek week = groupWeeks(List.of(groupId), SchoolCalendar.monday(heldOn)).get(groupId);
        if (week == null) {
            return Optional.empty();
        }
        return week.occurrences().stream().filter(o -> o.key().equals(key)).findFirst().map(o -> held(o, week));
    }

    /** The occurrences of the groups on the day (cancelled ones too), in order. */
    public List<HeldLesson> onDay(Collection<Long> groupIds, LocalDate day) {
        List<HeldLesson> held = new ArrayList<>();
        for (TimetableCache.GroupWeek week : groupWeeks(groupIds, SchoolCalendar.monday(day)).values()) {
            for (Occurrence o : week.occurrences()) {
                if (o.day().equals(day)) {
                    held.add(held(o, week));
                }
            }
        }
        held.sort(Comparator.comparing(HeldLesson::occurrence, Timetables.ORDER));
        return held;
    }

    /** The groups whose lessons the staff member teaches or was to teach on the day (a substitute's too). */
    public Set<Long> groupsOfTeacher(long staffId, LocalDate day) {
        Set<Long> groupIds = new java.util.HashSet<>(em.createQuery("SELECT DISTINCT l.groupId FROM Lesson l JOIN l.teacherIds t"
                        + " WHERE t = :staff AND l.validFrom <= :day AND (l.validTo IS NULL OR l.validTo > :day)", Long.class)
                .setParameter("staff", staffId).setParameter("day", day).getResultList());
        groupIds.addAll(em.createQuery("SELECT DISTINCT c.groupId FROM LessonChange c JOIN c.teacherIds t"
                        + " WHERE t = :staff AND c.heldOn = :day", Long.class)
                .setParameter("staff", staffId).setParameter("day", day).getResultList());
        return groupIds;
    }

    /**
     * The groups' planned lessons from {@code from} until {@code until} (exclusive): each group's days and
     * minutes of the lessons held, cancelled ones left out — what absence percentages are measured against.
     */
    public Map<Long, GroupPlan> plans(Collection<Long> groupIds, LocalDate from, LocalDate until) {
        return cache.groupPlans(groupIds, from, until, missing -> {
            OccurrenceLoader.Loaded loaded = new OccurrenceLoader(em, calendars).load(missing, from, until);
            Map<Long, List<Occurrence>> byGroup = new java.util.HashMap<>();
            for (Occurrence o : loaded.occurrences()) {
                if (o.status() != Occurrence.Status.CANCELLED && !o.day().isBefore(from) && o.day().isBefore(until)) {
                    byGroup.computeIfAbsent(o.groupId(), g -> new ArrayList<>()).add(o);
                }
            }
            Map<Long, GroupPlan> plans = new java.util.HashMap<>();
            for (TeachingGroup g : loaded.groups().values()) {
                List<Occurrence> held = byGroup.getOrDefault(g.getId(), List.of());
                long[] days = new long[held.size()];
                int[] minutes = new int[held.size()];
                for (int i = 0; i < held.size(); i++) {
                    days[i] = held.get(i).day().toEpochDay();
                    minutes[i] = (int) held.get(i).length().toMinutes();
                }
                plans.put(g.getId(), new GroupPlan(g.getId(), g.getSubjectCode(), days, minutes));
            }
            return plans;
        });
    }

    /**
     * The groups' occurrences from {@code from} until {@code until} (exclusive), cancelled ones left out,
     * loaded without the cache (for set-up jobs reading a school's half-year once). Teachers' names and
     * rooms are not filled in.
     */
    public List<HeldLesson> heldBetween(Collection<Long> groupIds, LocalDate from, LocalDate until) {
        OccurrenceLoader.Loaded loaded = new OccurrenceLoader(em, calendars).load(groupIds, from, until);
        List<HeldLesson> held = new ArrayList<>();
        for (Occurrence o : loaded.occurrences()) {
            if (o.status() != Occurrence.Status.CANCELLED && !o.day().isBefore(from) && o.day().isBefore(until)) {
                TeachingGroup g = loaded.groups().get(o.groupId());
                held.add(new HeldLesson(o, g.getSchoolId(), g.getCode(), g.getSubjectCode(), List.of(), null));
            }
        }
        return held;
    }

    private Map<Long, TimetableCache.GroupWeek> groupWeeks(Collection<Long> groupIds, LocalDate monday) {
        return cache.groupWeeks(groupIds, monday, missing -> new OccurrenceLoader(em, calendars).groupWeeks(missing, monday));
    }

    private static HeldLesson held(Occurrence o, TimetableCache.GroupWeek week) {
        List<String> names = o.teacherIds().stream().map(id -> week.staffNames().getOrDefault(id, "?")).sorted().toList();
        return new HeldLesson(o, week.schoolId(), week.code(), week.subjectCode(), names,
                o.roomId() == null ? null : week.roomCodes().get(o.roomId()));
    }
}
