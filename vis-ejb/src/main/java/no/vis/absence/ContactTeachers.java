package no.vis.absence;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import no.vis.common.BusinessException;
import no.vis.enrolment.ClassPlacement;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.timetable.GroupMember;

/** Who a contact teacher is for: a class, or a pupil through the class, on a day — or refused and logged. */
public final class ContactTeachers {

    private ContactTeachers() {
    }

    /** Whether the staff member is the class's contact teacher on the day. */
    public static boolean isContactTeacher(EntityManager em, long me, long classId, LocalDate day) {
        return !em.createQuery("SELECT m.id FROM ContactTeacher m WHERE m.schoolClassId = :id AND m.staffMemberId = :me AND "
                + GroupMember.ACTIVE_ON_DAY, Long.class).setParameter("id", classId).setParameter("me", me).setParameter("day", day)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The class's code, when the staff member is its contact teacher on the day; otherwise refused and logged. */
    static String classOf(EntityManager em, AccessLog accessLog, long me, long classId, LocalDate day, String purpose) {
        List<String> found = em.createQuery("SELECT c.code FROM ContactTeacher m, SchoolClass c WHERE c.id = m.schoolClassId"
                        + " AND c.id = :id AND m.staffMemberId = :me AND " + GroupMember.ACTIVE_ON_DAY, String.class)
                .setParameter("id", classId).setParameter("me", me).setParameter("day", day).getResultList();
        if (found.isEmpty()) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ABSENCE_DETAIL, purpose);
            throw new BusinessException("dayAbsence.notYourClass");
        }
        return found.get(0);
    }

    /** The pupil's class on the day, when the staff member is its contact teacher that day; otherwise refused and logged. */
    static long pupilOf(EntityManager em, AccessLog accessLog, long me, long pupilId, LocalDate day, String purpose) {
        // the pupil's class on that day (their placements), not today's
        List<Long> found = em.createQuery("SELECT m.schoolClassId FROM Pupil s, ContactTeacher m WHERE s.id = :pupil"
                        + " AND " + ClassPlacement.inClassOnDay("s", "m.schoolClassId") + " AND m.staffMemberId = :me AND "
                        + GroupMember.ACTIVE_ON_DAY, Long.class)
                .setParameter("pupil", pupilId).setParameter("me", me).setParameter("day", day).getResultList();
        if (found.isEmpty()) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, purpose);
            throw new BusinessException("dayAbsence.notYourPupil");
        }
        return found.get(0);
    }
}
