package no.vis.batch.democounty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vis.calendar.WeekKind;
import no.vis.timetable.SchoolTimetableSetup;
import no.vis.timetable.SchoolTimetableSetup.WeeklySpec;

/**
 * The demo school's timetable as Untis would export it (GPU001, GPU002, GPU005, GPU014, time.txt),
 * for trying the office's Untis import: every weekly lesson of the school (so an import replaces the
 * office-placed ones), plus what the conflicts report should show — a lesson whose teacher VIS does
 * not know, two lessons of one teacher at once (refused), a lesson for the first class at a time it
 * already has one (a pupil clash to approve), and for next week a cancellation, a substitute and a
 * change of a kind VIS does not import. A pure function of the school's set-up.
 */
final class DemoUntisFiles {

    private DemoUntisFiles() {
    }

    /**
     * @param classCodes the classes' codes by id
     * @param nextMonday the Monday GPU014's changes fall in the week of
     * @return file name → content
     */
    static Map<String, String> of(SchoolTimetableSetup setup, Map<Long, String> classCodes, LocalDate nextMonday) {
        StringBuilder gpu001 = new StringBuilder();
        StringBuilder gpu002 = new StringBuilder();
        Map<String, Integer> numbers = new LinkedHashMap<>(); // group and week kind -> Untis lesson number
        List<Integer> numberOfLesson = new ArrayList<>();
        for (WeeklySpec l : setup.lessons()) {
            SchoolTimetableSetup.Group g = setup.groups().get(l.group());
            String key = l.group() + "/" + l.weekKind();
            Integer no = numbers.get(key);
            if (no == null) {
                no = numbers.size() + 1;
                numbers.put(key, no);
                gpu002.append(course(no, classCodes.getOrDefault(g.classId(), ""), teacherCodes(setup, l.teachers()),
                        g.subjectCode(), l.room() == null ? "" : setup.rooms().get(l.room()).code(),
                        l.weekKind() == WeekKind.EVERY ? "" : l.weekKind().name(), g.code()));
            }
            numberOfLesson.add(no);
            for (int p = l.firstPeriod(); p <= l.lastPeriod(); p++) {
                for (int t : l.teachers()) {
                    gpu001.append(row(no, classCodes.getOrDefault(g.classId(), ""), setup.teachers().get(t).shortCode(),
                            g.subjectCode(), l.room() == null ? "" : setup.rooms().get(l.room()).code(), l.weekday(), p));
                }
            }
        }
        // the first class's first weekly lesson: its slot is where the report's conflicts are made
        WeeklySpec first = setup.lessons().get(0);
        String firstClass = classCodes.getOrDefault(setup.groups().get(first.group()).classId(), "1STA");
        List<Integer> free = freeTeachers(setup, first.weekday(), first.starts(), first.ends());
        gpu001.append(row(9001, firstClass, "XXX", "NOR1260", "", DayOfWeek.FRIDAY, 8));
        if (free.size() >= 2) {
            String a = setup.teachers().get(free.get(0)).shortCode();
            String b = setup.teachers().get(free.get(1)).shortCode();
            for (int p = first.firstPeriod(); p <= first.lastPeriod(); p++) {
                gpu001.append(row(9002, firstClass, a, "FSP6237", "", first.weekday(), p)); // a pupil clash for the class
                gpu001.append(row(9003, "", b, "MUS1001", "", first.weekday(), p)); // b twice at once: refused
                gpu001.append(row(9004, "", b, "MUS1002", "", first.weekday(), p));
            }
            gpu002.append(course(9003, "", b, "MUS1001", "", "", "Kor-1"));
            gpu002.append(course(9004, "", b, "MUS1002", "", "", "Band-1"));
        }
        // GPU014: next week, the first class's first two lessons held every week
        StringBuilder gpu014 = new StringBuilder();
        int id = 1;
        List<Integer> every = new ArrayList<>();
        for (int i = 0; i < setup.lessons().size() && every.size() < 3; i++) {
            WeeklySpec l = setup.lessons().get(i);
            if (l.weekKind() == WeekKind.EVERY && setup.groups().get(l.group()).classId() != null
                    && firstClass.equals(classCodes.get(setup.groups().get(l.group()).classId()))) {
                every.add(i);
            }
        }
        for (int k = 0; k < every.size(); k++) {
            WeeklySpec l = setup.lessons().get(every.get(k));
            LocalDate day = nextMonday.plusDays(l.weekday().getValue() - 1L);
            String absent = setup.teachers().get(l.teachers().get(0)).shortCode();
            List<Integer> freeThen = freeTeachers(setup, l.weekday(), l.starts(), l.ends());
            String substitute = k == 1 && !freeThen.isEmpty() ? setup.teachers().get(freeThen.get(0)).shortCode() : "";
            String kind = k == 0 ? "C" : k == 1 ? "" : "E";
            for (int p = l.firstPeriod(); p <= l.lastPeriod(); p++) {
                gpu014.append(substitution(id++, day, p, numberOfLesson.get(every.get(k)), absent, substitute,
                        setup.groups().get(l.group()).subjectCode(), l.room() == null ? "" : setup.rooms().get(l.room()).code(),
                        firstClass, k == 0 ? 1 : 0, kind));
            }
        }
        StringBuilder gpu005 = new StringBuilder();
        for (SchoolTimetableSetup.RoomSpec r : setup.rooms()) {
            gpu005.append(quote(r.code())).append(';').append(quote(r.name())).append(";;;;")
                    .append(r.capacity() == null ? "" : r.capacity()).append("\r\n");
        }
        StringBuilder time = new StringBuilder();
        for (int d = 1; d <= 5; d++) {
            for (SchoolTimetableSetup.Period p : setup.periods()) {
                time.append(d).append(' ').append(setup.periods().size()).append(' ').append(p.number()).append(' ')
                        .append(hhmm(p.starts())).append(' ').append(hhmm(p.ends())).append("\r\n");
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("GPU001.TXT", gpu001.toString());
        files.put("GPU002.TXT", gpu002.toString());
        files.put("GPU005.TXT", gpu005.toString());
        files.put("GPU014.TXT", gpu014.toString());
        files.put("time.txt", time.toString());
        return files;
    }

    private static List<Integer> freeTeachers(SchoolTimetableSetup setup, DayOfWeek day, LocalTime starts, LocalTime ends) {
        boolean[] busy = new boolean[setup.teachers().size()];
        for (WeeklySpec l : setup.lessons()) {
            if (l.weekday() == day && l.starts().isBefore(ends) && starts.isBefore(l.ends())) {
                l.teachers().forEach(t -> busy[t] = true);
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int t = 0; t < busy.length; t++) {
            if (!busy[t] && setup.teachers().get(t).shortCode() != null) {
                free.add(t);
            }
        }
        return free;
    }

    private static String teacherCodes(SchoolTimetableSetup setup, List<Integer> teachers) {
        return String.join("~", teachers.stream().map(t -> setup.teachers().get(t).shortCode()).toList());
    }

    private static String row(int no, String classCode, String teacher, String subject, String room, DayOfWeek day, int period) {
        return no + ";" + quote(classCode) + ";" + quote(teacher) + ";" + quote(subject) + ";" + quote(room) + ";" + day.getValue()
                + ";" + period + ";;\r\n";
    }

    private static String course(int no, String classCode, String teachers, String subject, String room, String week, String group) {
        String[] f = new String[46];
        Arrays.fill(f, "");
        f[0] = Integer.toString(no);
        f[1] = "2";
        f[4] = quote(classCode);
        f[5] = quote(teachers);
        f[6] = quote(subject);
        f[7] = quote(room);
        f[11] = week.isEmpty() ? "" : quote(week);
        f[41] = quote(group);
        return String.join(";", f) + "\r\n";
    }

    private static String substitution(int id, LocalDate day, int period, int lesson, String absent, String substitute,
                                       String subject, String room, String classes, int flags, String kind) {
        String[] f = new String[23];
        Arrays.fill(f, "");
        f[0] = Integer.toString(id);
        f[1] = day.toString().replace("-", "");
        f[2] = Integer.toString(period);
        f[4] = Integer.toString(lesson);
        f[5] = quote(absent);
        f[6] = quote(substitute);
        f[7] = quote(subject);
        f[11] = quote(room);
        f[14] = quote(classes);
        f[17] = Integer.toString(flags);
        f[19] = quote(kind);
        return String.join(";", f) + "\r\n";
    }

    private static String quote(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d%02d", t.getHour(), t.getMinute());
    }
}
