package no.vis.timetable.untis;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the parser read from one upload of Untis files: the rows it could use, and the lines it could
 * not, with the reason. Codes are as Untis wrote them (stripped); lists ({@code ~}-joined in Untis)
 * are split.
 */
public record GpuExport(List<String> files, List<TimetableRow> timetable, List<LessonRow> lessons, List<RoomRow> rooms,
                        List<SubstitutionRow> substitutions, List<PeriodRow> periods, List<LineProblem> problems)
        implements Serializable {

    public GpuExport {
        files = List.copyOf(files);
        timetable = List.copyOf(timetable);
        lessons = List.copyOf(lessons);
        rooms = List.copyOf(rooms);
        substitutions = List.copyOf(substitutions);
        periods = List.copyOf(periods);
        problems = List.copyOf(problems);
    }

    /** Where a row came from. */
    public record Source(GpuFile file, int line) implements Serializable {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** GPU001: a lesson number's class, teacher, subject and room in a period of a weekday (1 = Monday). */
    public record TimetableRow(Source source, int lessonNo, List<String> classes, List<String> teachers, String subject,
                               List<String> rooms, int day, int period) implements Serializable {
        public TimetableRow {
            classes = List.copyOf(classes);
            teachers = List.copyOf(teachers);
            rooms = List.copyOf(rooms);
        }
    }

    /** GPU002: a lesson number's classes, teachers, subject, room, week kind (blank, A, B…), validity and student group. */
    public record LessonRow(Source source, int lessonNo, List<String> classes, List<String> teachers, String subject,
                            String room, String weekKind, LocalDate from, LocalDate to, String studentGroup)
            implements Serializable {
        public LessonRow {
            classes = List.copyOf(classes);
            teachers = List.copyOf(teachers);
        }
    }

    /** GPU005: a room. */
    public record RoomRow(Source source, String code, String name, Integer capacity) implements Serializable {
    }

    /** GPU014: one period of one day changed: the flags (bit 0: cancelled) and Untis' kind letter. */
    public record SubstitutionRow(Source source, LocalDate date, int period, int lessonNo, String absent, String substitute,
                                  String subject, String room, String substituteRoom, List<String> classes, long flags,
                                  String kind) implements Serializable {
        public SubstitutionRow {
            classes = List.copyOf(classes);
        }
    }

    /** time.txt: a period of a weekday. */
    public record PeriodRow(Source source, int day, int period, LocalTime starts, LocalTime ends) implements Serializable {
    }

    /**
     * A line, or a whole file, that could not be used: the message key ({@code untis.line.*}) and its
     * arguments. Line 0 is the file as a whole.
     */
    public record LineProblem(String file, int line, String key, List<String> arguments) implements Serializable {
        public LineProblem {
            arguments = List.copyOf(arguments);
        }
    }
}
