package no.vis.timetable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import no.vis.calendar.DayKind;
import no.vis.calendar.SchoolCalendar;

/**
 * The timetable arithmetic: which lessons are held when, as a pure function of the weekly lessons,
 * the dated changes and each group's school calendar.
 *
 * <ul>
 * <li>A weekly lesson is held on its weekday within its validity, in weeks of its letter (every, A or
 * B, as the calendar's rotation says), on days the calendar gives lessons (not on holidays, planning
 * days, weekends the rute has not made school days, or outside the year).</li>
 * <li>A CANCELLED change keeps the occurrence, marked cancelled, so that users see it is not held.</li>
 * <li>A CHANGED change replaces the occurrence by the one it describes, on its own day — which may be
 * in another week — with its real start and end, room and teachers.</li>
 * <li>EXTRA lessons and changed occurrences are dated by the office: they are shown on any day of
 * the year that is not a holiday or a planning day (a Saturday session is possible).</li>
 * </ul>
 */
public final class Timetables {

    static final Comparator<Occurrence> ORDER = Comparator.comparing(Occurrence::day)
            .thenComparing(Occurrence::starts).thenComparing(Occurrence::ends).thenComparingLong(Occurrence::groupId)
            .thenComparing(Occurrence::key);

    private Timetables() {
    }

    /**
     * The occurrences from {@code from} until {@code until} (exclusive), in order of time.
     *
     * @param lessons    the weekly lessons of the groups in question (any validity)
     * @param changes    their dated changes (at least those whose original or held-on day is in the range)
     * @param calendarOf each group's school calendar
     */
    public static List<Occurrence> between(LocalDate from, LocalDate until, Collection<WeeklyLesson> lessons,
                                           Collection<DatedChange> changes, LongFunction<SchoolCalendar> calendarOf) {
        Map<Long, WeeklyLesson> lessonById = new HashMap<>();
        for (WeeklyLesson lesson : lessons) {
            lessonById.put(lesson.id(), lesson);
        }
        Map<String, DatedChange> changeOfOccurrence = new HashMap<>();
        for (DatedChange change : changes) {
            if (change.lessonId() != null) {
                changeOfOccurrence.put(change.lessonId() + "@" + change.originalDay(), change);
            }
        }
        List<Occurrence> result = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            for (WeeklyLesson lesson : lessons) {
                if (!heldOn(lesson, day, calendarOf.apply(lesson.groupId()))) {
                    continue;
                }
                DatedChange change = changeOfOccurrence.get(lesson.id() + "@" + day);
                if (change == null) {
                    result.add(new Occurrence(lesson.groupId(), lesson.id(), null, Occurrence.Status.REGULAR, day,
                            lesson.starts(), lesson.ends(), lesson.roomId(), lesson.teacherIds(), day, lesson.starts(),
                            lesson.roomId(), lesson.teacherIds(), null));
                } else if (change.kind() == ChangeKind.CANCELLED) {
                    result.add(new Occurrence(lesson.groupId(), lesson.id(), change.id(), Occurrence.Status.CANCELLED,
                            day, lesson.starts(), lesson.ends(), lesson.roomId(), lesson.teacherIds(), day,
                            lesson.starts(), lesson.roomId(), lesson.teacherIds(), change.note()));
                }
                // a CHANGED occurrence is shown where it is held, below
            }
        }
        for (DatedChange change : changes) {
            if (change.kind() == ChangeKind.CANCELLED || change.heldOn().isBefore(from) || !change.heldOn().isBefore(until)
                    || !datedLessonsOn(calendarOf.apply(change.groupId()), change.heldOn())) {
                continue;
            }
            if (change.kind() == ChangeKind.EXTRA) {
                result.add(new Occurrence(change.groupId(), null, change.id(), Occurrence.Status.EXTRA, change.heldOn(),
                        change.starts(), change.ends(), change.roomId(), change.teacherIds(), null, null, null, null,
                        change.note()));
                continue;
            }
            WeeklyLesson lesson = lessonById.get(change.lessonId());
            if (lesson == null || !heldOn(lesson, change.originalDay(), calendarOf.apply(lesson.groupId()))) {
                continue; // the occurrence it changes is no longer in the timetable
            }
            result.add(new Occurrence(change.groupId(), change.lessonId(), change.id(), Occurrence.Status.CHANGED,
                    change.heldOn(), change.starts(), change.ends(), change.roomId(), change.teacherIds(),
                    change.originalDay(), lesson.starts(), lesson.roomId(), lesson.teacherIds(), change.note()));
        }
        result.sort(ORDER);
        return result;
    }

    /**
     * The occurrences a member of the groups takes part in: those on a day their membership of the
     * occurrence's group holds (a pupil who leaves a group on Wednesday has its Monday lessons only).
     */
    public static List<Occurrence> ofMember(List<Occurrence> occurrences, Collection<Membership> memberships) {
        Map<Long, List<Membership>> byGroup = new HashMap<>();
        for (Membership m : memberships) {
            byGroup.computeIfAbsent(m.groupId(), g -> new ArrayList<>()).add(m);
        }
        List<Occurrence> mine = new ArrayList<>();
        for (Occurrence o : occurrences) {
            List<Membership> ms = byGroup.get(o.groupId());
            if (ms != null && ms.stream().anyMatch(m -> m.on(o.day()))) {
                mine.add(o);
            }
        }
        return mine;
    }

    /** Whether the weekly lesson is held on the day by the calendar (before any change). */
    public static boolean heldOn(WeeklyLesson lesson, LocalDate day, SchoolCalendar calendar) {
        return lesson.covers(day) && calendar.hasLessons(day) && lesson.weekKind().heldIn(calendar.weekLetterOf(day));
    }

    /** Whether a dated occurrence (changed or extra) may be held on the day. */
    static boolean datedLessonsOn(SchoolCalendar calendar, LocalDate day) {
        DayKind kind = calendar.kindOf(day);
        return kind != DayKind.HOLIDAY && kind != DayKind.PLANNING_DAY && kind != DayKind.OUTSIDE_YEAR;
    }
}
