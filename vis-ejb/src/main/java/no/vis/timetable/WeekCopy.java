package no.vis.timetable;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import no.vis.calendar.WeekKind;

/**
 * Copying a week forward, as a pure plan: the office takes a week as it is — its weekly lessons
 * with that week's changes (a cancelled lesson is not in it, a moved one is where it was held, an
 * extra lesson is one more) — and makes it the weekly timetable from a day: every week, or only the
 * A or the B weeks (A copied to B: the B weeks become the week, the A weeks stay as they are).
 * <ul>
 * <li>A current weekly lesson that is exactly a lesson of the week (group, day, times, room,
 * teachers), already valid on the day and until the year's end, and held in the target weeks, is
 * kept as it is.</li>
 * <li>Every other current lesson held in the target weeks ends on the day. An every-week lesson
 * that ends when only the A or B weeks are copied goes on in the other letter's weeks (a copy of it
 * for those weeks from the day); lessons of the other letter are not touched.</li>
 * <li>The week's lessons not kept are created for the target weeks from the day.</li>
 * </ul>
 */
public final class WeekCopy {

    /** A lesson of the week as it is held. */
    public record Slot(long groupId, DayOfWeek weekday, LocalTime starts, LocalTime ends, Long roomId, Set<Long> teacherIds)
            implements Serializable {
        public Slot {
            teacherIds = teacherIds == null ? Set.of() : Set.copyOf(teacherIds);
        }

        static Slot of(WeeklyLesson l) {
            return new Slot(l.groupId(), l.weekday(), l.starts(), l.ends(), l.roomId(), l.teacherIds());
        }
    }

    /** A weekly lesson the plan creates: the slot, in which weeks. */
    public record Created(Slot slot, WeekKind kind) implements Serializable {
    }

    /**
     * What the copy does.
     *
     * @param kept    current lessons that already are the week's
     * @param ended   current lessons that end on the day
     * @param created lessons that begin on the day
     */
    public record Plan(List<WeeklyLesson> kept, List<WeeklyLesson> ended, List<Created> created) implements Serializable {
        public Plan {
            kept = List.copyOf(kept);
            ended = List.copyOf(ended);
            created = List.copyOf(created);
        }

        public boolean changesNothing() {
            return ended.isEmpty() && created.isEmpty();
        }
    }

    private static final Comparator<Slot> ORDER = Comparator.comparing(Slot::weekday).thenComparing(Slot::starts)
            .thenComparingLong(Slot::groupId);

    private WeekCopy() {
    }

    /** The week as it is: every occurrence that is held (not cancelled), as a slot on its weekday. */
    public static List<Slot> slotsOf(Collection<Occurrence> week) {
        return week.stream().filter(o -> o.status() != Occurrence.Status.CANCELLED)
                .map(o -> new Slot(o.groupId(), o.day().getDayOfWeek(), o.starts(), o.ends(), o.roomId(), o.teacherIds()))
                .sorted(ORDER).toList();
    }

    /**
     * The plan.
     *
     * @param week    the week's slots ({@link #slotsOf})
     * @param current the weekly lessons of the same groups that are valid on the day or later
     * @param target  EVERY, A or B
     * @param from    the first day of the copy
     */
    public static Plan plan(List<Slot> week, Collection<WeeklyLesson> current, WeekKind target, LocalDate from) {
        List<Slot> wanted = new ArrayList<>(week);
        List<WeeklyLesson> kept = new ArrayList<>();
        List<WeeklyLesson> ended = new ArrayList<>();
        List<Created> created = new ArrayList<>();
        WeekKind other = target == WeekKind.A ? WeekKind.B : target == WeekKind.B ? WeekKind.A : null;
        List<WeeklyLesson> lessons = current.stream().filter(l -> l.validTo() == null || l.validTo().isAfter(from))
                .sorted(Comparator.comparing(WeeklyLesson::weekday).thenComparing(WeeklyLesson::starts)
                        .thenComparingLong(WeeklyLesson::id)).toList();
        for (WeeklyLesson l : lessons) {
            if (other != null && l.weekKind() == other) {
                continue; // the other letter's weeks are not copied to
            }
            boolean keepable = !l.validFrom().isAfter(from) && l.validTo() == null
                    && (target == WeekKind.EVERY ? l.weekKind() == WeekKind.EVERY : true);
            if (keepable && wanted.remove(Slot.of(l))) {
                kept.add(l);
                continue;
            }
            ended.add(l);
            if (other != null && l.weekKind() == WeekKind.EVERY) {
                created.add(new Created(Slot.of(l), other));
            }
        }
        wanted.forEach(s -> created.add(new Created(s, target)));
        created.sort(Comparator.comparing((Created c) -> c.slot(), ORDER).thenComparing(Created::kind));
        return new Plan(kept, ended, created);
    }
}
