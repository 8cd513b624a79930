package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.sql.DataSource;
import no.vis.absence.AbsenceCodeForm;
import no.vis.absence.AbsenceCodeService;
import no.vis.absence.AbsenceCodes;
import no.vis.absence.Documentation;
import no.vis.absence.StandardCodeSet;
import no.vis.common.InvalidInputException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The county administrator's absence codes and settings against PostgreSQL (issue 12): a standard set
 * added once, a new code with its field errors, a code that would overlap one in force refused, a code
 * ended from a day (not used after it), and the settings with their ranges.
 */
@ExtendWith(ArquillianExtension.class)
class AbsenceCodesIT {

    static final LocalDate FROM = LocalDate.of(2026, 8, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(AbsenceCodesIT.class, TestDb.class, TestPeople.class, Callers.class, Callers.Work.class,
                AsCountyAdminStaff.class);
    }

    @Inject
    AbsenceCodeService service;

    @Inject
    AbsenceCodes codes;

    @Inject
    AsCountyAdminStaff asAdmin;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    @Test
    void theCountyKeepsItsCodesAndSettings() throws Exception {
        long county;
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            county = db.county("86", "Kodefylket");
            db.freshStaffWithId(AsCountyAdminStaff.ID, "Frida Fylke", county);
            db.execute("UPDATE staff_member SET county_id = CAST(? AS BIGINT) WHERE id = " + AsCountyAdminStaff.ID, Long.toString(county));
            db.execute("DELETE FROM absence_code WHERE county_id = CAST(? AS BIGINT)", Long.toString(county));
        }
        assertEquals(7, asAdmin.call(() -> service.startFrom(StandardCodeSet.ISKOLE, FROM)));
        assertEquals(0, asAdmin.call(() -> service.startFrom(StandardCodeSet.ISKOLE, FROM)), "added once");
        assertEquals("F,S,O,A,M", String.join(",", codes.lessonCodes(county, FROM.plusDays(20)).stream().map(c -> c.getCode()).toList()));
        assertEquals("D,I", String.join(",", codes.dayCodes(county, FROM.plusDays(20)).stream().map(c -> c.getCode()).toList()));

        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> service.add(
                new AbsenceCodeForm("TOOLONG", " ", "Namn", "Name", true, true, false, false, false, Documentation.UNDOCUMENTED, FROM,
                        FROM.minusDays(1), 10))));
        assertEquals("absenceCodes.code.invalid", bad.fieldErrors().get("code"));
        assertEquals("absenceCodes.name.invalid", bad.fieldErrors().get("nameNb"));
        assertEquals("absenceCodes.validTo.beforeFrom", bad.fieldErrors().get("validTo"));
        InvalidInputException taken = assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> service.add(
                new AbsenceCodeForm("F", "Fravær", "Fråvær", "Absent", true, true, true, false, false, Documentation.UNDOCUMENTED,
                        FROM.plusMonths(2), null, 10))));
        assertEquals("absenceCodes.code.taken", taken.fieldErrors().get("code"), "F is in force then");

        // a temporary health code for some weeks to come (as counties had in 2020), ended early
        LocalDate today = no.vis.common.Today.inNorway();
        long h = asAdmin.call(() -> service.add(new AbsenceCodeForm("H", "Helsefravær", "Helsefråvær", "Health absence", true, true,
                false, false, false, Documentation.HEALTH_SELF_CERTIFIED, today.plusDays(10), today.plusDays(100), 15)));
        assertEquals("F,H,S,O,A,M", String.join(",", codes.lessonCodes(county, today.plusDays(20)).stream().map(c -> c.getCode()).toList()));
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> {
            service.end(h, today.plusDays(10));
            return null;
        }));
        assertEquals("absenceCodes.endOn.afterFrom", early.fieldErrors().get("endOn"));
        long f = codes.lessonCodes(county, today).get(0).getId();
        InvalidInputException past = assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> {
            service.end(f, today.minusDays(1));
            return null;
        }));
        assertEquals("absenceCodes.endOn.past", past.fieldErrors().get("endOn"), "absence registered meanwhile keeps its code");
        asAdmin.call(() -> {
            service.end(h, today.plusDays(40));
            return null;
        });
        InvalidInputException later = assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> {
            service.end(h, today.plusDays(60));
            return null;
        }));
        assertEquals("absenceCodes.endOn.onlyEarlier", later.fieldErrors().get("endOn"));
        assertEquals("F,S,O,A,M", String.join(",", codes.lessonCodes(county, today.plusDays(40)).stream().map(c -> c.getCode()).toList()),
                "not used from the day it ends");

        InvalidInputException range = assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> {
            service.decide(new BigDecimal("12"), true, 0, false);
            return null;
        }));
        assertEquals("absenceCodes.warning.range", range.fieldErrors().get("warningPercent"));
        assertEquals("absenceCodes.deadline.range", range.fieldErrors().get("deadlineHours"));
        asAdmin.call(() -> {
            service.decide(new BigDecimal("7.5"), false, 24, true);
            return null;
        });
        try (TestDb db = new TestDb(dataSource.getConnection())) {
            assertEquals("7.5|no|24|yes", db.text("SELECT absence_warning_percent || '|' || CASE WHEN lateness_counts THEN 'yes' ELSE 'no'"
                    + " END || '|' || register_deadline_hours || '|' || CASE WHEN guardians_see_absence_detail THEN 'yes' ELSE 'no' END"
                    + " FROM county WHERE id = ?", county));
        }
    }
}
