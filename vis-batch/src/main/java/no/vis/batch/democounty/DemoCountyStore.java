package no.vis.batch.democounty;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.SchoolService;
import no.vis.access.StaffDirectory;
import no.vis.guardianship.Guardian;
import no.vis.guardianship.GuardianService;
import no.vis.people.Fodselsnummer;
import no.vis.people.NewPupil;
import no.vis.people.PersonName;
import no.vis.people.PupilService;
import no.vis.school.ClassRef;
import no.vis.school.ClassSpec;
import no.vis.school.County;
import no.vis.school.School;

/**
 * What {@code demo-county} writes, through the domain services, as the {@code SYSTEM} role: a job
 * has no user, and the services admit no anonymous caller. Joins the chunk's transaction.
 */
@Stateless
@PermitAll
@RunAs(Names.SYSTEM)
@jakarta.interceptor.Interceptors(no.vis.batch.jobs.BatchCallersOnly.class)
public class DemoCountyStore {

    @Inject
    SchoolService schools;

    @Inject
    PupilService pupilService;

    @Inject
    StaffDirectory staff;

    @Inject
    GuardianService guardians;

    @Inject
    no.vis.platform.DatabaseStatistics statistics;

    public County ensureCounty(String code, String name) {
        return schools.ensureCounty(code, name);
    }

    /** The school with its classes for the school year; returns the school's id. */
    public long ensureSchoolWithClasses(County county, String orgNumber, String name, int schoolYear, List<ClassSpec> classes) {
        School school = schools.ensureSchool(county, orgNumber, name);
        schools.ensureClasses(school.getId(), schoolYear, classes);
        return school.getId();
    }

    /** A staff member with roles at schools (school id {@code null}: county-wide). */
    public void ensureStaff(County county, String feideUserId, String name, List<RoleAt> roles) {
        long id = staff.ensureStaff(county, feideUserId, name).getId();
        roles.forEach(r -> staff.grant(id, r.schoolId(), r.role()));
    }

    public List<ClassRef> listClassRefs(int schoolYear) {
        return schools.listClassRefs(schoolYear);
    }

    public int addIfAbsent(List<NewPupil> pupils) {
        return pupilService.addIfAbsent(pupils);
    }

    public void linkFeide(Fodselsnummer pupil, String feideUserId) {
        pupilService.linkFeide(pupil, feideUserId);
    }

    /** The planner's statistics for what the job wrote (autovacuum may be off, or late). */
    public void refreshStatistics() {
        statistics.refresh("school", "school_class", "student", "guardian", "guardianship", "consent");
    }

    public Guardian ensureGuardian(Fodselsnummer fnr, PersonName name) {
        return guardians.ensureGuardian(fnr, name);
    }

    /** The families of pupils who have none yet; returns how many got theirs. */
    public int addFamiliesIfAbsent(List<no.vis.guardianship.NewFamily> families) {
        return guardians.addFamiliesIfAbsent(families, "job:demo-county");
    }

    /** A role at a school, or county-wide when the school id is null. */
    public record RoleAt(Role role, Long schoolId) {
    }
}
