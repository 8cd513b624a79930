package no.vis.absence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.school.AbsenceSettings;
import no.vis.school.County;

/**
 * The county administrator keeps the county's absence codes — starting from a standard set
 * (InSchool's or iSkole's), adding a code, ending one from a day (earlier absence keeps it) — and the
 * county's absence settings. A code is never deleted or changed in meaning: a new meaning is a new
 * code valid from a day, so absence registered earlier keeps what it meant then.
 */
@Stateless
@RolesAllowed({Names.COUNTY_ADMIN, Names.SYSTEM})
public class AbsenceCodeService {

    private static final System.Logger LOG = System.getLogger(AbsenceCodeService.class.getName());

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AbsenceCodes codes;

    /** The caller's county's codes, the ended ones too. */
    public List<AbsenceCode> myCodes() {
        return codes.all(myCounty().getId());
    }

    /** Adds the standard set's codes valid from the day, leaving out codes the county already has valid then. */
    public int startFrom(StandardCodeSet set, LocalDate from) {
        return addSet(myCounty().getId(), set, from);
    }

    /** The same for a county by id: for demo-county and the jobs (SYSTEM), never a county administrator of another county. */
    @RolesAllowed(Names.SYSTEM)
    public int startFrom(long countyId, StandardCodeSet set, LocalDate from) {
        return addSet(countyId, set, from);
    }

    private int addSet(long countyId, StandardCodeSet set, LocalDate from) {
        int added = 0;
        for (AbsenceCodeForm form : set.codes(from)) {
            if (!codeValidOn(countyId, form.code(), from)) {
                em.persist(new AbsenceCode(countyId, form));
                added++;
            }
        }
        LOG.log(System.Logger.Level.INFO, "County {0}: {1} absence codes of {2} from {3}", countyId, added, set, from);
        return added;
    }

    /**
     * Adds a code.
     *
     * @throws InvalidInputException {@code code}, {@code nameNb}, {@code nameNn}, {@code nameEn}, {@code validFrom}, {@code validTo}
     */
    public long add(AbsenceCodeForm form) {
        long county = myCounty().getId();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (form.code() == null || form.code().isBlank() || form.code().strip().length() > AbsenceCode.CODE_MAX) {
            errors.add("code", "absenceCodes.code.invalid");
        }
        checkName(errors, "nameNb", form.nameNb());
        checkName(errors, "nameNn", form.nameNn());
        checkName(errors, "nameEn", form.nameEn());
        if (form.validFrom() == null) {
            errors.add("validFrom", "absenceCodes.validFrom.required");
        }
        if (form.documentation() == null) {
            errors.add("documentation", "absenceCodes.documentation.required");
        }
        if (form.validTo() != null && form.validFrom() != null && !form.validFrom().isBefore(form.validTo())) {
            errors.add("validTo", "absenceCodes.validTo.beforeFrom");
        }
        if (!errors.has("code") && form.validFrom() != null && overlaps(county, form.code().strip(), form.validFrom(), form.validTo())) {
            errors.add("code", "absenceCodes.code.taken");
        }
        errors.throwIfAny();
        AbsenceCode code = new AbsenceCode(county, form);
        em.persist(code);
        em.flush();
        return code.getId();
    }

    /** Ends one of the county's codes from the day (it is not used from then; earlier absence keeps it). */
    public void end(long codeId, LocalDate day) {
        AbsenceCode code = em.find(AbsenceCode.class, codeId);
        if (code == null || code.getCountyId() != myCounty().getId()) {
            throw new BusinessException("absenceCodes.unknown");
        }
        if (day == null || !day.isAfter(code.getValidFrom())) {
            throw new InvalidInputException(java.util.Map.of("endOn", "absenceCodes.endOn.afterFrom"));
        }
        if (day.isBefore(no.vis.common.Today.inNorway())) {
            // absence registered with it meanwhile keeps it; a code ended in the past would refuse those registers' saves
            throw new InvalidInputException(java.util.Map.of("endOn", "absenceCodes.endOn.past"));
        }
        if (code.getValidTo() != null && !day.isBefore(code.getValidTo())) {
            throw new InvalidInputException(java.util.Map.of("endOn", "absenceCodes.endOn.onlyEarlier"));
        }
        code.endOn(day);
    }

    public AbsenceSettings mySettings() {
        return myCounty().absenceSettings();
    }

    /**
     * The county's absence settings, as the county administrator decides them.
     *
     * @throws InvalidInputException {@code warningPercent} (over 0, under 10), {@code deadlineHours} (1-2160)
     */
    public void decide(java.math.BigDecimal warningPercent, boolean latenessCounts, int deadlineHours, boolean guardiansSeeDetail) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (warningPercent == null || warningPercent.signum() <= 0 || warningPercent.compareTo(java.math.BigDecimal.TEN) >= 0
                || warningPercent.scale() > 1 && warningPercent.stripTrailingZeros().scale() > 1) {
            errors.add("warningPercent", "absenceCodes.warning.range");
        }
        if (deadlineHours < 1 || deadlineHours > AbsenceSettings.MAX_DEADLINE_HOURS) {
            errors.add("deadlineHours", "absenceCodes.deadline.range");
        }
        errors.throwIfAny();
        AbsenceSettings settings = new AbsenceSettings(warningPercent.setScale(1, java.math.RoundingMode.UNNECESSARY), latenessCounts,
                deadlineHours, guardiansSeeDetail);
        County county = myCounty();
        county.decideAbsenceSettings(settings);
        LOG.log(System.Logger.Level.INFO, "County {0}: absence settings {1} (by {2})", county.getCode(), settings,
                session.getCallerPrincipal().getName());
    }

    private static void checkName(InvalidInputException.Collector errors, String field, String name) {
        if (name == null || name.isBlank() || name.strip().length() > AbsenceCode.NAME_MAX) {
            errors.add(field, "absenceCodes.name.invalid");
        }
    }

    private boolean codeValidOn(long countyId, String code, LocalDate day) {
        return !em.createQuery("SELECT c.id FROM AbsenceCode c WHERE c.countyId = :county AND c.code = :code"
                        + " AND c.validFrom <= :day AND (c.validTo IS NULL OR c.validTo > :day)", Long.class)
                .setParameter("county", countyId).setParameter("code", code).setParameter("day", day).getResultList().isEmpty();
    }

    private boolean overlaps(long countyId, String code, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM AbsenceCode c WHERE c.countyId = :county AND c.code = :code", AbsenceCode.class)
                .setParameter("county", countyId).setParameter("code", code).getResultStream()
                .anyMatch(c -> (c.getValidTo() == null || c.getValidTo().isAfter(from)) && (to == null || to.isAfter(c.getValidFrom())));
    }

    private County myCounty() {
        Optional<County> county = VisUserId.STAFF.idIn(session.getCallerPrincipal().getName())
                .map(id -> em.find(no.vis.access.StaffMember.class, id)).map(no.vis.access.StaffMember::getCounty);
        return county.orElseThrow(() -> new BusinessException("county.unknown"));
    }
}
