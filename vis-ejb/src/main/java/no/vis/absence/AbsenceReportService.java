package no.vis.absence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.calendar.ClockTime;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.NameCase;
import no.vis.common.Today;
import no.vis.guardianship.GuardianService;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.GuardianAccess;
import no.vis.privacy.GuardianAccessPolicy;
import no.vis.privacy.SubjectKind;

/**
 * Absence reported from home (Min Skole's "meld fravær", DOMAIN-SCHOOL.md §2): a guardian reports for
 * a child under 18 whom the guardian access policy lets them see; a pupil of 18 or more reports their
 * own (egenmelding). For today or coming days (up to {@value #MAX_DAYS_AHEAD} days ahead, at most
 * {@value #MAX_SPAN_DAYS} days at once), whole days or a time span on one day, with a category and
 * never free text. The same form sent twice is one report. The report reaches the pupil's contact
 * teacher, who links it to the registered absence — an ill report makes that absence health,
 * self-certified — and the reporter sees that it was.
 */
@Stateless
public class AbsenceReportService {

    static final String REPORT_PAGE = "absence-report";
    static final int MAX_DAYS_AHEAD = 30;
    static final int MAX_SPAN_DAYS = 14;

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    GuardianService guardians;

    /**
     * The calling guardian reports a child's absence.
     *
     * @throws BusinessException {@code report.notYourChild} (logged) for a pupil the guardian may not see,
     *         {@code report.ofAge} for a pupil of 18 or more (they report their own)
     * @throws InvalidInputException {@code from}, {@code to}, {@code fromTime}, {@code toTime}, {@code category}
     */
    @RolesAllowed(Names.GUARDIAN)
    public long reportForChild(long pupilId, ReportForm form) {
        GuardianAccess access = guardians.myVisibleChildren().access().get(pupilId);
        if (access == null || !access.maySee()) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, REPORT_PAGE);
            throw new BusinessException("report.notYourChild");
        }
        if (access.decision() != GuardianAccess.Decision.UNDER_18) {
            throw new BusinessException("report.ofAge");
        }
        return report(pupilId, AbsenceReport.ReporterKind.GUARDIAN, form);
    }

    /**
     * The calling pupil of 18 or more reports their own absence.
     *
     * @throws BusinessException {@code report.underAge} for a pupil under 18 (their guardians report)
     */
    @RolesAllowed(Names.PUPIL)
    public long reportMine(ReportForm form) {
        long pupilId = mePupil();
        LocalDate born = em.createQuery("SELECT s.birthDate FROM Pupil s WHERE s.id = :id", LocalDate.class)
                .setParameter("id", pupilId).getSingleResult();
        if (!GuardianAccessPolicy.isOfAge(born, Today.inNorway())) {
            throw new BusinessException("report.underAge");
        }
        return report(pupilId, AbsenceReport.ReporterKind.PUPIL, form);
    }

    /** Whether the calling pupil reports their own absence (18 or more). */
    @RolesAllowed(Names.PUPIL)
    public boolean mayIReport() {
        LocalDate born = em.createQuery("SELECT s.birthDate FROM Pupil s WHERE s.id = :id", LocalDate.class)
                .setParameter("id", mePupil()).getSingleResult();
        return GuardianAccessPolicy.isOfAge(born, Today.inNorway());
    }

    /**
     * The calling guardian's own reports for the child, newest first; empty — and logged as refused —
     * for a child the guardian access policy does not let them see.
     */
    @RolesAllowed(Names.GUARDIAN)
    public List<ReportView> myReportsFor(long pupilId) {
        if (!guardians.myVisibleChildren().allows(pupilId, DataCategory.HISTORY)) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.HISTORY, REPORT_PAGE);
            return List.of();
        }
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.HISTORY, REPORT_PAGE);
        String me = callerName();
        return views(em.createQuery("SELECT r FROM AbsenceReport r WHERE r.pupilId = :p AND r.reporter = :me"
                + " ORDER BY r.fromDay DESC, r.id DESC", AbsenceReport.class).setParameter("p", pupilId).setParameter("me", me)
                .setMaxResults(50).getResultList());
    }

    /** Every report about the calling pupil, by them or their guardians, newest first. */
    @RolesAllowed(Names.PUPIL)
    public List<ReportView> myReports() {
        long pupilId = mePupil();
        List<ReportView> views = views(em.createQuery("SELECT r FROM AbsenceReport r WHERE r.pupilId = :p"
                + " ORDER BY r.fromDay DESC, r.id DESC", AbsenceReport.class).setParameter("p", pupilId).setMaxResults(50).getResultList());
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, REPORT_PAGE);
        return views;
    }

    /** The reports of the class's pupils that cover the day, for its contact teacher. */
    @RolesAllowed(Names.CONTACT_TEACHER)
    public List<ReportView> classReports(long classId, LocalDate day) {
        ContactTeachers.classOf(em, accessLog, meStaff(), classId, day, REPORT_PAGE);
        // the reports of the days of pupils who were in the class on the report's first day: who links it (link) is decided so
        java.util.Set<Long> candidates = new java.util.HashSet<>(em.createQuery("SELECT cp.pupil.id FROM ClassPlacement cp"
                + " WHERE cp.schoolClass.id = :c", Long.class).setParameter("c", classId).getResultList());
        candidates.addAll(em.createQuery("SELECT s.id FROM Pupil s WHERE s.schoolClass.id = :c", Long.class)
                .setParameter("c", classId).getResultList());
        Map<LocalDate, java.util.Set<Long>> inClassOn = new HashMap<>();
        List<AbsenceReport> reports = candidates.isEmpty() ? List.of() : em.createQuery("SELECT r FROM AbsenceReport r"
                        + " WHERE r.pupilId IN :ids AND r.fromDay <= :day AND r.toDay >= :day ORDER BY r.submittedAt", AbsenceReport.class)
                .setParameter("ids", candidates).setParameter("day", day).getResultList();
        List<ReportView> views = views(reports.stream().filter(r -> inClassOn.computeIfAbsent(r.getFromDay(),
                d -> no.vis.enrolment.ClassPlacement.pupilsInClassOnDay(em, classId, d)).contains(r.getPupilId())).toList());
        accessLog.readAll(SubjectKind.PUPIL, views.stream().map(ReportView::pupilId).distinct().toList(), DataCategory.ABSENCE_DETAIL,
                REPORT_PAGE);
        return views;
    }

    /**
     * The contact teacher links a report to the absence registered in its days (and time span): an ill
     * report makes it health, self-certified, unless it is documented otherwise already; the report is
     * then linked, for the reporter to see.
     *
     * @return how many lesson absences got their documentation
     */
    @RolesAllowed(Names.CONTACT_TEACHER)
    public int link(long reportId) {
        AbsenceReport report = em.find(AbsenceReport.class, reportId);
        if (report == null) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ABSENCE_DETAIL, REPORT_PAGE);
            throw new BusinessException("dayAbsence.notYourPupil");
        }
        ContactTeachers.pupilOf(em, accessLog, meStaff(), report.getPupilId(), report.getFromDay(), REPORT_PAGE);
        String me = callerName();
        OffsetDateTime at = OffsetDateTime.now(Today.NORWAY);
        int documented = 0;
        if (report.getCategory() == ReportCategory.ILL) {
            var query = em.createQuery("SELECT a FROM LessonAbsence a, LessonRegister r WHERE r.id = a.registerId AND a.pupilId = :p"
                    + " AND a.day >= :from AND a.day <= :to" + (report.getFromTime() == null ? ""
                    : " AND r.startsAt < :toTime AND r.endsAt > :fromTime"), LessonAbsence.class)
                    .setParameter("p", report.getPupilId()).setParameter("from", report.getFromDay()).setParameter("to", report.getToDay());
            if (report.getFromTime() != null) {
                query.setParameter("fromTime", (short) ClockTime.minutes(report.getFromTime()))
                        .setParameter("toTime", (short) ClockTime.minutes(report.getToTime()));
            }
            for (LessonAbsence a : query.getResultList()) {
                if (a.getDocumentation() == Documentation.UNDOCUMENTED) {
                    em.persist(new AbsenceChange(a.getRegisterId(), a.getDayAbsenceId(), a.getPupilId(), a.entry().describe(),
                            "REPORT #" + report.getId() + " " + Documentation.HEALTH_SELF_CERTIFIED, false, null, me, at));
                    a.document(Documentation.HEALTH_SELF_CERTIFIED);
                    documented++;
                }
            }
        }
        if (report.getCategory() == ReportCategory.ILL) {
            // the day's own documentation too, or the contact teacher's next save of the day would set it back
            for (DayAbsence d : em.createQuery("SELECT d FROM DayAbsence d WHERE d.pupilId = :p AND d.day >= :from AND d.day <= :to",
                    DayAbsence.class).setParameter("p", report.getPupilId()).setParameter("from", report.getFromDay())
                    .setParameter("to", report.getToDay()).getResultList()) {
                if (d.getDocumentation() == Documentation.UNDOCUMENTED) {
                    d.record(d.getCodeId(), Documentation.HEALTH_SELF_CERTIFIED, me, at);
                }
            }
        }
        report.link(me, at);
        accessLog.changed(SubjectKind.PUPIL, report.getPupilId(), DataCategory.ABSENCE_DETAIL, REPORT_PAGE);
        return documented;
    }

    private long report(long pupilId, AbsenceReport.ReporterKind kind, ReportForm form) {
        String key = form.requestKey();
        if (key == null || key.isBlank() || key.length() > 40) {
            throw new BusinessException("report.expired");
        }
        List<Long> existing = em.createQuery("SELECT r.id FROM AbsenceReport r WHERE r.pupilId = :p AND r.requestKey = :k", Long.class)
                .setParameter("p", pupilId).setParameter("k", key).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0); // the same form sent again: one report
        }
        LocalDate today = Today.inNorway();
        LocalDate to = form.to() == null ? form.from() : form.to();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (form.from() == null) {
            errors.add("from", "report.from.required");
        } else if (form.from().isBefore(today)) {
            errors.add("from", "report.from.past");
        } else if (form.from().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            errors.add("from", "report.from.tooFar");
        }
        if (form.from() != null && to.isBefore(form.from())) {
            errors.add("to", "report.to.beforeFrom");
        } else if (form.from() != null && to.isAfter(form.from().plusDays(MAX_SPAN_DAYS - 1))) {
            errors.add("to", "report.to.tooLong");
        }
        if ((form.fromTime() == null) != (form.toTime() == null)) {
            errors.add(form.fromTime() == null ? "fromTime" : "toTime", "report.time.both");
        } else if (form.fromTime() != null) {
            if (!form.fromTime().isBefore(form.toTime())) {
                errors.add("toTime", "report.time.order");
            } else if (form.from() != null && !to.equals(form.from())) {
                errors.add("toTime", "report.time.oneDay");
            }
        }
        if (form.category() == null) {
            errors.add("category", "report.category.required");
        }
        errors.throwIfAny();
        AbsenceReport report = new AbsenceReport(pupilId, callerName(), kind, key, form.from(), to, form.fromTime(), form.toTime(),
                form.category(), OffsetDateTime.now(Today.NORWAY));
        em.persist(report);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new BusinessException("report.duplicate"); // the same form sent twice at the same moment: the other is kept
        }
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, REPORT_PAGE);
        return report.getId();
    }

    private List<ReportView> views(List<AbsenceReport> reports) {
        Map<Long, String> names = new java.util.HashMap<>();
        List<Long> pupils = reports.stream().map(AbsenceReport::getPupilId).distinct().toList();
        if (!pupils.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName FROM Pupil s WHERE s.id IN :ids",
                    Object[].class).setParameter("ids", pupils).getResultList()) {
                names.put((Long) r[0], NameCase.givenName((String) r[1]) + " " + NameCase.familyName((String) r[2]));
            }
        }
        List<ReportView> views = new ArrayList<>();
        for (AbsenceReport r : reports) {
            views.add(new ReportView(r.getId(), r.getPupilId(), names.get(r.getPupilId()), r.getFromDay(), r.getToDay(), r.getFromTime(),
                    r.getToTime(), r.getCategory(), r.getStatus(), r.getSubmittedAt(), r.getReporterKind() == AbsenceReport.ReporterKind.GUARDIAN));
        }
        return views;
    }

    private long mePupil() {
        return VisUserId.PUPIL.idIn(callerName()).orElseThrow(() -> new IllegalStateException("not a pupil"));
    }

    private long meStaff() {
        return VisUserId.STAFF.idIn(callerName()).orElseThrow(() -> new IllegalStateException("not staff"));
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }
}
