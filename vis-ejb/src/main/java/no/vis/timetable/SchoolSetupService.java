package no.vis.timetable;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.access.StaffMember;
import no.vis.calendar.LessonPeriod;
import no.vis.school.School;

/**
 * Sets up a school's year in one go for set-up jobs: what {@link SchoolTimetableSetup} holds, in the
 * caller's transaction; the many rows (memberships, group teachers, weekly lessons) as plain JDBC
 * batches ({@link BulkRows}). A school that already has teaching groups in the
 * year is left as it is (a second run adds nothing).
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class SchoolSetupService {

    private static final String SETUP = "system";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    TimetableCache cache;

    @Inject
    StaffDirectory staff;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/VisDS")
    javax.sql.DataSource dataSource;

    /** Whether the school has teaching groups in the school year. */
    public boolean hasGroups(long schoolId, int schoolYear) {
        return !em.createQuery("SELECT g.id FROM TeachingGroup g WHERE g.schoolId = :school AND g.schoolYear = :year", Long.class)
                .setParameter("school", schoolId).setParameter("year", schoolYear).setMaxResults(1).getResultList().isEmpty();
    }

    /** @return false when the school already had groups in the year (nothing written) */
    public boolean setUp(long schoolId, SchoolTimetableSetup setup) {
        if (hasGroups(schoolId, setup.schoolYear())) {
            return false;
        }
        School school = em.find(School.class, schoolId);
        if (em.createQuery("SELECT COUNT(p) FROM LessonPeriod p WHERE p.schoolId = :school", Long.class)
                .setParameter("school", schoolId).getSingleResult() == 0) {
            setup.periods().forEach(p -> em.persist(new LessonPeriod(schoolId, null, p.number(), p.starts(), p.ends())));
        }
        List<Long> roomIds = new ArrayList<>();
        java.util.Map<String, Room> existingRooms = new java.util.HashMap<>();
        em.createQuery("SELECT r FROM Room r WHERE r.schoolId = :school", Room.class).setParameter("school", schoolId)
                .getResultStream().forEach(r -> existingRooms.put(r.getCode(), r));
        for (SchoolTimetableSetup.RoomSpec r : setup.rooms()) {
            Room room = existingRooms.get(r.code().strip().toUpperCase(java.util.Locale.ROOT));
            if (room == null) {
                room = new Room(schoolId, r.code(), r.name(), r.capacity(), r.kind());
                em.persist(room);
            }
            roomIds.add(room.getId());
        }
        List<Long> teacherIds = new ArrayList<>();
        for (SchoolTimetableSetup.Teacher t : setup.teachers()) {
            StaffMember member = staff.ensureStaff(school.getCounty(), t.feideUserId(), t.name());
            if (member.getShortCode() == null && t.shortCode() != null) {
                member.useShortCode(t.shortCode());
            }
            staff.grant(member.getId(), schoolId, Role.TEACHER);
            teacherIds.add(member.getId());
        }
        em.flush(); // ids for rooms and teachers
        List<Long> groupIds = new ArrayList<>();
        List<TeachingGroup> groups = new ArrayList<>();
        for (SchoolTimetableSetup.Group g : setup.groups()) {
            TeachingGroup group = new TeachingGroup(schoolId, setup.schoolYear(), g.code(), g.subjectCode(), g.classId(), g.blockCode());
            em.persist(group);
            groups.add(group);
        }
        em.flush();
        List<BulkRows.Member> members = new ArrayList<>();
        List<BulkRows.Teacher> groupTeachers = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            TeachingGroup group = groups.get(i);
            groupIds.add(group.getId());
            SchoolTimetableSetup.Group g = setup.groups().get(i);
            for (Long pupilId : g.pupilIds()) {
                members.add(new BulkRows.Member(group.getId(), pupilId, setup.from()));
            }
            for (Integer t : g.teachers()) {
                groupTeachers.add(new BulkRows.Teacher(group.getId(), teacherIds.get(t), setup.from()));
            }
        }
        cache.changed(); // the rows below are written past the entities' listeners
        BulkRows bulk = new BulkRows(em, dataSource);
        bulk.members(members);
        bulk.teachers(groupTeachers);
        // the few lessons that have dated changes become entities (a change refers to its lesson); the rest are rows
        Set<Integer> changed = new HashSet<>();
        setup.changes().stream().map(SchoolTimetableSetup.ChangeSpec::lesson).filter(java.util.Objects::nonNull).forEach(changed::add);
        java.util.Map<Integer, Lesson> lessons = new java.util.HashMap<>();
        List<BulkRows.NewLesson> rows = new ArrayList<>();
        for (int i = 0; i < setup.lessons().size(); i++) {
            SchoolTimetableSetup.WeeklySpec l = setup.lessons().get(i);
            Set<Long> teachers = new HashSet<>();
            l.teachers().forEach(t -> teachers.add(teacherIds.get(t)));
            Long room = l.room() == null ? null : roomIds.get(l.room());
            if (changed.contains(i)) {
                Lesson lesson = new Lesson(groupIds.get(l.group()), l.weekday(), l.starts(), l.ends(), l.firstPeriod(),
                        l.lastPeriod(), room, l.weekKind(), setup.from(), null, teachers, Lesson.Source.VIS);
                em.persist(lesson);
                lessons.put(i, lesson);
            } else {
                rows.add(new BulkRows.NewLesson(groupIds.get(l.group()), l.weekday(), l.starts(), l.ends(), l.firstPeriod(),
                        l.lastPeriod(), room, l.weekKind(), setup.from(), null, teachers));
            }
        }
        bulk.lessons(rows, Lesson.Source.VIS);
        for (SchoolTimetableSetup.Contact c : setup.contacts()) {
            em.persist(new ContactTeacher(c.classId(), teacherIds.get(c.teacher()), setup.from()));
        }
        em.flush();
        for (SchoolTimetableSetup.ChangeSpec c : setup.changes()) {
            Set<Long> teachers = new HashSet<>();
            c.teachers().forEach(t -> teachers.add(teacherIds.get(t)));
            Long room = c.room() == null ? null : roomIds.get(c.room());
            em.persist(switch (c.kind()) {
                case CANCELLED -> LessonChange.cancel(lessons.get(c.lesson()), c.originalDay(), c.note(), SETUP);
                case CHANGED -> LessonChange.change(lessons.get(c.lesson()), c.originalDay(), c.heldOn(), c.starts(), c.ends(),
                        room, teachers, c.note(), SETUP);
                case EXTRA -> LessonChange.extra(groupIds.get(c.group()), c.heldOn(), c.starts(), c.ends(), room, teachers,
                        c.note(), SETUP);
            });
        }
        return true;
    }

    /** The pupils of the school by class (in id order), for set-up jobs. */
    public java.util.Map<Long, List<Long>> pupilsByClass(long schoolId) {
        java.util.Map<Long, List<Long>> byClass = new java.util.LinkedHashMap<>();
        for (Object[] r : em.createQuery("SELECT s.schoolClass.id, s.id FROM Pupil s WHERE s.school.id = :school"
                + " AND s.schoolClass IS NOT NULL ORDER BY s.id", Object[].class).setParameter("school", schoolId).getResultList()) {
            byClass.computeIfAbsent((Long) r[0], c -> new ArrayList<>()).add((Long) r[1]);
        }
        return byClass;
    }
}
