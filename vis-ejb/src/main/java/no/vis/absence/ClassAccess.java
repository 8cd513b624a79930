package no.vis.absence;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;

/** Who may see and keep a class's absence: the office of its school (or the county), or its contact teacher on the day. */
final class ClassAccess {

    private ClassAccess() {
    }

    static boolean office(SessionContext session, StaffDirectory staff, long schoolId) {
        return (session.isCallerInRole(Names.OFFICE) || session.isCallerInRole(Names.COUNTY_ADMIN))
                && staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(schoolId);
    }

    static boolean contactTeacher(EntityManager em, SessionContext session, long classId, LocalDate day) {
        return session.isCallerInRole(Names.CONTACT_TEACHER) && ContactTeachers.isContactTeacher(em,
                VisUserId.STAFF.idIn(session.getCallerPrincipal().getName()).orElse(-1L), classId, day);
    }

    static boolean maySee(EntityManager em, SessionContext session, StaffDirectory staff, long classId, long schoolId, LocalDate day) {
        return office(session, staff, schoolId) || contactTeacher(em, session, classId, day);
    }
}
