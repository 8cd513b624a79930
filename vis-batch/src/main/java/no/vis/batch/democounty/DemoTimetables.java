package no.vis.batch.democounty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import no.vis.calendar.WeekKind;
import no.vis.school.SchoolClass.Level;
import no.vis.timetable.ChangeKind;
import no.vis.timetable.SchoolTimetableSetup;

/**
 * A demo school's year as a pure function of its classes and pupils: the period grid (eight 45-minute
 * periods, taught as 90-minute doubles), rooms, teachers (about one per twelve pupils), a teaching
 * group per class and subject (subjects of five or more weekly lessons split in two halves taught in
 * parallel), and the weekly lessons: each subject's lessons as doubles every week, an odd lesson as a
 * double every other week (A or B), so A/B weeks occur. No class, teacher or room is in two places at
 * once: teachers and rooms are given greedily by what they are free for. Some dated changes of the
 * current and the next week (cancelled, substitute, new room, moved, extra) for each school's first
 * class, so each demo user's week shows them.
 */
final class DemoTimetables {

    /** Per day, four double slots: 08:15–09:45, 10:00–11:30, 12:15–13:45, 14:00–15:30. */
    static final LocalTime[] SLOT_STARTS = {LocalTime.of(8, 15), LocalTime.of(10, 0), LocalTime.of(12, 15), LocalTime.of(14, 0)};
    static final int SLOTS = 20;
    static final int PUPILS_PER_TEACHER = 12;
    static final int SPLIT_FROM_WEEKLY = 5;
    static final int SPLIT_FROM_PUPILS = 16;
    /** The class of the demo pupil and of Gunnar Foresatt's children (pupils 0 and 3: the first Vg1 class of schools 0 and 1). */
    static final String FIRST_CLASS = "1STA";

    record ClassInfo(long id, String code, Level level, String programme, List<Long> pupilIds) {
    }

    /** A teacher who must be among the school's (the demo users of the local login provider). */
    record KnownTeacher(String feideUserId, String name) {
    }

    private DemoTimetables() {
    }

    private record Block(DemoSubjects.Subject subject, WeekKind kind) {
    }

    private static final class Pool {
        final List<SchoolTimetableSetup.Teacher> teachers = new ArrayList<>();
        final List<Integer> busy = new ArrayList<>();
        final List<Set<String>> subjects = new ArrayList<>();

        int take(String subject, int mask, SplittableRandom random, String orgNumber) {
            for (int pass = 0; pass < 3; pass++) {
                for (int t = 0; t < teachers.size(); t++) {
                    boolean fits = (busy.get(t) & mask) == 0 && switch (pass) {
                        case 0 -> subjects.get(t).contains(subject);
                        case 1 -> subjects.get(t).size() < 2;
                        default -> true;
                    };
                    if (fits) {
                        return use(t, subject, mask);
                    }
                }
            }
            add(random, orgNumber);
            return use(teachers.size() - 1, subject, mask);
        }

        private int use(int t, String subject, int mask) {
            busy.set(t, busy.get(t) | mask);
            subjects.get(t).add(subject);
            return t;
        }

        void add(SchoolTimetableSetup.Teacher teacher) {
            teachers.add(teacher);
            busy.add(0);
            subjects.add(new HashSet<>());
        }

        void add(SplittableRandom random, String orgNumber) {
            boolean woman = random.nextBoolean();
            String[] given = woman ? Names.GIRLS : Names.BOYS;
            String first = given[random.nextInt(given.length)];
            String family = Names.FAMILY[random.nextInt(Names.FAMILY.length)];
            String code = (first.substring(0, 2) + family.substring(0, 2)).toUpperCase(Locale.ROOT);
            int n = 0;
            String unique = code;
            while (hasCode(unique)) {
                unique = code.substring(0, 3) + (++n);
            }
            add(new SchoolTimetableSetup.Teacher("demo-teacher-" + orgNumber + "-" + teachers.size(), first + " " + family, unique));
        }

        private boolean hasCode(String code) {
            return teachers.stream().anyMatch(t -> code.equals(t.shortCode()));
        }

        int free(int mask) {
            for (int t = 0; t < teachers.size(); t++) {
                if ((busy.get(t) & mask) == 0) {
                    return t;
                }
            }
            return -1;
        }
    }

