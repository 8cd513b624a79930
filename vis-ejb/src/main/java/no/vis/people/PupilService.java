package no.vis.people;

import no.vis.common.NameCase;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.vis.access.KnownUser;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.SchoolScope;
import no.vis.access.SchoolService;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.common.Page;
import no.vis.common.PageRequest;
import no.vis.common.Texts;
import no.vis.platform.VisSettings;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.school.School;
import no.vis.school.SchoolClass;
import no.vis.school.UnknownSchoolException;

/**
 * Finding pupils. Paging, filtering and sorting happen in the database. Staff who work with
 * pupils may search; adding pupils is for the jobs that import them.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.TEACHER, Names.CONTACT_TEACHER, Names.COUNTY_ADMIN})
public class PupilService {

    @Resource
    SessionContext session;

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    SchoolService schools;

    @Inject
    VisSettings settings;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessLog accessLog;

    /**
     * One page of the pupils matching the search.
     *
     * @throws no.vis.school.UnknownSchoolException if the search names a school that does not exist
     * @throws InvalidFodselsnummerException if the text is 11 digits but not a valid number
     */
    public Page<PupilRow> search(PupilSearch search, PageRequest page) {
        SchoolScope scope = staff.callerScope();
        SchoolScope office = staff.callerScope(no.vis.access.Role.OFFICE, no.vis.access.Role.COUNTY_ADMIN);
        if (search.schoolId() != null && !scope.allows(search.schoolId())) {
            // a school that does not exist, and one the caller has no role at, look the same
            throw new UnknownSchoolException();
        }
        if (!scope.all() && scope.schoolIds().isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        Filter filter = filterFor(search, scope, office);
        no.vis.platform.QueryPlans.withTheValues(em); // a generic plan picks the trigram index even for two letters
        TypedQuery<Long> count = em.createQuery(
                "SELECT COUNT(s) FROM Pupil s" + (filter.joinClass ? " LEFT JOIN s.schoolClass c" : "") + filter.where,
                Long.class);
        filter.parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || page.first() >= total) {
            return new Page<>(List.of(), total);
        }
        TypedQuery<PupilRow> rows = em.createQuery(
                "SELECT NEW no.vis.people.PupilRow(s.id, s.name.givenName, s.name.middleName, s.name.familyName,"
                        + " s.birthDate, sc.id, sc.name, c.code)"
                        + " FROM Pupil s JOIN s.school sc LEFT JOIN s.schoolClass c"
                        + filter.where + orderBy(search),
                PupilRow.class);
        filter.parameters.forEach(rows::setParameter);
        rows.setFirstResult(page.first());
        rows.setMaxResults(page.size());
        List<PupilRow> shown = rows.getResultList();
        accessLog.readAll(SubjectKind.PUPIL, shown.stream().map(PupilRow::id).toList(), DataCategory.PERSONALIA, "pupil-list");
        return new Page<>(shown, total);
    }

    /**
     * Adds the pupils that are not in VIS yet (by fødselsnummer) and leaves the others as they are,
     * so that running the same input twice adds nothing. One query finds the existing ones.
     *
     * @return how many were added
     */
    @RolesAllowed(Names.SYSTEM)
    public int addIfAbsent(List<NewPupil> pupils) {
        if (pupils.isEmpty()) {
            return 0;
        }
        no.vis.platform.QueryPlans.withTheValues(em); // the table fills as this runs
        Set<Fodselsnummer> existing = new HashSet<>(em.createQuery(
                        "SELECT s.fodselsnummer FROM Pupil s WHERE s.fodselsnummer IN :fnrs", Fodselsnummer.class)
                .setParameter("fnrs", pupils.stream().map(NewPupil::fodselsnummer).toList())
                .getResultList());
        int added = 0;
        for (NewPupil n : pupils) {
            if (existing.add(n.fodselsnummer())) {
                School school = schools.getSchool(n.schoolId());
                SchoolClass schoolClass = n.classId() == null ? null : em.find(SchoolClass.class, n.classId());
                em.persist(new Pupil(n.fodselsnummer(), n.name(), n.birthDate(), n.address(), school, schoolClass));
                added++;
            }
        }
        return added;
    }

    /** How many pupils the schools of a county have. */
    @RolesAllowed({Names.SYSTEM, Names.COUNTY_ADMIN})
    public long countPupils(String countyCode) {
        return em.createQuery("SELECT COUNT(s) FROM Pupil s WHERE s.school.county.code = :county", Long.class)
                .setParameter("county", countyCode).getSingleResult();
    }

    /** The pupil with this Feide user id, as a logged-in user; empty for anyone else. Asked at login. */
    @PermitAll
    public Optional<KnownUser> findPupilByFeideUserId(String feideUserId) {
        return em.createQuery("SELECT s FROM Pupil s WHERE s.feideUserId = :id", Pupil.class)
                .setParameter("id", feideUserId).getResultStream().findFirst()
                .map(s -> new KnownUser(VisUserId.PUPIL.of(s.getId()), NameCase.givenName(s.getName().givenName()), Set.of(Role.PUPIL), Map.of()));
    }

    /** The calling pupil's own line: name, school, class. */
    @RolesAllowed(Names.PUPIL)
    public Optional<PupilRow> me() {
        Optional<Long> pupilId = VisUserId.PUPIL.idIn(session.getCallerPrincipal().getName());
        if (pupilId.isEmpty()) {
            return Optional.empty();
        }
        Optional<PupilRow> me = em.createQuery("SELECT NEW no.vis.people.PupilRow(s.id, s.name.givenName, s.name.middleName,"
                        + " s.name.familyName, s.birthDate, sc.id, sc.name, c.code)"
                        + " FROM Pupil s JOIN s.school sc LEFT JOIN s.schoolClass c WHERE s.id = :id", PupilRow.class)
                .setParameter("id", pupilId.get())
                .getResultStream().findFirst();
        me.ifPresent(row -> accessLog.read(SubjectKind.PUPIL, row.id(), DataCategory.PERSONALIA, "pupil-start-page"));
        return me;
    }

    /** Links a pupil's Feide account. For jobs (and the demo). */
    @RolesAllowed(Names.SYSTEM)
    public void linkFeide(Fodselsnummer pupil, String feideUserId) {
        em.createQuery("SELECT s FROM Pupil s WHERE s.fodselsnummer = :fnr", Pupil.class)
                .setParameter("fnr", pupil).getResultStream().findFirst()
                .ifPresent(s -> s.linkFeide(feideUserId));
    }

    private Filter filterFor(PupilSearch search, SchoolScope scope, SchoolScope office) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        boolean joinClass = false;
        if (search.schoolId() != null) {
            schools.getSchool(search.schoolId()); // a clear error for a school that does not exist
            conditions.add("s.school.id = :school");
            parameters.put("school", search.schoolId());
        } else if (!scope.all()) {
            conditions.add("s.school.id IN :schools");
            parameters.put("schools", List.copyOf(scope.schoolIds()));
        }
        if (!office.all()) {
            // where the caller only teaches: the pupils of their groups and classes, no one else
            Set<Long> teachingOnly = new HashSet<>(scope.schoolIds());
            teachingOnly.removeAll(office.schoolIds());
            if (!teachingOnly.isEmpty()) {
                conditions.add("(s.school.id NOT IN :teachingOnly OR " + StaffDirectory.TAUGHT_BY_ME + ")");
                parameters.put("teachingOnly", List.copyOf(teachingOnly));
                parameters.put("me", staff.callerStaffId().orElse(-1L));
                parameters.put("today", no.vis.common.Today.inNorway());
            }
        }
        if (search.classCode() != null) {
            joinClass = true;
            conditions.add("c.code LIKE :classCode ESCAPE '\\'");
            if (search.schoolId() != null) {
                // a pupil's class is always of the pupil's school: saying so lets the database
                // start from that school's few classes instead of every class with the code
                conditions.add("c.school.id = :school");
            }
            parameters.put("classCode", Texts.escapeLike(search.classCode().toUpperCase(Locale.ROOT)) + "%");
        }
        if (search.isFodselsnummerSearch()) {
            conditions.add("s.fodselsnummer = :fnr");
            parameters.put("fnr", Fodselsnummer.parse(search.nameOrFnr(), settings.allowSyntheticFodselsnummer()));
        } else if (search.nameOrFnr() != null) {
            String[] words = search.nameOrFnr().toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < words.length; i++) {
                conditions.add("s.searchName LIKE :name" + i + " ESCAPE '\\'");
                parameters.put("name" + i, "%" + Texts.escapeLike(words[i]) + "%");
            }
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Filter(where, parameters, joinClass);
    }

    /** The ORDER BY for a sort column, from a fixed list; the id last keeps pages stable. */
    private static String orderBy(PupilSearch search) {
        String dir = " " + search.direction().jpql();
        String columns = switch (search.sortField()) {
            case NAME -> "s.name.familyName" + dir + ", s.name.givenName" + dir;
            case BIRTH_DATE -> "s.birthDate" + dir;
            case SCHOOL -> "sc.name" + dir + ", s.name.familyName, s.name.givenName";
            case CLASS -> "c.code" + dir + ", s.name.familyName, s.name.givenName";
        };
        return " ORDER BY " + columns + ", s.id" + dir;
    }

    private record Filter(String where, Map<String, Object> parameters, boolean joinClass) {
    }
}
