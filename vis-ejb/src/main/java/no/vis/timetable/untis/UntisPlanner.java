package no.vis.timetable.untis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import no.vis.calendar.WeekKind;
import no.vis.timetable.ChangeKind;
import no.vis.timetable.Lesson.Source;
import no.vis.timetable.TeachingGroup;
import no.vis.timetable.untis.GpuExport.LessonRow;
import no.vis.timetable.untis.GpuExport.LineProblem;
import no.vis.timetable.untis.GpuExport.SubstitutionRow;
import no.vis.timetable.untis.GpuExport.TimetableRow;
import no.vis.timetable.untis.UntisPlan.Clash;
import no.vis.timetable.untis.UntisPlan.Status;

/**
 * Turns a parsed Untis export into a plan for one school from one day, as a pure function of the
 * export and the school ({@link UntisContext}).
 * <ul>
 * <li>GPU001's rows of one lesson number in one period are one lesson (Untis' Kopplung: several
 * classes or teachers); its periods that follow each other without a break are one lesson (a double
 * period). GPU002 gives the week kind (A or B; blank: every week), the validity within the year and
 * the student group.</li>
 * <li>The group is the student group (GPU002) or {@code <class>-<subject>} ({@code 1STA+1STB-<subject>}
 * for several classes), matched to the school's teaching groups of the year by code; a group that is
 * not there is created with the subject as its fagkode and, for one class, the class's pupils.</li>
 * <li>Teachers by their short code, rooms by code (a GPU005 room VIS lacks is created), periods by the
 * school's grid.</li>
 * <li>A teacher or a room in two lessons at once: both lessons are refused. Pupils in two lessons at
 * once: both need the office's approval. An office-placed (VIS) lesson that shares a teacher, room
 * or group with an imported one at the same time is ended; one that only shares pupils is a pupil
 * clash.</li>
 * </ul>
 */
public final class UntisPlanner {

    /** GPU014's kind letters (and the blank) → what VIS makes of them; bit 0 of the flags is always a cancellation. */
    public enum SubstitutionKind {
        CANCELLED, SUBSTITUTE, ROOM, EXTRA
    }

    /** Untis' letters as SVWS-Server documents them: C Entfall, R Raumvertretung, S Betreuung, A Sondereinsatz, ~ Lehrertausch. */
    public static final Map<String, SubstitutionKind> DEFAULT_KINDS = Map.of("C", SubstitutionKind.CANCELLED, "R",
            SubstitutionKind.ROOM, "", SubstitutionKind.SUBSTITUTE, "S", SubstitutionKind.SUBSTITUTE, "~",
            SubstitutionKind.SUBSTITUTE, "P", SubstitutionKind.SUBSTITUTE, "A", SubstitutionKind.EXTRA);

    private final Map<String, SubstitutionKind> kinds;

