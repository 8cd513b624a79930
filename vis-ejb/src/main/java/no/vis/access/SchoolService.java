package no.vis.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.vis.access.Role.Names;
import no.vis.school.ClassRef;
import no.vis.school.ClassSpec;
import no.vis.school.County;
import no.vis.school.School;
import no.vis.school.SchoolClass;
import no.vis.school.SchoolOption;
import no.vis.school.UnknownSchoolException;

/**
 * Counties, schools and classes: reading them (every staff member, each seeing the schools of their
 * roles), and adding them idempotently by business key (jobs and the county administrator). Here
 * rather than in {@code no.vis.school} because it answers for the caller's roles: the school
 * structure itself knows nothing of staff (no cycle between the two packages).
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.TEACHER, Names.CONTACT_TEACHER, Names.IT_OPERATIONS, Names.COUNTY_ADMIN, Names.SYSTEM})
public class SchoolService {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    /** The schools the caller works with (all for the county administrator and jobs), by name, for choosing one. */
    public List<SchoolOption> listSchools() {
        SchoolScope scope = staff.callerScope();
        if (scope.all()) {
            return em.createQuery("SELECT NEW no.vis.school.SchoolOption(s.id, s.name) FROM School s ORDER BY s.name, s.id",
                    SchoolOption.class).getResultList();
        }
        if (scope.schoolIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW no.vis.school.SchoolOption(s.id, s.name) FROM School s WHERE s.id IN :ids"
                        + " ORDER BY s.name, s.id", SchoolOption.class)
                .setParameter("ids", List.copyOf(scope.schoolIds())).getResultList();
    }

    public Optional<School> findSchool(long id) {
        return Optional.ofNullable(em.find(School.class, id));
    }

    /** @throws UnknownSchoolException if there is no such school */
    public School getSchool(long id) {
        return findSchool(id).orElseThrow(UnknownSchoolException::new);
    }

    public Optional<County> findCounty(String code) {
        return em.createQuery("SELECT c FROM County c WHERE c.code = :code", County.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<School> findSchoolByOrgNumber(String orgNumber) {
        return em.createQuery("SELECT s FROM School s WHERE s.orgNumber = :org", School.class)
                .setParameter("org", orgNumber).getResultStream().findFirst();
    }

    /** The county with this code, created with the name if it does not exist. */
    @RolesAllowed({Names.SYSTEM, Names.COUNTY_ADMIN})
    public County ensureCounty(String code, String name) {
        return findCounty(code).orElseGet(() -> {
            County county = new County(code, name);
            em.persist(county);
            return county;
        });
    }

    /** The school with this organisation number, created in the county if it does not exist. */
    @RolesAllowed({Names.SYSTEM, Names.COUNTY_ADMIN})
    public School ensureSchool(County county, String orgNumber, String name) {
        return findSchoolByOrgNumber(orgNumber).orElseGet(() -> {
            School school = new School(em.merge(county), orgNumber, name);
            em.persist(school);
            return school;
        });
    }

    /** The classes of a school in a school year, by code. */
    public List<SchoolClass> listClasses(long schoolId, int schoolYear) {
        return em.createQuery("SELECT c FROM SchoolClass c WHERE c.school.id = :school AND c.schoolYear = :year"
                        + " ORDER BY c.code", SchoolClass.class)
                .setParameter("school", schoolId).setParameter("year", schoolYear).getResultList();
    }

    /**
     * Creates the classes of a school year that the school does not have yet (by code); leaves the
     * others as they are.
     *
     * @return how many were created
     */
    @RolesAllowed({Names.SYSTEM, Names.COUNTY_ADMIN})
    public int ensureClasses(long schoolId, int schoolYear, List<ClassSpec> specs) {
        School school = getSchool(schoolId);
        java.util.Set<String> existing = new java.util.HashSet<>();
        listClasses(schoolId, schoolYear).forEach(c -> existing.add(c.getCode()));
        int created = 0;
        for (ClassSpec spec : specs) {
            SchoolClass candidate = new SchoolClass(school, schoolYear, spec.code(), spec.level(), spec.programme());
            if (existing.add(candidate.getCode())) {
                em.persist(candidate);
                created++;
            }
        }
        return created;
    }

    /** Every class of a school year with its school, in one query. */
    public List<ClassRef> listClassRefs(int schoolYear) {
        return em.createQuery("SELECT NEW no.vis.school.ClassRef(c.id, s.id, s.orgNumber, c.code)"
                        + " FROM SchoolClass c JOIN c.school s WHERE c.schoolYear = :year", ClassRef.class)
                .setParameter("year", schoolYear).getResultList();
    }
}