    private static final class Rooms {
        final List<SchoolTimetableSetup.RoomSpec> specs = new ArrayList<>();
        final List<Integer> busy = new ArrayList<>();

        int take(boolean gym, int mask) {
            for (int r = 0; r < specs.size(); r++) {
                if ("GYM".equals(specs.get(r).kind()) == gym && (busy.get(r) & mask) == 0) {
                    busy.set(r, busy.get(r) | mask);
                    return r;
                }
            }
            int n = (int) specs.stream().filter(s -> "GYM".equals(s.kind()) == gym).count() + 1;
            specs.add(gym ? new SchoolTimetableSetup.RoomSpec("GYM" + n, "Idrettshall " + n, 60, "GYM")
                    : new SchoolTimetableSetup.RoomSpec("R" + (100 + n), "Klasserom " + (100 + n), 30, "CLASSROOM"));
            busy.add(mask);
            return specs.size() - 1;
        }

        int free(boolean gym, int mask) {
            for (int r = 0; r < specs.size(); r++) {
                if ("GYM".equals(specs.get(r).kind()) == gym && (busy.get(r) & mask) == 0) {
                    return r;
                }
            }
            return -1;
        }
    }

    /**
     * @param thisMonday the Monday of the week the demo is made in (changes are made for it and the next)
     */
    static SchoolTimetableSetup plan(int schoolIndex, String orgNumber, int schoolYear, LocalDate firstDay,
                                     List<ClassInfo> classes, List<KnownTeacher> known, LocalDate thisMonday, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 7919L + schoolIndex);
        // the demo users' class first: it gets the known teachers, the contact teacher and the changes
        classes = new ArrayList<>(classes);
        classes.sort(java.util.Comparator.comparing((ClassInfo c) -> !c.code().equals(FIRST_CLASS)));
        int pupils = classes.stream().mapToInt(c -> c.pupilIds().size()).sum();
        Pool pool = new Pool();
        known.forEach(k -> pool.add(new SchoolTimetableSetup.Teacher(k.feideUserId(), k.name(), initials(k.name()))));
        while (pool.teachers.size() < Math.max(2, (pupils + PUPILS_PER_TEACHER - 1) / PUPILS_PER_TEACHER)) {
            pool.add(random, orgNumber);
        }
        Rooms rooms = new Rooms();
        List<SchoolTimetableSetup.Group> groups = new ArrayList<>();
        List<SchoolTimetableSetup.WeeklySpec> lessons = new ArrayList<>();
        List<SchoolTimetableSetup.Contact> contacts = new ArrayList<>();
        List<SchoolTimetableSetup.ChangeSpec> changes = new ArrayList<>();
        Map<Integer, Integer> slotOfLesson = new HashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            ClassInfo c = classes.get(k);
            List<Block> blocks = blocks(DemoSubjects.of(c.programme(), c.level()));
            // the class's slots: mornings and middays first, afternoons when needed; subjects rotate by class
            int[] slotOrder = slotOrder();
            Map<String, Integer> maskOf = new HashMap<>();
            Map<String, List<int[]>> placements = new HashMap<>(); // subject -> [slot, kind ordinal]
            int used = 0;
            Map<String, DemoSubjects.Subject> subjects = new HashMap<>();
            for (int b = 0; b < blocks.size() && used < SLOTS; ) {
                Block block = blocks.get((b + 2 * k) % blocks.size());
                int slot = slotOrder[used++];
                subjects.put(block.subject().code(), block.subject());
                placements.computeIfAbsent(block.subject().code(), x -> new ArrayList<>()).add(new int[] {slot, block.kind().ordinal()});
                maskOf.merge(block.subject().code(), 1 << slot, (x, y) -> x | y);
                b++;
                if (block.kind() == WeekKind.A && b < blocks.size()) { // its B partner shares the slot
                    Block partner = blocks.get((b + 2 * k) % blocks.size());
                    if (partner.kind() == WeekKind.B) {
                        subjects.put(partner.subject().code(), partner.subject());
                        placements.computeIfAbsent(partner.subject().code(), x -> new ArrayList<>())
                                .add(new int[] {slot, partner.kind().ordinal()});
                        maskOf.merge(partner.subject().code(), 1 << slot, (x, y) -> x | y);
                        b++;
                    }
                }
            }
            Map<Integer, Integer> teacherLoad = new HashMap<>();
            for (var entry : placements.entrySet()) {
                DemoSubjects.Subject subject = subjects.get(entry.getKey());
                boolean split = subject.weeklyLessons() >= SPLIT_FROM_WEEKLY && c.pupilIds().size() >= SPLIT_FROM_PUPILS;
                boolean gym = subject.code().startsWith("KRO");
                int halves = split ? 2 : 1;
                for (int h = 0; h < halves; h++) {
                    List<Long> members = new ArrayList<>();
                    for (int p = 0; p < c.pupilIds().size(); p++) {
                        if (!split || p % 2 == h) {
                            members.add(c.pupilIds().get(p));
                        }
                    }
                    int mask = maskOf.get(entry.getKey());
                    int teacher = pool.take(subject.code(), mask, random, orgNumber);
                    teacherLoad.merge(teacher, Integer.bitCount(mask), Integer::sum);
                    int group = groups.size();
                    groups.add(new SchoolTimetableSetup.Group(c.code() + "-" + subject.code() + (split ? "-" + (h + 1) : ""),
                            subject.code(), c.id(), null, members, List.of(teacher)));
                    int room = rooms.take(gym, mask);
                    for (int[] placement : entry.getValue()) {
                        int slot = placement[0];
                        slotOfLesson.put(lessons.size(), slot);
                        LocalTime starts = SLOT_STARTS[slot % 4];
                        lessons.add(new SchoolTimetableSetup.WeeklySpec(group, DayOfWeek.of(slot / 4 + 1), starts,
                                starts.plusMinutes(90), 2 * (slot % 4) + 1, 2 * (slot % 4) + 2, room,
                                WeekKind.values()[placement[1]], List.of(teacher)));
                    }
                }
            }
            int contact = schoolIndex == 0 && k == 0 && known.size() > 1 ? 1
                    : teacherLoad.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
            contacts.add(new SchoolTimetableSetup.Contact(c.id(), contact));
            if (k == 0) {
                changes.addAll(changes(lessons, slotOfLesson, pool, rooms, thisMonday));
                changes.addAll(changes(lessons, slotOfLesson, pool, rooms, thisMonday.plusWeeks(1)));
            }
        }
        List<SchoolTimetableSetup.Period> periods = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            LocalTime starts = SLOT_STARTS[p / 2].plusMinutes(45L * (p % 2));
            periods.add(new SchoolTimetableSetup.Period(p + 1, starts, starts.plusMinutes(45)));
        }
        return new SchoolTimetableSetup(schoolYear, firstDay, periods, rooms.specs, pool.teachers, groups, lessons, contacts,
                changes);
    }

    /** Each subject's doubles every week, and its odd lesson as a double in A or in B weeks, paired. */
    private static List<Block> blocks(List<DemoSubjects.Subject> subjects) {
        List<Block> every = new ArrayList<>();
        List<DemoSubjects.Subject> odd = new ArrayList<>();
        for (DemoSubjects.Subject s : subjects) {
            for (int i = 0; i < s.weeklyLessons() / 2; i++) {
                every.add(new Block(s, WeekKind.EVERY));
            }
            if (s.weeklyLessons() % 2 == 1) {
                odd.add(s);
            }
        }
        List<Block> blocks = new ArrayList<>(every);
        for (int i = 0; i < odd.size(); i++) {
            blocks.add(new Block(odd.get(i), i % 2 == 0 ? WeekKind.A : WeekKind.B));
        }
        return blocks;
    }

    private static int[] slotOrder() {
        int[] order = new int[SLOTS];
        int n = 0;
        for (int part = 0; part < 4; part++) {
            for (int day = 0; day < 5; day++) {
                order[n++] = day * 4 + part;
            }
        }
        return order;
    }

    /**
     * For the class's lessons on Tuesday to Thursday of the week: one cancelled, one with a substitute,
     * one in another room, one moved to Friday afternoon and shortened, and an extra lesson after it.
     * Whoever and whatever a change uses is marked busy in that slot, so that later classes are not
     * given it.
     */
    private static List<SchoolTimetableSetup.ChangeSpec> changes(List<SchoolTimetableSetup.WeeklySpec> lessons,
            Map<Integer, Integer> slotOfLesson, Pool pool, Rooms rooms, LocalDate monday) {
        List<SchoolTimetableSetup.ChangeSpec> changes = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        Set<Integer> slots = new HashSet<>();
        for (int i = 0; i < lessons.size(); i++) {
            SchoolTimetableSetup.WeeklySpec l = lessons.get(i);
            int day = l.weekday().getValue();
            if (l.weekKind() == WeekKind.EVERY && day >= 2 && day <= 4 && slots.add(slotOfLesson.get(i))) {
                candidates.add(i);
            }
        }
        if (candidates.size() < 4) {
            return changes;
        }
        SchoolTimetableSetup.WeeklySpec cancelled = lessons.get(candidates.get(0));
        changes.add(new SchoolTimetableSetup.ChangeSpec(candidates.get(0), cancelled.group(), dayOf(monday, cancelled),
                ChangeKind.CANCELLED, null, null, null, null, List.of(), "Lærer syk"));
        SchoolTimetableSetup.WeeklySpec sub = lessons.get(candidates.get(1));
        int subSlot = 1 << slotOfLesson.get(candidates.get(1));
        int substitute = pool.free(subSlot);
        if (substitute >= 0) {
            pool.busy.set(substitute, pool.busy.get(substitute) | subSlot);
            changes.add(new SchoolTimetableSetup.ChangeSpec(candidates.get(1), sub.group(), dayOf(monday, sub), ChangeKind.CHANGED,
                    dayOf(monday, sub), sub.starts(), sub.ends(), sub.room(), List.of(substitute), "Faglæreren er på kurs"));
        }
        SchoolTimetableSetup.WeeklySpec rc = lessons.get(candidates.get(2));
        int rcSlot = 1 << slotOfLesson.get(candidates.get(2));
        int otherRoom = rooms.free(false, rcSlot);
        if (otherRoom >= 0) {
            rooms.busy.set(otherRoom, rooms.busy.get(otherRoom) | rcSlot);
            changes.add(new SchoolTimetableSetup.ChangeSpec(candidates.get(2), rc.group(), dayOf(monday, rc), ChangeKind.CHANGED,
                    dayOf(monday, rc), rc.starts(), rc.ends(), otherRoom, rc.teachers(), "Klasserommet pusses opp"));
        }
        // Friday 14:00 (the last slot) when the class, the teachers and the rooms are free then
        int friday = 1 << (SLOTS - 1);
        SchoolTimetableSetup.WeeklySpec mv = lessons.get(candidates.get(3));
        boolean free = slotOfLesson.values().stream().noneMatch(s -> s == SLOTS - 1)
                && mv.teachers().stream().allMatch(t -> (pool.busy.get(t) & friday) == 0)
                && cancelled.teachers().stream().allMatch(t -> (pool.busy.get(t) & friday) == 0)
                && (rooms.busy.get(mv.room()) & friday) == 0 && (rooms.busy.get(cancelled.room()) & friday) == 0;
        if (free) {
            LocalDate day = monday.plusDays(4);
            mv.teachers().forEach(t -> pool.busy.set(t, pool.busy.get(t) | friday));
            cancelled.teachers().forEach(t -> pool.busy.set(t, pool.busy.get(t) | friday));
            rooms.busy.set(mv.room(), rooms.busy.get(mv.room()) | friday);
            rooms.busy.set(cancelled.room(), rooms.busy.get(cancelled.room()) | friday);
            LocalTime at = SLOT_STARTS[3];
            changes.add(new SchoolTimetableSetup.ChangeSpec(candidates.get(3), mv.group(), dayOf(monday, mv), ChangeKind.CHANGED,
                    day, at, at.plusMinutes(60), mv.room(), mv.teachers(), "Heldagsprøve i et annet fag"));
            changes.add(new SchoolTimetableSetup.ChangeSpec(null, cancelled.group(), null, ChangeKind.EXTRA, day,
                    at.plusMinutes(60), at.plusMinutes(105), cancelled.room(), cancelled.teachers(), "Repetisjon før prøven"));
        }
        return changes;
    }

    private static LocalDate dayOf(LocalDate monday, SchoolTimetableSetup.WeeklySpec lesson) {
        return monday.plusDays(lesson.weekday().getValue() - 1L);
    }

    private static String initials(String name) {
        String[] parts = name.split(" ");
        return (parts[0].substring(0, 2) + parts[parts.length - 1].substring(0, 2)).toUpperCase(Locale.ROOT);
    }
}