    public UntisPlanner(Map<String, SubstitutionKind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    private record Slot(int lessonNo, int day, int period) {
    }

    /** A lesson being built from GPU001 rows. */
    private static final class Draft {
        final int lessonNo;
        final int day;
        int first;
        int last;
        final String line;
        final Set<String> classes = new LinkedHashSet<>();
        final Set<String> teachers = new LinkedHashSet<>();
        final Set<String> rooms = new LinkedHashSet<>();
        String subject = "";

        Draft(TimetableRow row) {
            this.lessonNo = row.lessonNo();
            this.day = row.day();
            this.first = row.period();
            this.last = row.period();
            this.line = row.source().toString();
        }

        void add(TimetableRow row) {
            classes.addAll(upper(row.classes()));
            teachers.addAll(upper(row.teachers()));
            rooms.addAll(upper(row.rooms()));
            if (subject.isEmpty()) {
                subject = row.subject().toUpperCase(Locale.ROOT);
            }
        }

        boolean sameAs(Draft o) {
            return classes.equals(o.classes) && teachers.equals(o.teachers) && rooms.equals(o.rooms) && subject.equals(o.subject);
        }
    }

    public UntisPlan plan(GpuExport export, UntisContext school) {
        List<LineProblem> problems = new ArrayList<>(export.problems());
        Map<String, GpuExport.RoomRow> gpuRooms = new LinkedHashMap<>();
        export.rooms().forEach(r -> gpuRooms.putIfAbsent(r.code().toUpperCase(Locale.ROOT), r));
        List<UntisPlan.NewRoom> newRooms = new ArrayList<>();
        gpuRooms.forEach((code, r) -> {
            if (!school.rooms().containsKey(code)) {
                if (code.length() > no.vis.timetable.Room.CODE_MAX) {
                    problems.add(problem(r.source().toString(), "untis.line.roomCodeTooLong", code));
                } else {
                    newRooms.add(new UntisPlan.NewRoom(code, r.name().isBlank() ? code : r.name(), r.capacity()));
                }
            }
        });
        Set<String> newRoomCodes = new HashSet<>();
        newRooms.forEach(r -> newRoomCodes.add(r.code()));
        comparePeriodGrid(export, school, problems);

        Map<Integer, List<LessonRow>> courses = new HashMap<>();
        export.lessons().forEach(l -> courses.computeIfAbsent(l.lessonNo(), n -> new ArrayList<>()).add(l));

        // GPU001 rows → one draft per lesson number, day and period (a Kopplung's rows joined)
        Map<Slot, Draft> bySlot = new TreeMap<>(Comparator.comparingInt(Slot::lessonNo).thenComparingInt(Slot::day)
                .thenComparingInt(Slot::period));
        for (TimetableRow row : export.timetable()) {
            bySlot.computeIfAbsent(new Slot(row.lessonNo(), row.day(), row.period()), s -> new Draft(row)).add(row);
        }
        // periods that follow each other without a break: one lesson
        List<Draft> drafts = new ArrayList<>();
        for (Draft d : bySlot.values()) {
            Draft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (previous != null && previous.lessonNo == d.lessonNo && previous.day == d.day && previous.last + 1 == d.first
                    && previous.sameAs(d) && contiguous(school, d.day, previous.last, d.first)) {
                previous.last = d.last;
            } else {
                drafts.add(d);
            }
        }

        Map<String, UntisPlan.NewGroup> newGroups = new LinkedHashMap<>();
        List<Resolved> resolved = new ArrayList<>();
        for (Draft d : drafts) {
            Resolved r = resolve(d, courses.getOrDefault(d.lessonNo, List.of()), school, newRoomCodes, newGroups, problems);
            if (r != null) {
                resolved.add(r);
            }
        }

        // clashes among the imported lessons, and with the office's own lessons
        List<Clash> clashes = new ArrayList<>();
        Map<String, Status> status = new HashMap<>();
        resolved.forEach(r -> status.put(r.key, Status.READY));
        Map<Integer, List<Resolved>> byDay = new TreeMap<>();
        resolved.forEach(r -> byDay.computeIfAbsent(r.weekday.getValue(), x -> new ArrayList<>()).add(r));
        for (List<Resolved> day : byDay.values()) {
            day.sort(Comparator.comparing((Resolved r) -> r.starts));
            for (int i = 0; i < day.size(); i++) {
                Resolved a = day.get(i);
                for (int j = i + 1; j < day.size() && day.get(j).starts.isBefore(a.ends); j++) {
                    Resolved b = day.get(j);
                    if (!overlaps(a.weekKind, a.validFrom, a.validTo, b.weekKind, b.validFrom, b.validTo)) {
                        continue;
                    }
                    clash(a, b, school, clashes, status);
                }
            }
        }
        List<UntisPlan.Ended> ended = new ArrayList<>();
        Set<Long> endedIds = new HashSet<>();
        for (UntisContext.Existing e : school.lessons()) {
            if (e.source() != Source.VIS) {
                continue;
            }
            List<String> with = new ArrayList<>();
            for (Resolved r : byDay.getOrDefault(e.weekday().getValue(), List.of())) {
                if (status.get(r.key) == Status.REFUSED || !r.starts.isBefore(e.ends()) || !e.starts().isBefore(r.ends)
                        || !overlaps(r.weekKind, r.validFrom, r.validTo, e.weekKind(), e.validFrom(), e.validTo())) {
                    continue;
                }
                Set<Long> shared = new HashSet<>(r.teacherIds);
                shared.retainAll(e.teacherIds());
                boolean hard = !shared.isEmpty() || (r.roomId != null && r.roomId.equals(e.roomId()))
                        || (r.groupId != null && r.groupId == e.groupId());
                if (hard) {
                    with.add(r.key);
                    continue;
                }
                int pupils = commonPupils(r.pupils, school.membersByGroup().getOrDefault(e.groupId(), Set.of()));
                if (pupils > 0) {
                    clashes.add(new Clash(Clash.Kind.PUPILS, r.key, "VIS:" + e.id(), e.groupCode(), r.weekday,
                            max(r.starts, e.starts()), min(r.ends, e.ends()), pupils));
                    status.computeIfPresent(r.key, (k, s) -> s == Status.READY ? Status.NEEDS_APPROVAL : s);
                }
            }
            if (!with.isEmpty()) {
                endedIds.add(e.id());
                ended.add(new UntisPlan.Ended(e.id(), e.groupCode(), e.weekday(), e.starts(), e.ends(), with));
            }
        }
        // a pupil clash with a lesson that turns out to be ended is none
        clashes.removeIf(c -> c.second().startsWith("VIS:") && endedIds.contains(Long.parseLong(c.second().substring(4))));

        List<UntisPlan.Lesson> lessons = new ArrayList<>();
        for (Resolved r : resolved) {
            boolean unchanged = r.groupId != null && school.lessons().stream().anyMatch(e -> e.source() == Source.UNTIS
                    && e.groupId() == r.groupId && e.weekday() == r.weekday && e.starts().equals(r.starts) && e.ends().equals(r.ends)
                    && Objects.equals(e.firstPeriod(), r.first) && Objects.equals(e.lastPeriod(), r.last)
                    && Objects.equals(e.roomId(), r.roomId) && e.teacherIds().equals(r.teacherIds) && e.weekKind() == r.weekKind
                    && !e.validFrom().isAfter(r.validFrom) && Objects.equals(e.validTo(), r.validTo));
            lessons.add(new UntisPlan.Lesson(r.key, r.lessonNo, r.line, r.groupId, r.groupCode, r.subject, r.weekday, r.starts,
                    r.ends, r.first, r.last, r.roomId, r.roomCode, r.teacherIds, r.teacherCodes, r.weekKind, r.validFrom,
                    r.validTo, status.get(r.key), unchanged));
        }
        int[] before = {0};
        List<UntisPlan.Change> changes = withoutClashes(substitutions(export, school, lessons, newRoomCodes, problems, before),
                lessons, school, endedIds, problems);
        return new UntisPlan(school.schoolId(), school.from(), export.files(), lessons, List.copyOf(newGroups.values()),
                newRooms, ended, changes, clashes, problems, before[0]);
    }

    /** A draft with VIS's ids. */
    private static final class Resolved {
        String key;
        int lessonNo;
        String line;
        Long groupId;
        String groupCode;
        String subject;
        DayOfWeek weekday;
        LocalTime starts;
        LocalTime ends;
        int first;
        int last;
        Long roomId;
        String roomCode;
        Set<Long> teacherIds;
        List<String> teacherCodes;
        WeekKind weekKind;
        LocalDate validFrom;
        LocalDate validTo;
        Set<Long> pupils;
    }

    private Resolved resolve(Draft d, List<LessonRow> courses, UntisContext school, Set<String> newRoomCodes,
                             Map<String, UntisPlan.NewGroup> newGroups, List<LineProblem> problems) {
        int before = problems.size();
        DayOfWeek weekday = DayOfWeek.of(d.day);
        UntisContext.Times first = school.period(weekday, d.first);
        UntisContext.Times last = school.period(weekday, d.last);
        if (first == null || last == null) {
            problems.add(problem(d.line, "untis.line.unknownPeriod", Integer.toString(first == null ? d.first : d.last),
                    Integer.toString(d.day)));
        }
        Set<Long> teacherIds = new LinkedHashSet<>();
        for (String t : d.teachers) {
            Long id = school.teachers().get(t);
            if (id == null) {
                problems.add(problem(d.line, "untis.line.unknownTeacher", t));
            } else {
                teacherIds.add(id);
            }
        }
        String roomCode = d.rooms.isEmpty() ? null : d.rooms.iterator().next();
        Long roomId = roomCode == null ? null : school.rooms().get(roomCode);
        if (roomCode != null && roomId == null && !newRoomCodes.contains(roomCode)) {
            problems.add(problem(d.line, "untis.line.unknownRoom", roomCode));
        }
        // GPU002: week kind, validity, student group
        WeekKind weekKind = WeekKind.EVERY;
        LocalDate validFrom = school.from();
        LocalDate validTo = null;
        String studentGroup = "";
        for (LessonRow c : courses) {
            String k = c.weekKind().toUpperCase(Locale.ROOT);
            if (k.equals("A") || k.equals("B")) {
                weekKind = WeekKind.valueOf(k);
            } else if (!k.isEmpty()) {
                problems.add(problem(c.source().toString(), "untis.line.weekKind", c.weekKind()));
            }
            if (c.from() != null && c.from().isAfter(validFrom)) {
                validFrom = c.from();
            }
            if (c.to() != null) {
                validTo = c.to().plusDays(1);
            }
            if (!c.studentGroup().isBlank()) {
                studentGroup = c.studentGroup().strip();
            }
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            problems.add(problem(d.line, "untis.line.endsBefore", school.from().toString()));
        }
        // the group
        String code = !studentGroup.isEmpty() ? studentGroup
                : (d.classes.isEmpty() ? "" : String.join("+", d.classes) + "-") + d.subject;
        UntisContext.Group group = school.groups().get(code.toUpperCase(Locale.ROOT));
        Set<Long> pupils = new HashSet<>();
        if (group != null) {
            pupils.addAll(school.membersByGroup().getOrDefault(group.id(), Set.of()));
        } else if (code.isEmpty() || code.length() > TeachingGroup.CODE_MAX) {
            problems.add(problem(d.line, "untis.line.groupCode", code));
        } else if (!TeachingGroup.SUBJECT_CODE.matcher(d.subject).matches()) {
            problems.add(problem(d.line, "untis.line.notFagkode", d.subject, code));
        } else {
            Long classId = null;
            for (String c : d.classes) {
                Long id = school.classes().get(c);
                if (id == null) {
                    problems.add(problem(d.line, "untis.line.unknownClass", c));
                } else {
                    pupils.addAll(school.pupilsByClass().getOrDefault(id, List.of()));
                    classId = d.classes.size() == 1 ? id : null;
                }
            }
            if (problems.size() == before) {
                List<Long> members = classId == null ? List.of() : school.pupilsByClass().getOrDefault(classId, List.of());
                newGroups.putIfAbsent(code.toUpperCase(Locale.ROOT), new UntisPlan.NewGroup(code, d.subject, classId, members));
                pupils.clear();
                pupils.addAll(members);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Resolved r = new Resolved();
        r.key = d.lessonNo + "/" + d.day + "/" + d.first;
        r.lessonNo = d.lessonNo;
        r.line = d.line;
        r.groupId = group == null ? null : group.id();
        r.groupCode = group == null ? code : group.code();
        r.subject = group == null ? d.subject : group.subject();
        r.weekday = weekday;
        r.starts = first.starts();
        r.ends = last.ends();
        r.first = d.first;
        r.last = d.last;
        r.roomId = roomId;
        r.roomCode = roomCode;
        r.teacherIds = teacherIds;
        r.teacherCodes = List.copyOf(d.teachers);
        r.weekKind = weekKind;
        r.validFrom = validFrom;
        r.validTo = validTo;
        r.pupils = pupils;
        return r;
    }

    private static void clash(Resolved a, Resolved b, UntisContext school, List<Clash> clashes, Map<String, Status> status) {
        LocalTime from = max(a.starts, b.starts);
        LocalTime to = min(a.ends, b.ends);
        boolean refused = false;
        for (int i = 0; i < a.teacherCodes.size(); i++) {
            if (b.teacherCodes.contains(a.teacherCodes.get(i))) {
                clashes.add(new Clash(Clash.Kind.TEACHER, a.key, b.key, a.teacherCodes.get(i), a.weekday, from, to, 0));
                refused = true;
            }
        }
        if (a.roomCode != null && a.roomCode.equals(b.roomCode)) {
            clashes.add(new Clash(Clash.Kind.ROOM, a.key, b.key, a.roomCode, a.weekday, from, to, 0));
            refused = true;
        }
        if (refused) {
            status.put(a.key, Status.REFUSED);
            status.put(b.key, Status.REFUSED);
            return;
        }
        int pupils = commonPupils(a.pupils, b.pupils);
        if (pupils > 0 || a.groupCode.equalsIgnoreCase(b.groupCode)) {
            clashes.add(new Clash(Clash.Kind.PUPILS, a.key, b.key, a.groupCode + " / " + b.groupCode, a.weekday, from, to, pupils));
            status.computeIfPresent(a.key, (k, s) -> s == Status.READY ? Status.NEEDS_APPROVAL : s);
            status.computeIfPresent(b.key, (k, s) -> s == Status.READY ? Status.NEEDS_APPROVAL : s);
        }
    }

    private List<UntisPlan.Change> substitutions(GpuExport export, UntisContext school, List<UntisPlan.Lesson> lessons,
                                                 Set<String> newRoomCodes, List<LineProblem> problems, int[] before) {
        Map<String, List<SubstitutionRow>> byOccurrence = new LinkedHashMap<>();
        for (SubstitutionRow s : export.substitutions()) {
            if (s.date().isBefore(school.from())) {
                before[0]++;
                continue;
            }
            byOccurrence.computeIfAbsent(s.lessonNo() + "@" + s.date(), k -> new ArrayList<>()).add(s);
        }
        List<UntisPlan.Change> changes = new ArrayList<>();
        for (List<SubstitutionRow> rows : byOccurrence.values()) {
            SubstitutionRow s = rows.get(0);
            String line = s.source().toString();
            SubstitutionKind kind = (s.flags() & 1) == 1 ? SubstitutionKind.CANCELLED : kinds.get(s.kind().toUpperCase(Locale.ROOT));
            if (kind == null) {
                problems.add(problem(line, "untis.line.unsupportedKind", s.kind()));
                continue;
            }
            DayOfWeek weekday = s.date().getDayOfWeek();
            UntisPlan.Lesson lesson = lessons.stream().filter(l -> l.lessonNo() == s.lessonNo() && l.weekday() == weekday
                    && l.firstPeriod() <= s.period() && s.period() <= l.lastPeriod()).findFirst().orElse(null);
            UntisPlan.Lesson ofNumber = lesson != null ? lesson
                    : lessons.stream().filter(l -> l.lessonNo() == s.lessonNo()).findFirst().orElse(null);
            if (ofNumber == null) {
                problems.add(problem(line, "untis.line.unknownLesson", Integer.toString(s.lessonNo())));
                continue;
            }
            int firstPeriod = rows.stream().mapToInt(SubstitutionRow::period).min().orElseThrow();
            int lastPeriod = rows.stream().mapToInt(SubstitutionRow::period).max().orElseThrow();
            UntisContext.Times first = school.period(weekday, firstPeriod);
            UntisContext.Times last = school.period(weekday, lastPeriod);
            if (first == null || last == null) {
                problems.add(problem(line, "untis.line.unknownPeriod", Integer.toString(first == null ? firstPeriod : lastPeriod),
                        Integer.toString(weekday.getValue())));
                continue;
            }
            Long roomId = null;
            String roomCode = s.substituteRoom().isEmpty() ? s.room().toUpperCase(Locale.ROOT) : s.substituteRoom().toUpperCase(Locale.ROOT);
            if (!roomCode.isEmpty()) {
                roomId = school.rooms().get(roomCode);
                if (roomId == null && !newRoomCodes.contains(roomCode)) {
                    problems.add(problem(line, "untis.line.unknownRoom", roomCode));
                    continue;
                }
            }
            String what = s.lessonNo() + " " + ofNumber.groupCode();
            if (kind == SubstitutionKind.EXTRA || lesson == null) {
                if (kind != SubstitutionKind.EXTRA) {
                    problems.add(problem(line, "untis.line.noOccurrence", s.date().toString(), Integer.toString(s.lessonNo())));
                    continue;
                }
                Set<Long> teachers = teachersOf(s.substitute(), school, line, problems);
                if (teachers == null) {
                    continue;
                }
                changes.add(new UntisPlan.Change(line, ofNumber.key(), s.date(), ChangeKind.EXTRA, first.starts(), last.ends(),
                        roomId, roomCode.isEmpty() ? null : roomCode, teachers, what));
                continue;
            }
            if (school.calendar() == null || !school.calendar().hasLessons(s.date())
                    || !lesson.weekKind().heldIn(school.calendar().weekLetterOf(s.date()))
                    || s.date().isBefore(lesson.validFrom()) || (lesson.validTo() != null && !s.date().isBefore(lesson.validTo()))) {
                problems.add(problem(line, "untis.line.noOccurrence", s.date().toString(), Integer.toString(s.lessonNo())));
                continue;
            }
            boolean whole = firstPeriod <= lesson.firstPeriod() && lastPeriod >= lesson.lastPeriod();
            if (kind == SubstitutionKind.CANCELLED) {
                if (!whole) {
                    problems.add(problem(line, "untis.line.partialCancel", s.date().toString(), Integer.toString(s.lessonNo())));
                    continue;
                }
                changes.add(new UntisPlan.Change(line, lesson.key(), s.date(), ChangeKind.CANCELLED, null, null, null, null, Set.of(),
                        what));
                continue;
            }
            Set<Long> teachers = new LinkedHashSet<>(lesson.teacherIds());
            if (kind == SubstitutionKind.SUBSTITUTE) {
                if (!s.absent().isEmpty()) {
                    Long absent = school.teachers().get(s.absent().toUpperCase(Locale.ROOT));
                    if (absent != null) {
                        teachers.remove(absent);
                    }
                }
                Set<Long> substitutes = teachersOf(s.substitute(), school, line, problems);
                if (substitutes == null) {
                    continue;
                }
                teachers.addAll(substitutes);
            }
            if (kind == SubstitutionKind.ROOM && roomCode.isEmpty()) {
                problems.add(problem(line, "untis.line.missing", "room"));
                continue;
            }
            LocalTime starts = whole ? lesson.starts() : max(first.starts(), lesson.starts());
            LocalTime ends = whole ? lesson.ends() : min(last.ends(), lesson.ends());
            changes.add(new UntisPlan.Change(line, lesson.key(), s.date(), ChangeKind.CHANGED, starts, ends,
                    roomCode.isEmpty() ? lesson.roomId() : roomId, roomCode.isEmpty() ? lesson.roomCode() : roomCode, teachers,
                    what));
        }
        return changes;
    }

    /** Something held at a time on one day: a weekly lesson's occurrence or a dated change. */
    private record Busy(String key, LocalTime starts, LocalTime ends, String room, String roomCode, Set<Long> teachers,
                        String what) {
    }

    /**
     * GPU014's changes held as the day's lessons are: a change (a substitute, another room or time, an
     * extra lesson) that puts a teacher or a room in two places at once on its day — with a lesson of
     * the files, an office-placed lesson that stays, or another change — is refused, as a clashing
     * weekly lesson is (both, when two changes clash). A refused change's lesson is held as planned,
     * so the check runs again until nothing more is refused; changes of lessons the import refuses
     * take no part (they are not written). Pupils are not checked here: a change keeps its group, and
     * an extra lesson that overlaps the pupils' other lessons is the school's choice.
     */
    private static List<UntisPlan.Change> withoutClashes(List<UntisPlan.Change> changes, List<UntisPlan.Lesson> lessons,
                                                         UntisContext school, Set<Long> endedIds, List<LineProblem> problems) {
        Map<Long, String> teacherCodes = new HashMap<>();
        school.teachers().forEach((code, id) -> teacherCodes.putIfAbsent(id, code));
        Map<Long, String> roomCodes = new HashMap<>();
        school.rooms().forEach((code, id) -> roomCodes.putIfAbsent(id, code));
        // the changes of lessons the import refuses are not written: they take no part
        Set<String> refusedLessons = new HashSet<>();
        lessons.stream().filter(l -> l.status() == Status.REFUSED).forEach(l -> refusedLessons.add(l.key()));
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>();
        for (int i = 0; i < changes.size(); i++) {
            UntisPlan.Change c = changes.get(i);
            if (c.kind() != ChangeKind.CANCELLED && !refusedLessons.contains(c.lessonKey())) {
                byDay.computeIfAbsent(c.day(), d -> new ArrayList<>()).add(i);
            }
        }
        // until nothing more is refused: a refused change gives its lesson back its own teachers and room
        Set<Integer> refused = new HashSet<>();
        boolean more = true;
        while (more) {
            Set<Integer> now = new HashSet<>();
            for (Map.Entry<LocalDate, List<Integer>> day : byDay.entrySet()) {
                LocalDate d = day.getKey();
                Set<String> replaced = new HashSet<>();
                for (int i = 0; i < changes.size(); i++) {
                    UntisPlan.Change c = changes.get(i);
                    if (c.day().equals(d) && c.kind() != ChangeKind.EXTRA && !refused.contains(i)) {
                        replaced.add(c.lessonKey());
                    }
                }
                List<Busy> busy = new ArrayList<>();
                for (UntisPlan.Lesson l : lessons) {
                    if (l.status() != Status.REFUSED && !replaced.contains(l.key())
                            && heldOn(d, l.weekday(), l.weekKind(), l.validFrom(), l.validTo(), school)) {
                        busy.add(new Busy(l.key(), l.starts(), l.ends(), roomKey(l.roomId(), l.roomCode()), l.roomCode(),
                                l.teacherIds(), l.lessonNo() + " " + l.groupCode()));
                    }
                }
                for (UntisContext.Existing e : school.lessons()) {
                    if (e.source() == Source.VIS && !endedIds.contains(e.id())
                            && heldOn(d, e.weekday(), e.weekKind(), e.validFrom(), e.validTo(), school)) {
                        busy.add(new Busy("VIS:" + e.id(), e.starts(), e.ends(), roomKey(e.roomId(), null), roomCodes.get(e.roomId()),
                                e.teacherIds(), e.groupCode()));
                    }
                }
                for (int i : day.getValue()) {
                    UntisPlan.Change c = changes.get(i);
                    if (!refused.contains(i)) {
                        busy.add(new Busy("#" + i, c.starts(), c.ends(), roomKey(c.roomId(), c.roomCode()), c.roomCode(),
                                c.teacherIds(), c.what()));
                    }
                }
                for (int i : day.getValue()) {
                    if (refused.contains(i)) {
                        continue;
                    }
                    UntisPlan.Change c = changes.get(i);
                    for (Busy b : busy) {
                        if (b.key().equals("#" + i) || !c.starts().isBefore(b.ends()) || !b.starts().isBefore(c.ends())) {
                            continue;
                        }
                        Long teacher = c.teacherIds().stream().filter(b.teachers()::contains).findFirst().orElse(null);
                        boolean room = b.room() != null && b.room().equals(roomKey(c.roomId(), c.roomCode()));
                        if (teacher == null && !room) {
                            continue;
                        }
                        now.add(i);
                        problems.add(teacher != null
                                ? problem(c.line(), "untis.line.changeTeacherBusy", d.toString(),
                                        teacherCodes.getOrDefault(teacher, "?"), b.what())
                                : problem(c.line(), "untis.line.changeRoomBusy", d.toString(), b.roomCode(), b.what()));
                        break;
                    }
                }
            }
            refused.addAll(now);
            more = !now.isEmpty();
        }
        List<UntisPlan.Change> kept = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!refused.contains(i)) {
                kept.add(changes.get(i));
            }
        }
        return kept;
    }

    private static boolean heldOn(LocalDate day, DayOfWeek weekday, WeekKind weekKind, LocalDate validFrom, LocalDate validTo,
                                  UntisContext school) {
        return day.getDayOfWeek() == weekday && school.calendar() != null && school.calendar().hasLessons(day)
                && weekKind.heldIn(school.calendar().weekLetterOf(day)) && !day.isBefore(validFrom)
                && (validTo == null || day.isBefore(validTo));
    }

    private static String roomKey(Long roomId, String roomCode) {
        return roomId != null ? "#" + roomId : roomCode == null || roomCode.isEmpty() ? null : roomCode.toUpperCase(Locale.ROOT);
    }

    private static Set<Long> teachersOf(String codes, UntisContext school, String line, List<LineProblem> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String code : GpuParser.list(codes)) {
            Long id = school.teachers().get(code.toUpperCase(Locale.ROOT));
            if (id == null) {
                problems.add(problem(line, "untis.line.unknownTeacher", code));
                return null;
            }
            ids.add(id);
        }
        return ids;
    }

