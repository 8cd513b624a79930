package no.vis.timetable;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.vis.calendar.WeekKind;

/** What the office's timetable building screens show and send: the period grid, a lesson's placement, a week's copy. */
public final class TimetableBuild {

    private TimetableBuild() {
    }

    /**
     * A weekly lesson placed by the office: its group, weekday, consecutive periods of the school's
     * grid (their times become the lesson's), room, teachers, every week or A or B weeks, and from a
     * day until a day (exclusive; null: the year's end). A pupil clash may be approved, a teacher or
     * room clash never.
     */
    public record Placement(Long groupId, DayOfWeek weekday, Integer firstPeriod, Integer lastPeriod, Long roomId,
                            Set<Long> teacherIds, WeekKind weekKind, LocalDate validFrom, LocalDate validTo,
                            boolean pupilClashApproved) implements Serializable {
        public Placement {
            teacherIds = teacherIds == null ? Set.of() : Set.copyOf(teacherIds);
        }
    }

    /** A weekly lesson on the grid. */
    public record GridLesson(long id, long groupId, String group, String subject, LocalTime starts, LocalTime ends,
                             Integer firstPeriod, Integer lastPeriod, String room, String teachers, WeekKind weekKind,
                             LocalDate validFrom, LocalDate validTo, Long roomId, Set<Long> teacherIds) implements Serializable {
        public GridLesson {
            teacherIds = Set.copyOf(teacherIds);
        }
    }

    /** A period of a day with the lessons in it. */
    public record GridPeriod(int number, LocalTime starts, LocalTime ends, List<GridLesson> lessons) implements Serializable {
        public GridPeriod {
            lessons = List.copyOf(lessons);
        }
    }

    /** A day of the grid: its periods, and lessons that lie outside every period. */
    public record GridDay(LocalDate day, List<GridPeriod> periods, List<GridLesson> outside) implements Serializable {
        public GridDay {
            periods = List.copyOf(periods);
            outside = List.copyOf(outside);
        }
    }

    /**
     * The week's grid of a class or a group: the weekly lessons valid on each day (every week, A
     * and B weeks alike, marked), the groups that can be placed, the school's rooms and teachers.
     */
    public record Grid(long schoolId, int schoolYear, String label, LocalDate monday, WeekKind letter, List<GridDay> days,
                       List<Choice> groups, SchoolChoices choices) implements Serializable {
        public Grid {
            days = List.copyOf(days);
            groups = List.copyOf(groups);
        }

        public GridLesson lesson(long id) {
            return days.stream().flatMap(d -> java.util.stream.Stream.concat(d.periods().stream().flatMap(p -> p.lessons().stream()),
                    d.outside().stream())).filter(l -> l.id() == id).findFirst().orElse(null);
        }
    }

    /**
     * A week copied forward: the school's ({@code scope} "school") or a class's ({@code class:12})
     * week of {@code week} made the timetable from {@code from}, in every week or only A or B weeks.
     */
    public record CopyRequest(long schoolId, String scope, LocalDate week, WeekKind target, LocalDate from,
                              boolean pupilClashApproved) implements Serializable {
    }

    /** One line of a copy's preview. */
    public record CopyLine(String group, DayOfWeek weekday, LocalTime starts, LocalTime ends, String room, String teachers,
                           WeekKind weekKind) implements Serializable {
    }

    /**
     * What the copy does (or did): lessons kept as they are, ended on the day, and created from it;
     * the clash that stops it, if any (message key and what it clashes with); and the weekdays of the
     * copied week without lessons (a holiday): their lessons are not in the copy.
     */
    public record CopyPreview(List<CopyLine> kept, List<CopyLine> ended, List<CopyLine> created, String clashKey,
                              String clashWith, List<LocalDate> daysWithoutLessons) implements Serializable {
        public CopyPreview {
            kept = List.copyOf(kept);
            ended = List.copyOf(ended);
            created = List.copyOf(created);
            daysWithoutLessons = List.copyOf(daysWithoutLessons);
        }

        public boolean changesNothing() {
            return ended.isEmpty() && created.isEmpty();
        }
    }
}
