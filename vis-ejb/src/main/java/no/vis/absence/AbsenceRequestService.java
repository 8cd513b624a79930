package no.vis.absence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.NameCase;
import no.vis.common.Today;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.enrolment.ClassPlacement;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;

/**
 * A pupil asks that documentation be registered for one of their absences, or says they were present
 * (DOMAIN-SCHOOL.md §2: pupils dispute entries); the contact teacher of their class on that day accepts —
 * the absence gets the documentation, or goes, in the change log — or rejects with a stated reason. Never
 * free text. The pupil sees each request's state. Every read and change is an access-log line.
 */
@Stateless
public class AbsenceRequestService {

    static final String REQUESTS = "absence-request";
    /** How far back the pupil's list of requests reaches. */
    static final int LIST_DAYS = 400;

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    SubjectCatalogue subjects;

    /**
     * Sends the calling pupil's request about their absence.
     *
     * @throws InvalidInputException {@code kind}: none chosen, the documentation it has already, or
     *         "present" for a day absence (the contact teacher's, to be raised with them)
     * @throws BusinessException {@code request.notYours} (logged) for an absence that is not the caller's,
     *         {@code request.notAbsence} for a code that is presence, {@code request.alreadySent}
     */
    @RolesAllowed(Names.PUPIL)
    public long send(long absenceId, RequestKind kind) {
        long me = mePupil();
        LessonAbsence a = em.find(LessonAbsence.class, absenceId);
        if (a == null || a.getPupilId() != me) {
            // whose absence was tried (none: no such absence)
            accessLog.refused(SubjectKind.PUPIL, a == null ? null : a.getPupilId(), DataCategory.ABSENCE_DETAIL, REQUESTS);
            throw new BusinessException("request.notYours");
        }
        AbsenceCode code = em.find(AbsenceCode.class, a.getCodeId());
        if (code != null && code.isPresence()) {
            throw new BusinessException("request.notAbsence");
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (kind == null) {
            errors.add("kind", "request.kind.required");
        } else if (kind.documentation() != null && kind.documentation() == a.getDocumentation()) {
            errors.add("kind", "request.kind.already");
        } else if (kind == RequestKind.WAS_PRESENT && a.getDayAbsenceId() != null) {
            errors.add("kind", "request.kind.dayAbsence");
        }
        errors.throwIfAny();
        if (!em.createQuery("SELECT r.id FROM AbsenceRequest r WHERE r.absenceId = :a AND r.status = :sent", Long.class)
                .setParameter("a", absenceId).setParameter("sent", AbsenceRequest.Status.SENT).setMaxResults(1).getResultList().isEmpty()) {
            throw new BusinessException("request.alreadySent");
        }
        AbsenceRequest request = new AbsenceRequest(a, kind, OffsetDateTime.now(Today.NORWAY));
        em.persist(request);
        em.flush();
        accessLog.changed(SubjectKind.PUPIL, me, DataCategory.ABSENCE_DETAIL, REQUESTS);
        return request.getId();
    }

    /** The calling pupil's requests of the last year, newest first. */
    @RolesAllowed(Names.PUPIL)
    public List<RequestView> mine(Locale locale) {
        long me = mePupil();
        List<AbsenceRequest> found = em.createQuery("SELECT r FROM AbsenceRequest r WHERE r.pupilId = :p AND r.day >= :from"
                + " ORDER BY r.sentAt DESC, r.id DESC", AbsenceRequest.class).setParameter("p", me)
                .setParameter("from", Today.inNorway().minusDays(LIST_DAYS)).getResultList();
        List<RequestView> views = views(found, Map.of(), locale);
        accessLog.read(SubjectKind.PUPIL, me, DataCategory.ABSENCE_DETAIL, REQUESTS);
        return views;
    }

    /** The open requests of the pupils in the class on the day, for its contact teacher that day; refused (logged) otherwise. */
    @RolesAllowed(Names.CONTACT_TEACHER)
    public List<RequestView> openForClass(long classId, LocalDate day, Locale locale) {
        ContactTeachers.classOf(em, accessLog, meStaff(), classId, day, REQUESTS);
        Map<Long, String> names = new HashMap<>();
        java.util.Set<Long> inClass = ClassPlacement.pupilsInClassOnDay(em, classId, day);
        for (Object[] r : inClass.isEmpty() ? List.<Object[]>of() : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName"
                        + " FROM Pupil s WHERE s.id IN :ids", Object[].class).setParameter("ids", inClass).getResultList()) {
            names.put((Long) r[0], NameCase.givenName((String) r[1]) + " " + NameCase.familyName((String) r[2]));
        }
        if (names.isEmpty()) {
            return List.of();
        }
        List<AbsenceRequest> found = em.createQuery("SELECT r FROM AbsenceRequest r WHERE r.pupilId IN :ids AND r.status = :sent"
                        + " ORDER BY r.sentAt, r.id", AbsenceRequest.class)
                .setParameter("ids", names.keySet()).setParameter("sent", AbsenceRequest.Status.SENT).getResultList();
        List<RequestView> views = views(found, names, locale);
        Set<Long> shown = new HashSet<>();
        found.forEach(r -> shown.add(r.getPupilId()));
        accessLog.readAll(SubjectKind.PUPIL, shown, DataCategory.ABSENCE_DETAIL, REQUESTS);
        return views;
    }

