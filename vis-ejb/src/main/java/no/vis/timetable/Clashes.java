package no.vis.timetable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.vis.calendar.WeekKind;
import no.vis.common.DayPeriod;

/**
 * The clash rules of the timetable, one pure function for the single days the office changes
 * ({@link TimetableAdminService}) and the weekly lessons it places ({@link TimetableBuildService}):
 * a teacher or a room in two places at once is refused; pupils in two lessons at once (the two
 * groups share a pupil) are refused unless the office approves it. The others are looked at in
 * their order, each for teacher, then room, then pupils: the first clash found is the answer.
 */
public final class Clashes {

    /** What clashes. */
    public enum Kind {
        TEACHER("timetable.clash.teacher"), ROOM("timetable.clash.room"), PUPILS("timetable.clash.pupils");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The message key the pages show, with what it clashes with as its argument. */
        public String messageKey() {
            return messageKey;
        }
    }

    /** A lesson at a time, as the rule needs it: its group, times, room and teachers, and how to name it. */
    public record Slot(long groupId, LocalTime starts, LocalTime ends, Long roomId, Set<Long> teacherIds, String label) {
        public Slot {
            teacherIds = teacherIds == null ? Set.of() : Set.copyOf(teacherIds);
        }
    }

    /** A clash: of what kind, and with which lesson. */
    public record Clash(Kind kind, Slot with) {
    }

    private Clashes() {
    }

    /** Whether two times of a day overlap (one ending when the other starts does not). */
    public static boolean overlap(LocalTime starts, LocalTime ends, LocalTime otherStarts, LocalTime otherEnds) {
        return starts.isBefore(otherEnds) && otherStarts.isBefore(ends);
    }

    /**
     * The first clash of the candidate with the others held on the same day (only those overlapping
     * in time count).
     *
     * @param pupilGroups the groups that share a pupil with the candidate's group at that time
     */
    public static Optional<Clash> first(Slot candidate, Collection<Slot> others, Set<Long> pupilGroups, boolean pupilClashApproved) {
        for (Slot o : others) {
            if (!overlap(candidate.starts(), candidate.ends(), o.starts(), o.ends())) {
                continue;
            }
            if (o.teacherIds().stream().anyMatch(candidate.teacherIds()::contains)) {
                return Optional.of(new Clash(Kind.TEACHER, o));
            }
            if (candidate.roomId() != null && candidate.roomId().equals(o.roomId())) {
                return Optional.of(new Clash(Kind.ROOM, o));
            }
            if (!pupilClashApproved && o.groupId() != candidate.groupId() && pupilGroups.contains(o.groupId())) {
                return Optional.of(new Clash(Kind.PUPILS, o));
            }
        }
        return Optional.empty();
    }

    /** A range of days: from a day until a day (exclusive; null: open). */
    public record Days(LocalDate from, LocalDate until) {
        public boolean overlaps(Days other) {
            return (until == null || other.from.isBefore(until)) && (other.until == null || from.isBefore(other.until));
        }

        /** The days both ranges hold (null when none). */
        public Days intersection(Days other) {
            if (!overlaps(other)) {
                return null;
            }
            LocalDate f = from.isAfter(other.from) ? from : other.from;
            LocalDate u = until == null ? other.until : other.until == null ? until : until.isBefore(other.until) ? until : other.until;
            return new Days(f, u);
        }

        public boolean contains(LocalDate day) {
            return DayPeriod.contains(from, until, day);
        }
    }

    /**
     * Whether two weekly lessons can be held at the same moment: the same weekday, overlapping
     * validity, and weeks in common (every week meets A and B weeks; an A week never a B week).
     * Their times are left to {@link #first}.
     */
    public static boolean sameWeeks(WeeklyLesson a, WeeklyLesson b) {
        return a.weekday() == b.weekday() && validity(a).overlaps(validity(b)) && weeksMeet(a.weekKind(), b.weekKind());
    }

    public static boolean weeksMeet(WeekKind a, WeekKind b) {
        return a == WeekKind.EVERY || b == WeekKind.EVERY || a == b;
    }

    public static Days validity(WeeklyLesson lesson) {
        return new Days(lesson.validFrom(), lesson.validTo());
    }

    /**
     * The first clash of a weekly lesson with the other weekly lessons (the candidate itself, by id,
     * and lessons that are never held at the same moment left out).
     *
     * @param sharedPupils for each other group, the days on which it shares a pupil with the candidate's group
     * @param labels       how to name each other lesson
     */
    public static Optional<Clash> firstWeekly(WeeklyLesson candidate, Collection<WeeklyLesson> others,
                                              Map<Long, List<Days>> sharedPupils, boolean pupilClashApproved,
                                              java.util.function.Function<WeeklyLesson, String> labels) {
        Slot slot = slotOf(candidate, "");
        for (WeeklyLesson o : others) {
            if (o.id() == candidate.id() || !sameWeeks(candidate, o)) {
                continue;
            }
            Days both = validity(candidate).intersection(validity(o));
            boolean sharesPupils = sharedPupils.getOrDefault(o.groupId(), List.of()).stream().anyMatch(both::overlaps);
            Optional<Clash> clash = first(slot, List.of(slotOf(o, labels.apply(o))),
                    sharesPupils ? Set.of(o.groupId()) : Set.of(), pupilClashApproved);
            if (clash.isPresent()) {
                return clash;
            }
        }
        return Optional.empty();
    }

    private static Slot slotOf(WeeklyLesson l, String label) {
        return new Slot(l.groupId(), l.starts(), l.ends(), l.roomId(), l.teacherIds(), label);
    }
}
