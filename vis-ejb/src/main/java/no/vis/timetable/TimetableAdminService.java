package no.vis.timetable;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.calendar.CalendarService;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;

/**
 * The office's changes of the timetable: one occurrence cancelled or held otherwise (moved,
 * stretched, new room, substitute), an extra lesson, a change undone. A teacher or a room in two
 * places at once is refused; a clash for pupils (a pupil in two lessons at once) is refused unless
 * the office approves it. Office staff change only their own schools' timetables.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN, Names.SYSTEM})
public class TimetableAdminService {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffDirectory staff;

    @Inject
    CalendarService calendars;

    /** Cancels the lesson's occurrence on the day (replacing any other change of it). */
    public long cancel(long lessonId, LocalDate originalDay, String note) {
        Lesson lesson = lessonOfMySchool(lessonId);
        requireOccurrence(lesson, originalDay);
        LessonChange existing = changeOf(lessonId, originalDay);
        if (existing != null) {
            existing.revise(ChangeKind.CANCELLED, null, null, null, null, Set.of(), note, actor());
            return existing.getId();
        }
        LessonChange change = LessonChange.cancel(lesson, originalDay, note, actor());
        em.persist(change);
        em.flush();
        return change.getId();
    }

    /**
     * Holds the lesson's occurrence of the original day otherwise: another day or time, room,
     * teachers (a substitute).
     *
     * @throws InvalidInputException field errors (times, day outside the year or on a holiday)
     * @throws BusinessException {@code timetable.clash.teacher}, {@code timetable.clash.room} or
     *         {@code timetable.clash.pupils} with what it clashes with
     */
    public long change(long lessonId, LocalDate originalDay, OccurrenceEdit edit) {
        Lesson lesson = lessonOfMySchool(lessonId);
        requireOccurrence(lesson, originalDay);
        TeachingGroup group = em.find(TeachingGroup.class, lesson.getGroupId());
        validate(group, edit);
        checkClashes(group, edit, "L" + lessonId + "-" + originalDay);
        LessonChange existing = changeOf(lessonId, originalDay);
        if (existing != null) {
            existing.revise(ChangeKind.CHANGED, edit.day(), edit.starts(), edit.ends(), edit.roomId(), edit.teacherIds(),
                    edit.note(), actor());
            return existing.getId();
        }
        LessonChange change = LessonChange.change(lesson, originalDay, edit.day(), edit.starts(), edit.ends(), edit.roomId(),
                edit.teacherIds(), edit.note(), actor());
        em.persist(change);
        em.flush();
        return change.getId();
    }

    /** An extra lesson of the group. Same checks as {@link #change}. */
    public long extra(long groupId, OccurrenceEdit edit) {
        TeachingGroup group = em.find(TeachingGroup.class, groupId);
        if (group == null || !mayChange(group.getSchoolId())) {
            throw new BusinessException("timetable.unknownGroup");
        }
        validate(group, edit);
        checkClashes(group, edit, null);
        LessonChange change = LessonChange.extra(groupId, edit.day(), edit.starts(), edit.ends(), edit.roomId(),
                edit.teacherIds(), edit.note(), actor());
        em.persist(change);
        em.flush();
        return change.getId();
    }

    /** Changes an extra lesson (its day, times, room, teachers, note). Same checks as {@link #change}. */
    public void changeExtra(long changeId, OccurrenceEdit edit) {
        LessonChange change = em.find(LessonChange.class, changeId);
        TeachingGroup group = change == null ? null : em.find(TeachingGroup.class, change.getGroupId());
        if (group == null || change.getKind() != ChangeKind.EXTRA || !mayChange(group.getSchoolId())) {
            throw new BusinessException("timetable.unknownGroup");
        }
        validate(group, edit);
        checkClashes(group, edit, "X" + changeId);
        change.revise(ChangeKind.EXTRA, edit.day(), edit.starts(), edit.ends(), edit.roomId(), edit.teacherIds(), edit.note(),
                actor());
    }

    /** Undoes a change: the occurrence is as the weekly lesson says again (an extra lesson is gone). */
    public void undo(long changeId) {
        LessonChange change = em.find(LessonChange.class, changeId);
        if (change == null) {
            return;
        }
        TeachingGroup group = em.find(TeachingGroup.class, change.getGroupId());
        if (!mayChange(group.getSchoolId())) {
            throw new BusinessException("timetable.unknownGroup");
        }
        em.remove(change);
    }

    private Lesson lessonOfMySchool(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || !mayChange(em.find(TeachingGroup.class, lesson.getGroupId()).getSchoolId())) {
            throw new BusinessException("timetable.unknownLesson");
        }
        return lesson;
    }

    private void requireOccurrence(Lesson lesson, LocalDate day) {
        TeachingGroup group = em.find(TeachingGroup.class, lesson.getGroupId());
        SchoolCalendar calendar = calendars.calendar(group.getSchoolId(), day, day.plusDays(1)).orElse(null);
        if (calendar == null || !Timetables.heldOn(lesson.weekly(), day, calendar)) {
            throw new BusinessException("timetable.noSuchOccurrence");
        }
    }

    private void validate(TeachingGroup group, OccurrenceEdit edit) {
        var errors = new InvalidInputException.Collector();
        if (edit.day() == null) {
            errors.add("day", "timetable.day.required");
        }
        if (edit.starts() == null) {
            errors.add("starts", "timetable.time.required");
        }
        if (edit.ends() == null) {
            errors.add("ends", "timetable.time.required");
        } else if (edit.starts() != null && !edit.starts().isBefore(edit.ends())) {
            errors.add("ends", "timetable.time.endBeforeStart");
        }
        if (edit.note() != null && edit.note().strip().length() > LessonChange.NOTE_MAX) {
            errors.add("note", "timetable.note.tooLong");
        }
        if (edit.day() != null) {
            SchoolCalendar calendar = calendars.calendar(group.getSchoolId(), edit.day(), edit.day().plusDays(1)).orElse(null);
            if (calendar == null || !Timetables.datedLessonsOn(calendar, edit.day())) {
                errors.add("day", "timetable.day.noSchool");
            }
        }
        if (edit.roomId() != null) {
            Room room = em.find(Room.class, edit.roomId());
            if (room == null || room.getSchoolId() != group.getSchoolId()) {
                errors.add("room", "timetable.room.unknown");
            }
        }
        errors.throwIfAny();
    }

    /** Refuses a teacher or room in two places at once, and a pupil clash that is not approved. */
    private void checkClashes(TeachingGroup group, OccurrenceEdit edit, String replacing) {
        LocalDate day = edit.day();
        Set<Long> groupIds = new HashSet<>();
        if (!edit.teacherIds().isEmpty()) {
            groupIds.addAll(em.createQuery("SELECT DISTINCT l.groupId FROM Lesson l JOIN l.teacherIds t WHERE t IN :staff"
                    + " AND l.validFrom <= :day AND (l.validTo IS NULL OR l.validTo > :day)", Long.class)
                    .setParameter("staff", edit.teacherIds()).setParameter("day", day).getResultList());
            groupIds.addAll(em.createQuery("SELECT DISTINCT c.groupId FROM LessonChange c JOIN c.teacherIds t WHERE t IN :staff"
                    + " AND c.heldOn = :day", Long.class).setParameter("staff", edit.teacherIds()).setParameter("day", day)
                    .getResultList());
        }
        if (edit.roomId() != null) {
            groupIds.addAll(em.createQuery("SELECT DISTINCT l.groupId FROM Lesson l WHERE l.roomId = :room"
                    + " AND l.validFrom <= :day AND (l.validTo IS NULL OR l.validTo > :day)", Long.class)
                    .setParameter("room", edit.roomId()).setParameter("day", day).getResultList());
            groupIds.addAll(em.createQuery("SELECT DISTINCT c.groupId FROM LessonChange c WHERE c.roomId = :room"
                    + " AND c.heldOn = :day", Long.class).setParameter("room", edit.roomId()).setParameter("day", day).getResultList());
        }
        List<Long> pupils = em.createQuery("SELECT m.pupilId FROM GroupMember m WHERE m.groupId = :group AND "
                + GroupMember.ACTIVE_ON_DAY, Long.class).setParameter("group", group.getId()).setParameter("day", day).getResultList();
        Set<Long> pupilGroups = new HashSet<>();
        if (!pupils.isEmpty()) {
            pupilGroups.addAll(em.createQuery("SELECT DISTINCT m.groupId FROM GroupMember m WHERE m.pupilId IN :pupils AND "
                    + GroupMember.ACTIVE_ON_DAY, Long.class).setParameter("pupils", pupils).setParameter("day", day).getResultList());
            pupilGroups.remove(group.getId());
            groupIds.addAll(pupilGroups);
        }
        OccurrenceLoader.Loaded loaded = new OccurrenceLoader(em, calendars).load(groupIds, day, day.plusDays(1));
        List<Clashes.Slot> others = loaded.occurrences().stream()
                .filter(o -> o.status() != Occurrence.Status.CANCELLED && !o.key().equals(replacing))
                .map(o -> new Clashes.Slot(o.groupId(), o.starts(), o.ends(), o.roomId(), o.teacherIds(),
                        loaded.groups().get(o.groupId()).getCode() + " " + o.starts() + "–" + o.ends()))
                .toList();
        Clashes.first(new Clashes.Slot(group.getId(), edit.starts(), edit.ends(), edit.roomId(), edit.teacherIds(), ""),
                others, pupilGroups, edit.pupilClashApproved()).ifPresent(clash -> {
                    throw new BusinessException(clash.kind().messageKey(), clash.with().label());
                });
    }

    private LessonChange changeOf(long lessonId, LocalDate originalDay) {
        return em.createQuery("SELECT c FROM LessonChange c WHERE c.lessonId = :lesson AND c.originalDay = :day",
                LessonChange.class).setParameter("lesson", lessonId).setParameter("day", originalDay)
                .getResultStream().findFirst().orElse(null);
    }

    private boolean mayChange(long schoolId) {
        return session.isCallerInRole(Names.SYSTEM) || staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(schoolId);
    }

    private String actor() {
        return VisUserId.nameOf(session.getCallerPrincipal());
    }
}
