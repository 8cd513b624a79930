package no.vis.assessment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.vis.absence.AbsenceStandings;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.NameCase;
import no.vis.common.Today;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.guardianship.GuardianService;
import no.vis.guardianship.VisibleChildren;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * The history (Historikk) pupils and guardians see: per school year and subject the halvårsvurdering
 * and standpunkt grades, and the absence of each half-year. A grade is read only once published — the
 * query itself leaves out every grade whose publication time (its class's own, else its round's) has
 * not come, so that nothing about it, not even that it exists, reaches a page. The pupil sees their
 * own; a guardian what the guardian access policy allows ({@code HISTORY}). Every read is logged.
 */
@Stateless
public class HistoryService {

    static final String PUPIL_PAGE = "pupil-history";
    static final String GUARDIAN_PAGE = "guardian-history";

    /** The published grades of a pupil: the class's own publication time where the round has one, else the round's. */
    static final String PUBLISHED = "SELECT g.subject_code, g.kind, g.grade_value, g.remark_code, r.school_year, r.kind"
            + " FROM grade g JOIN grade_round r ON r.id = g.grade_round_id"
            + " LEFT JOIN grade_round_class rc ON rc.grade_round_id = r.id AND rc.school_class_id = g.school_class_id"
            + " WHERE g.student_id = ?1 AND COALESCE(rc.publish_at, r.publish_at) <= ?2";

    /** The published orden and atferd grades of a pupil, gated as the grades are. */
    static final String PUBLISHED_CONDUCT = "SELECT g.kind, g.grade_value, r.school_year, r.kind"
            + " FROM conduct_grade g JOIN grade_round r ON r.id = g.grade_round_id"
            + " LEFT JOIN grade_round_class rc ON rc.grade_round_id = r.id AND rc.school_class_id = g.school_class_id"
            + " WHERE g.student_id = ?1 AND COALESCE(rc.publish_at, r.publish_at) <= ?2";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    GuardianService guardians;

    @Inject
    SubjectCatalogue subjects;

    @Inject
    AbsenceStandings absence;

    /** The calling pupil's history. */
    @RolesAllowed(Names.PUPIL)
    public History myHistory(Locale locale) {
        long pupilId = VisUserId.PUPIL.idIn(session.getCallerPrincipal().getName()).orElseThrow(() -> new IllegalStateException("not a pupil"));
        History history = historyOf(pupilId, true, locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.HISTORY, PUPIL_PAGE);
        return history;
    }