    /**
     * The contact teacher's decision: accepted — the absence gets the documentation asked for (a day
     * absence's whole day), or goes (present) — or rejected with a reason.
     *
     * @throws BusinessException {@code request.decided}, {@code dayAbsence.notYourPupil} (logged),
     *         {@code request.rejection.required}, {@code request.changedMeanwhile}
     */
    @RolesAllowed(Names.CONTACT_TEACHER)
    public void decide(long requestId, boolean accept, AbsenceRequest.Rejection rejection) {
        AbsenceRequest request = em.find(AbsenceRequest.class, requestId);
        if (request == null || request.getStatus() != AbsenceRequest.Status.SENT) {
            throw new BusinessException("request.decided");
        }
        ContactTeachers.pupilOf(em, accessLog, meStaff(), request.getPupilId(), request.getDay(), REQUESTS);
        String me = session.getCallerPrincipal().getName();
        OffsetDateTime at = OffsetDateTime.now(Today.NORWAY);
        if (!accept) {
            if (rejection == null) {
                throw new BusinessException("request.rejection.required");
            }
            request.reject(rejection, me, at);
        } else {
            LessonAbsence a = em.find(LessonAbsence.class, request.getAbsenceId());
            if (a != null) {
                apply(a, request.getKind(), me, at);
            }
            request.accept(me, at);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("request.changedMeanwhile");
        }
        accessLog.changed(SubjectKind.PUPIL, request.getPupilId(), DataCategory.ABSENCE_DETAIL, REQUESTS);
    }

    private void apply(LessonAbsence a, RequestKind kind, String me, OffsetDateTime at) {
        String why = "pupil's request: " + kind;
        Documentation doc = kind.documentation();
        if (doc == null) {
            // present: the entry goes; the register's version moves on, so a sheet read before is refused, not lost
            em.lock(em.find(LessonRegister.class, a.getRegisterId()), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.persist(new AbsenceChange(a.getRegisterId(), a.getDayAbsenceId(), a.getPupilId(), a.entry().describe(), "PRESENT",
                    false, why, me, at));
            em.remove(a);
            return;
        }
        List<LessonAbsence> entries = List.of(a);
        if (a.getDayAbsenceId() != null) {
            DayAbsence day = em.find(DayAbsence.class, a.getDayAbsenceId());
            if (day != null) {
                day.record(day.getCodeId(), doc, me, at);
            }
            entries = em.createQuery("SELECT x FROM LessonAbsence x WHERE x.dayAbsenceId = :d", LessonAbsence.class)
                    .setParameter("d", a.getDayAbsenceId()).getResultList();
        }
        for (LessonAbsence x : entries) {
            if (x.getDocumentation() != doc) {
                String before = x.entry().describe();
                x.document(doc);
                em.persist(new AbsenceChange(x.getRegisterId(), x.getDayAbsenceId(), x.getPupilId(), before, x.entry().describe(),
                        false, why, me, at));
            }
        }
    }

    private List<RequestView> views(List<AbsenceRequest> found, Map<Long, String> names, Locale locale) {
        Set<String> codes = new HashSet<>();
        Set<Long> absenceIds = new HashSet<>();
        found.forEach(r -> {
            codes.add(r.getSubjectCode());
            absenceIds.add(r.getAbsenceId());
        });
        Map<String, String> titles = subjects.titles(codes, locale);
        Map<Long, String> entries = new HashMap<>();
        if (!absenceIds.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT a.id, c.code, a.minutes FROM LessonAbsence a, AbsenceCode c WHERE c.id = a.codeId"
                    + " AND a.id IN :ids", Object[].class).setParameter("ids", absenceIds).getResultList()) {
                entries.put((Long) r[0], r[1] + ", " + r[2] + " min");
            }
        }
        List<RequestView> views = new ArrayList<>();
        for (AbsenceRequest r : found) {
            views.add(new RequestView(r.getId(), r.getPupilId(), names.get(r.getPupilId()), r.getDay(),
                    titles.getOrDefault(r.getSubjectCode(), r.getSubjectCode()), entries.get(r.getAbsenceId()), r.getKind(), r.getStatus(),
                    r.getRejection()));
        }
        return views;
    }

    private long mePupil() {
        return VisUserId.PUPIL.idIn(session.getCallerPrincipal().getName()).orElseThrow(() -> new IllegalStateException("not a pupil"));
    }

    private long meStaff() {
        return VisUserId.STAFF.idIn(session.getCallerPrincipal().getName()).orElseThrow(() -> new IllegalStateException("not staff"));
    }
}
