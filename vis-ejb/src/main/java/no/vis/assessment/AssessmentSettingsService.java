package no.vis.assessment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.vis.access.Role.Names;
import no.vis.access.StaffMember;
import no.vis.access.VisUserId;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.school.County;
import no.vis.timetable.TeachingGroup;

/**
 * The county administrator's assessment settings: the fagkoder assessed on another scale than 1–6 (bestått / ikke
 * bestått, deltatt — Grep's vurderingsordning does not say which, so the county keeps the list), and how many days
 * after a school year's end its remarks in orden and atferd are kept. Only the caller's own county.
 */
@Stateless
@RolesAllowed(Names.COUNTY_ADMIN)
public class AssessmentSettingsService {

    /** The most days remarks may be kept after the school year (a year: the purpose is the year's grades). */
    public static final int MAX_KEPT_DAYS = 365;

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    SubjectCatalogue subjects;

    /** A fagkode's scale as the page lists it. */
    public record ScaleRow(String subjectCode, String title, GradeScale scale) implements java.io.Serializable {
    }

    public List<ScaleRow> scales(Locale locale) {
        long county = myCounty().getId();
        List<GradeScaleRule> rules = em.createQuery("SELECT r FROM GradeScaleRule r WHERE r.countyId = :c ORDER BY r.subjectCode",
                GradeScaleRule.class).setParameter("c", county).getResultList();
        Map<String, String> titles = subjects.titles(rules.stream().map(GradeScaleRule::getSubjectCode).toList(), locale);
        return rules.stream().map(r -> new ScaleRow(r.getSubjectCode(), titles.getOrDefault(r.getSubjectCode(), r.getSubjectCode()),
                r.getScale())).toList();
    }

    /**
     * Sets a fagkode's scale; NUMERIC (1–6, everyone's default) takes the fagkode off the list.
     *
     * @throws InvalidInputException {@code subjectCode} (not a fagkode), {@code scale} (none chosen)
     */
    public void setScale(String subjectCode, GradeScale scale) {
        String code = subjectCode == null ? "" : subjectCode.strip().toUpperCase(Locale.ROOT);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (!TeachingGroup.SUBJECT_CODE.matcher(code).matches()) {
            errors.add("subjectCode", "assessmentSettings.subjectCode.invalid");
        }
        if (scale == null) {
            errors.add("scale", "assessmentSettings.scale.required");
        }
        errors.throwIfAny();
        long county = myCounty().getId();
        Optional<GradeScaleRule> rule = em.createQuery("SELECT r FROM GradeScaleRule r WHERE r.countyId = :c AND r.subjectCode = :s",
                GradeScaleRule.class).setParameter("c", county).setParameter("s", code).getResultStream().findFirst();
        if (scale == GradeScale.NUMERIC) {
            rule.ifPresent(em::remove);
        } else if (rule.isPresent()) {
            rule.get().rescale(scale);
        } else {
            em.persist(new GradeScaleRule(county, code, scale));
        }
    }

    public int remarksKeptDays() {
        return myCounty().conductRemarksKeptDays();
    }

    /** @throws InvalidInputException {@code keptDays}: from 0 to {@value #MAX_KEPT_DAYS} */
    public void keepRemarks(Integer days) {
        if (days == null || days < 0 || days > MAX_KEPT_DAYS) {
            throw new InvalidInputException(Map.of("keptDays", "assessmentSettings.keptDays.range"));
        }
        myCounty().keepConductRemarks(days);
    }

    private County myCounty() {
        return VisUserId.STAFF.idIn(session.getCallerPrincipal().getName()).map(id -> em.find(StaffMember.class, id))
                .map(StaffMember::getCounty).orElseThrow(() -> new BusinessException("county.unknown"));
    }
}
