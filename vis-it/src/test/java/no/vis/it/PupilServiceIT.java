package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.vis.access.SchoolService;
import no.vis.common.BusinessException;
import no.vis.common.Page;
import no.vis.common.PageRequest;
import no.vis.common.SortDirection;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.Fodselsnummer;
import no.vis.people.InvalidFodselsnummerException;
import no.vis.people.NewPupil;
import no.vis.people.PersonName;
import no.vis.people.PupilRow;
import no.vis.people.PupilSearch;
import no.vis.people.PupilSearch.SortField;
import no.vis.people.PupilService;
import no.vis.school.ClassRef;
import no.vis.school.ClassSpec;
import no.vis.school.County;
import no.vis.school.School;
import no.vis.school.SchoolClass.Level;
import no.vis.school.UnknownSchoolException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pupils query against PostgreSQL: paging, filters, sorting, and bad input. Each test makes its own school. */
@ExtendWith(ArquillianExtension.class)
class PupilServiceIT {

    private static final int SCHOOL_YEAR = 2026;

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(PupilServiceIT.class, VisDeployment.class, TestPeople.class, Callers.class,
                Callers.Work.class, AsOffice.class, AsItOperations.class, AsSystem.class, AsCountyAdmin.class);
    }

    @Inject
    PupilService pupilService;

    @Inject
    SchoolService schools;

    @Inject
    AsOffice asOffice;

    @Inject
    AsCountyAdmin asCountyAdmin;

    @Inject
    AsItOperations asItOperations;

    @Inject
    AsSystem asSystem;

    private long schoolId;
    private String family;
    private final List<Fodselsnummer> numbers = new ArrayList<>();

    /** A school with 60 pupils: 35 in 1STA, 25 in 1STB, all with one family name unique to this test. */
    @BeforeEach
    void aSchoolWithSixtyPupils() throws Exception {
        asSystem.call(() -> {
            createSchoolWithSixtyPupils();
            return null;
        });
    }

    private void createSchoolWithSixtyPupils() {
        County county = schools.ensureCounty("46", "Vestland fylkeskommune");
        School school = schools.ensureSchool(county, TestPeople.orgNumber(), "Testheim vgs " + TestPeople.token());
        schoolId = school.getId();
        schools.ensureClasses(schoolId, SCHOOL_YEAR, List.of(new ClassSpec("1STA", Level.VG1, "ST"),
                new ClassSpec("1STB", Level.VG1, "ST")));
        var classes = schools.listClassRefs(SCHOOL_YEAR).stream().filter(c -> c.schoolId() == schoolId).toList();
        long classA = classes.stream().filter(c -> c.code().equals("1STA")).map(ClassRef::classId).findFirst().orElseThrow();
        long classB = classes.stream().filter(c -> c.code().equals("1STB")).map(ClassRef::classId).findFirst().orElseThrow();

        family = "Test" + TestPeople.token();
        TestPeople people = new TestPeople();
        List<NewPupil> pupils = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Fodselsnummer fnr = people.next();
            numbers.add(fnr);
            String given = (i == 7 ? "Nora" : "Elev") + String.format("%02d", i);
            pupils.add(new NewPupil(fnr, new PersonName(given, null, family), people.birthDate().minusDays(i),
                    new Address("Storgata 1", "4006", "STAVANGER", AddressProtection.UGRADERT),
                    schoolId, i < 35 ? classA : classB));
        }
        assertEquals(60, pupilService.addIfAbsent(pupils));
        assertEquals(0, pupilService.addIfAbsent(pupils), "adding the same pupils again adds nothing");
    }

    /** A search as the county administrator, who sees every school. */
    private Page<PupilRow> search(String text, String classCode, SortField sort, SortDirection direction, int first, int size)
            throws Exception {
        return asCountyAdmin.call(() -> pupilService.search(new PupilSearch(text, schoolId, classCode, sort, direction),
                new PageRequest(first, size)));
    }

    @Test
    void theServiceRefusesCallersWithoutAStaffRoleEvenWhenAPageForgetsToCheck() {
        PupilSearch all = PupilSearch.all();
        PageRequest page = new PageRequest(0, 25);
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> pupilService.search(all, page))), "anonymous");
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> asItOperations.call(() -> pupilService.search(all, page)))),
                "IT operations do not see pupil lists");
        assertTrue(Callers.refused(assertThrows(Exception.class, () -> asOffice.call(() -> pupilService.addIfAbsent(List.of())))),
                "only jobs add pupils");
    }

    @Test
    void anOfficeRoleWithoutASchoolSeesNoPupilAndNoSchool() throws Exception {
        // the run-as caller is no staff member: it has the role but no school
        assertEquals(0, asOffice.call(() -> pupilService.search(PupilSearch.all(), new PageRequest(0, 25))).total());
        assertTrue(asOffice.call(() -> schools.listSchools()).isEmpty());
        assertThrows(UnknownSchoolException.class, () -> asOffice.call(() -> pupilService.search(
                new PupilSearch(null, schoolId, null, null, null), new PageRequest(0, 25))));
    }

    @Test
    void pagesComeFromTheDatabaseInNameOrder() throws Exception {
        Page<PupilRow> first = search(null, null, SortField.NAME, SortDirection.ASCENDING, 0, 25);
        Page<PupilRow> third = search(null, null, SortField.NAME, SortDirection.ASCENDING, 50, 25);
        assertEquals(60, first.total());
        assertEquals(25, first.rows().size());
        assertEquals(10, third.rows().size());
        assertEquals("Elev00", first.rows().get(0).givenName());
        assertEquals("Nora07", third.rows().get(9).givenName(), "N sorts after E");
        assertTrue(first.rows().stream().allMatch(r -> r.schoolId() == schoolId));
        assertEquals(0, search(null, null, SortField.NAME, SortDirection.ASCENDING, 60, 25).rows().size());
    }

    @Test
    void sortsByBirthDateBothWays() throws Exception {
        List<PupilRow> descending = search(null, null, SortField.BIRTH_DATE, SortDirection.DESCENDING, 0, 60).rows();
        List<PupilRow> sorted = new ArrayList<>(descending);
        sorted.sort(Comparator.comparing(PupilRow::birthDate).reversed());
        assertEquals(sorted, descending);
        assertEquals("Elev00", descending.get(0).givenName());
        assertEquals("Elev59", search(null, null, SortField.BIRTH_DATE, SortDirection.ASCENDING, 0, 1).rows().get(0).givenName());
    }

    @Test
    void filtersByNameWordsInAnyCaseAndByClassPrefix() throws Exception {
        Page<PupilRow> nora = search("nora07 " + family.toUpperCase(), null, SortField.NAME, SortDirection.ASCENDING, 0, 25);
        assertEquals(1, nora.total());
        assertEquals("Nora07", nora.rows().get(0).givenName());
        assertEquals(60, search(family.substring(2, 7), null, SortField.NAME, SortDirection.ASCENDING, 0, 25).total());
        assertEquals(25, search(null, "1stb", SortField.NAME, SortDirection.ASCENDING, 0, 25).total());
        assertEquals(60, search(null, "1ST", SortField.NAME, SortDirection.ASCENDING, 0, 25).total());
        assertEquals("1STB", search(null, "1STB", SortField.CLASS, SortDirection.ASCENDING, 0, 1).rows().get(0).classCode());
    }

    @Test
    void findsAPupilByFodselsnummerAndExplainsAnInvalidOne() throws Exception {
        String fnr = numbers.get(3).value();
        Page<PupilRow> found = search(fnr.substring(0, 6) + " " + fnr.substring(6), null, SortField.NAME,
                SortDirection.ASCENDING, 0, 25);
        assertEquals(1, found.total());
        assertEquals("Elev03", found.rows().get(0).givenName());

        InvalidFodselsnummerException e = assertThrows(InvalidFodselsnummerException.class,
                () -> search("12345678901", null, SortField.NAME, SortDirection.ASCENDING, 0, 25));
        assertEquals(Fodselsnummer.Problem.CHECKSUM, e.problem());
    }

    @Test
    void wildcardsQuotesAndMarkupAreSearchedLiterally() throws Exception {
        for (String text : List.of("%", "_", "'", "\"", "\\", "<script>alert(1)</script>", "' OR '1'='1", "%%' --")) {
            assertEquals(0, search(text, null, SortField.NAME, SortDirection.ASCENDING, 0, 25).total(), text);
        }
    }

    @Test
    void refusesAnUnknownSchoolAndTooLongTexts() {
        assertThrows(UnknownSchoolException.class, () -> asCountyAdmin.call(() -> pupilService.search(
                new PupilSearch(null, -5L, null, null, null), new PageRequest(0, 25))));
        BusinessException tooLong = assertThrows(BusinessException.class,
                () -> new PupilSearch("x".repeat(500), null, null, null, null));
        assertEquals("pupils.search.nameTooLong", tooLong.messageKey());
        assertFalse(tooLong.getMessage().contains("xxxxx"), "the message does not echo the input");
    }
}
