package no.vis.web.common;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vis.access.Role;

/**
 * Every page of VIS, once: its path, who may open it and whether it needs the id of a pupil. The
 * page list ({@code /pages.xhtml}) shows it, a unit test holds it equal to the .xhtml files, and
 * the accessibility crawler in vis-it visits every page as every role from it — so a page added
 * without an entry here fails the build, and a page with an entry is checked by axe.
 * <p>
 * Who may open a page is enforced by the area filters ({@code SecurityConfig}); the crawler checks
 * that the two agree (every other role gets the 403 page or the login).
 */
public enum Pages {

    HOME("/index.xhtml", Set.of(), null),
    PAGES("/pages.xhtml", Set.of(), null),
    ACCESSIBILITY("/accessibility.xhtml", Set.of(), null),

    STAFF_HOME("/staff/index.xhtml", Roles.STAFF, null),
    STUDENTS("/staff/pupils.xhtml", Roles.PUPIL_LISTS, null),
    PUPIL_CARD("/staff/pupil.xhtml", Roles.PUPIL_LISTS, "id"),
    GUARDIAN_NEW("/staff/guardian-new.xhtml", Roles.GUARDIAN_ADMINISTRATION, "pupil"),
    ENROL("/staff/enrol.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    ACCESS_LOG("/staff/access-log.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    REMOVALS("/staff/removals.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    SUBJECTS("/staff/subjects.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    ROLES("/staff/roles.xhtml", Set.of(Role.COUNTY_ADMIN), null),
    ABSENCE_CODES("/staff/absence-codes.xhtml", Set.of(Role.COUNTY_ADMIN), null),
    ASSESSMENT_SETTINGS("/staff/assessment-settings.xhtml", Set.of(Role.COUNTY_ADMIN), null),
    JOBS("/staff/jobs.xhtml", Set.of(Role.IT_OPERATIONS), null),
    TEACHER_WEEK("/staff/week.xhtml", Roles.TEACHING, null),
    TEACHER_GROUPS("/staff/groups.xhtml", Roles.TEACHING, null),
    TEACHER_DAY("/staff/day.xhtml", Roles.TEACHING, null),
    REGISTER("/staff/register.xhtml", Roles.TEACHING, "lesson"),
    CLASS_DAY("/staff/class-day.xhtml", Set.of(Role.CONTACT_TEACHER), "class"),
    CLASS_ABSENCE("/staff/class-absence.xhtml", EnumSet.of(Role.CONTACT_TEACHER, Role.OFFICE, Role.COUNTY_ADMIN), "class"),
    CLASS_CLOSING("/staff/class-closing.xhtml", EnumSet.of(Role.CONTACT_TEACHER, Role.OFFICE, Role.COUNTY_ADMIN), "class"),
    OFFICE_TIMETABLE("/staff/timetable.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    OFFICE_CHANGES("/staff/changes.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    LESSON_EDIT("/staff/lesson.xhtml", Roles.GUARDIAN_ADMINISTRATION, "lesson"),
    UNTIS_IMPORT("/staff/untis.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    GROUP_ADMIN("/staff/teaching-groups.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    GROUP_CARD("/staff/teaching-group.xhtml", Roles.GUARDIAN_ADMINISTRATION, "group"),
    CLASS_CONTACTS("/staff/classes.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    TIMETABLE_BUILD("/staff/timetable-build.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    COPY_WEEK("/staff/copy-week.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    CALENDAR("/staff/calendar.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    REGISTERS("/staff/registers.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    TERM_REPORT("/staff/term-report.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    GRADE_ROUNDS("/staff/grade-rounds.xhtml", Roles.GUARDIAN_ADMINISTRATION, null),
    GRADES("/staff/grades.xhtml", Roles.TEACHING, null),
    REMARKS("/staff/remarks.xhtml", Roles.TEACHING, "group"),
    FORMATIVE("/staff/formative.xhtml", Roles.TEACHING, "group"),
    CONDUCT("/staff/conduct.xhtml", EnumSet.of(Role.CONTACT_TEACHER, Role.OFFICE, Role.COUNTY_ADMIN), "class"),
    GRADE_PROTOCOL("/staff/grade-protocol.xhtml", EnumSet.of(Role.TEACHER, Role.CONTACT_TEACHER, Role.OFFICE, Role.COUNTY_ADMIN), "group"),

    PUPIL_HOME("/pupil/index.xhtml", Set.of(Role.PUPIL), null),
    PUPIL_SUBJECTS("/pupil/subjects.xhtml", Set.of(Role.PUPIL), null),
    PUPIL_CURRICULUM("/pupil/curriculum.xhtml", Set.of(Role.PUPIL), "subject"),
    PUPIL_ACCESS_LOG("/pupil/access-log.xhtml", Set.of(Role.PUPIL), null),
    PUPIL_ABSENCE("/pupil/absence.xhtml", Set.of(Role.PUPIL), null),
    PUPIL_REPORT("/pupil/report.xhtml", Set.of(Role.PUPIL), null),
    PUPIL_ABSENCE_REQUEST("/pupil/absence-request.xhtml", Set.of(Role.PUPIL), null),
    PUPIL_HISTORY("/pupil/history.xhtml", Set.of(Role.PUPIL), null),
    PUPIL_CONDUCT("/pupil/conduct.xhtml", Set.of(Role.PUPIL), null),
    PUPIL_ASSESSMENTS("/pupil/assessments.xhtml", Set.of(Role.PUPIL), null),

    GUARDIAN_HOME("/guardian/index.xhtml", Set.of(Role.GUARDIAN), null),
    GUARDIAN_CHILD("/guardian/child.xhtml", Set.of(Role.GUARDIAN), "id"),
    GUARDIAN_SUBJECTS("/guardian/subjects.xhtml", Set.of(Role.GUARDIAN), "child"),
    GUARDIAN_CURRICULUM("/guardian/curriculum.xhtml", Set.of(Role.GUARDIAN), "subject"),
    GUARDIAN_CONTACT("/guardian/contact.xhtml", Set.of(Role.GUARDIAN), null),
    GUARDIAN_ACCESS_LOG("/guardian/access-log.xhtml", Set.of(Role.GUARDIAN), null),
    GUARDIAN_ABSENCE("/guardian/absence.xhtml", Set.of(Role.GUARDIAN), "child"),
    GUARDIAN_REPORT("/guardian/report.xhtml", Set.of(Role.GUARDIAN), "child"),
    GUARDIAN_HISTORY("/guardian/history.xhtml", Set.of(Role.GUARDIAN), "child"),
    GUARDIAN_CONDUCT("/guardian/conduct.xhtml", Set.of(Role.GUARDIAN), "child"),

    // error pages: shown by the server (web.xml), and open to anyone
    ERROR_400("/errors/400.xhtml", Set.of(), null),
    ERROR_403("/errors/403.xhtml", Set.of(), null),
    ERROR_404("/errors/404.xhtml", Set.of(), null),
    ERROR_500("/errors/500.xhtml", Set.of(), null),
    ERROR_EXPIRED("/errors/expired.xhtml", Set.of(), null),
    ERROR_UNKNOWN_USER("/errors/unknown-user.xhtml", Set.of(), null);

    /** Which login an area's pages ask for. */
    public enum Login {
        NONE, FEIDE, IDPORTEN
    }

    private static final class Roles {
        static final Set<Role> STAFF = EnumSet.of(Role.OFFICE, Role.TEACHER, Role.CONTACT_TEACHER, Role.IT_OPERATIONS,
                Role.COUNTY_ADMIN);
        static final Set<Role> PUPIL_LISTS = EnumSet.of(Role.OFFICE, Role.TEACHER, Role.CONTACT_TEACHER, Role.COUNTY_ADMIN);
        static final Set<Role> GUARDIAN_ADMINISTRATION = EnumSet.of(Role.OFFICE, Role.COUNTY_ADMIN);
        static final Set<Role> TEACHING = EnumSet.of(Role.TEACHER, Role.CONTACT_TEACHER);
    }

    private final String path;
    private final Set<Role> roles;
    private final String idParameter;

    Pages(String path, Set<Role> roles, String idParameter) {
        this.path = path;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.idParameter = idParameter;
    }

    /** The path from the context root, e.g. {@code /staff/pupil.xhtml}. */
    public String path() {
        return path;
    }

    /** The roles that may open the page; empty: anyone, without logging in. */
    public Set<Role> roles() {
        return roles;
    }

    /** The roles in the enum's order, for showing. */
    public List<Role> rolesInOrder() {
        return Arrays.stream(Role.values()).filter(roles::contains).toList();
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }

    public boolean mayOpen(Role role) {
        return isPublic() || roles.contains(role);
    }

    /** The query parameter naming the pupil the page is about ({@code id}, {@code pupil}); none: null. */
    public String idParameter() {
        return idParameter;
    }

    public boolean needsId() {
        return idParameter != null;
    }

    /** The bundle key of what the page is. */
    public String descriptionKey() {
        return "pages." + name();
    }

    /** The login the page's area asks for (a user logged in with another gets that login first). */
    public Login login() {
        if (path.startsWith("/staff/") || path.startsWith("/pupil/")) {
            return Login.FEIDE;
        }
        return path.startsWith("/guardian/") ? Login.IDPORTEN : Login.NONE;
    }

    /** The login a role's users log in with. */
    public static Login loginOf(Role role) {
        return role == Role.GUARDIAN ? Login.IDPORTEN : Login.FEIDE;
    }

    public static Optional<Pages> byPath(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst();
    }
}