    /**
     * The calling guardian's history page: the children they may see and the wanted child's history (the
     * first child's when none is wanted); a child they may not see has none ({@code history} null), logged.
     */
    @RolesAllowed(Names.GUARDIAN)
    public GuardianHistory childHistory(Long wantedPupilId, Locale locale) {
        VisibleChildren mine = guardians.myVisibleChildren();
        Long pupilId = wantedPupilId != null ? wantedPupilId : mine.children().isEmpty() ? null : mine.children().get(0).pupilId();
        if (pupilId == null) {
            return new GuardianHistory(mine.children(), null, null);
        }
        if (!mine.allows(pupilId, DataCategory.HISTORY)) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.HISTORY, GUARDIAN_PAGE);
            return new GuardianHistory(mine.children(), null, null);
        }
        boolean conduct = mine.allows(pupilId, DataCategory.ORDER_AND_CONDUCT);
        History history = historyOf(pupilId, conduct, locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.HISTORY, GUARDIAN_PAGE);
        if (conduct) {
            accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.ORDER_AND_CONDUCT, GUARDIAN_PAGE);
        }
        return new GuardianHistory(mine.children(), mine.shown(pupilId), history);
    }

    /** The calling pupil's history as a PDF. */
    @RolesAllowed(Names.PUPIL)
    public byte[] myHistoryPdf(Locale locale) {
        return HistoryDocuments.pdf(myHistory(locale), Today.inNorway(), locale);
    }

    /** A child's history as a PDF, as the guardian access policy lets the guardian see it; empty (logged) for a child they may not see. */
    @RolesAllowed(Names.GUARDIAN)
    public java.util.Optional<byte[]> childHistoryPdf(long pupilId, Locale locale) {
        GuardianHistory page = childHistory(pupilId, locale);
        return page.history() == null ? java.util.Optional.empty()
                : java.util.Optional.of(HistoryDocuments.pdf(page.history(), Today.inNorway(), locale));
    }

    private History historyOf(long pupilId, boolean withConduct, Locale locale) {
        Object[] pupil = em.createQuery("SELECT s.name.givenName, s.name.familyName, sc.county.id FROM Pupil s JOIN s.school sc WHERE s.id = :id",
                Object[].class).setParameter("id", pupilId).getSingleResult();
        long countyId = (Long) pupil[2];
        OffsetDateTime now = OffsetDateTime.now(Today.NORWAY);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PUBLISHED).setParameter(1, pupilId).setParameter(2, now).getResultList();
        Map<Integer, Map<ConductKind, HistoryYear.Conduct>> conduct = new java.util.HashMap<>();
        if (withConduct) {
            @SuppressWarnings("unchecked")
            List<Object[]> conductRows = em.createNativeQuery(PUBLISHED_CONDUCT).setParameter(1, pupilId).setParameter(2, now).getResultList();
            for (Object[] r : conductRows) {
                ConductKind kind = ConductKind.valueOf((String) r[0]);
                ConductValue value = ConductValue.valueOf((String) r[1]);
                Map<ConductKind, HistoryYear.Conduct> ofYear = conduct.computeIfAbsent(((Number) r[2]).intValue(), y -> new java.util.EnumMap<>(ConductKind.class));
                HistoryYear.Conduct was = ofYear.getOrDefault(kind, new HistoryYear.Conduct(kind, null, null));
                ofYear.put(kind, RoundKind.valueOf((String) r[3]) == RoundKind.FIRST_HALF ? new HistoryYear.Conduct(kind, value, was.yearEnd())
                        : new HistoryYear.Conduct(kind, was.firstHalf(), value));
            }
        }
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> codes.add((String) r[0]));
        Map<String, String> titles = subjects.titles(codes, locale);
        Map<Integer, Map<String, HistorySubject>> years = new TreeMap<>(Comparator.reverseOrder());
        years.put(SchoolCalendar.schoolYearOf(Today.inNorway()), new LinkedHashMap<>());
        conduct.keySet().forEach(y -> years.computeIfAbsent(y, k -> new LinkedHashMap<>()));
        // first half before the year's end, so that a fagmerknad set at the end wins
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[5]));
        for (Object[] r : rows) {
            String code = (String) r[0];
            int year = ((Number) r[4]).intValue();
            Map<String, HistorySubject> bySubject = years.computeIfAbsent(year, y -> new LinkedHashMap<>());
            HistorySubject s = bySubject.getOrDefault(code, new HistorySubject(code, titles.getOrDefault(code, code), null, null, null, null));
            bySubject.put(code, s.with(RoundKind.valueOf((String) r[5]), GradeKind.valueOf((String) r[1]),
                    GradeValue.ofCode((String) r[2]).orElseThrow(), (String) r[3]));
        }
        List<HistoryYear> result = new ArrayList<>();
        years.forEach((year, bySubject) -> {
            List<HistorySubject> list = bySubject.values().stream().sorted(Comparator.comparing(HistorySubject::title)).toList();
            result.add(new HistoryYear(year, list, absence.diplomaHalves(countyId, pupilId, year),
                    List.copyOf(conduct.getOrDefault(year, Map.of()).values())));
        });
        return new History(NameCase.givenName((String) pupil[0]) + " " + NameCase.familyName((String) pupil[1]), result);
    }
}