    /** The uploaded period grid against the school's: a period it times otherwise is reported (the school's grid is used). */
    private static void comparePeriodGrid(GpuExport export, UntisContext school, List<LineProblem> problems) {
        for (GpuExport.PeriodRow p : export.periods()) {
            UntisContext.Times times = school.period(DayOfWeek.of(p.day()), p.period());
            if (times == null || !times.starts().equals(p.starts()) || !times.ends().equals(p.ends())) {
                problems.add(problem(p.source().toString(), "untis.line.periodDiffers", Integer.toString(p.period()),
                        Integer.toString(p.day()), times == null ? "–" : times.starts() + "–" + times.ends()));
            }
        }
    }

    private static boolean contiguous(UntisContext school, int day, int previous, int next) {
        UntisContext.Times a = school.period(DayOfWeek.of(day), previous);
        UntisContext.Times b = school.period(DayOfWeek.of(day), next);
        return a != null && b != null && a.ends().equals(b.starts());
    }

    static boolean overlaps(WeekKind a, LocalDate aFrom, LocalDate aTo, WeekKind b, LocalDate bFrom, LocalDate bTo) {
        boolean weeks = a == WeekKind.EVERY || b == WeekKind.EVERY || a == b;
        boolean days = (aTo == null || bFrom.isBefore(aTo)) && (bTo == null || aFrom.isBefore(bTo));
        return weeks && days;
    }

    private static int commonPupils(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int n = 0;
        for (Long p : small) {
            if (large.contains(p)) {
                n++;
            }
        }
        return n;
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime min(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static List<String> upper(List<String> values) {
        return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
    }

    private static LineProblem problem(String source, String key, String... args) {
        int colon = source.lastIndexOf(':');
        return new LineProblem(source.substring(0, colon), Integer.parseInt(source.substring(colon + 1)), key, List.of(args));
    }
}
