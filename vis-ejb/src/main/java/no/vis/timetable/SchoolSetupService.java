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
 * caller's transaction, with JDBC batch writing. A school that already has teaching groups in the
 * year is left as it is (a second run adds nothing).
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class SchoolSetupService {

    private static final String SETUP = "system";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    StaffDirectory staff;

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
        for (int i = 0; i < groups.size(); i++) {
            TeachingGroup group = groups.get(i);
            groupIds.add(group.getId());
            SchoolTimetableSetup.Group g = setup.groups().get(i);
            for (Long pupilId : g.pupilIds()) {
                em.persist(new GroupMember(group.getId(), pupilId, setup.from(), null));
            }
            for (Integer t : g.teachers()) {
                em.persist(new GroupTeacher(group.getId(), teacherIds.get(t), setup.from()));
            }
        }
        List<Lesson> lessons = new ArrayList<>();
        for (SchoolTimetableSetup.WeeklySpec l : setup.lessons()) {
            Set<Long> teachers = new HashSet<>();
            l.teachers().forEach(t -> teachers.add(teacherIds.get(t)));
            lessons.add(new Lesson(groupIds.get(l.group()), l.weekday(), l.starts(), l.ends(), l.firstPeriod(), l.lastPeriod(),
                    l.room() == null ? null : roomIds.get(l.room()), l.weekKind(), setup.from(), null, teachers,
                    Lesson.Source.VIS));
        }
        lessons.forEach(em::persist);
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
