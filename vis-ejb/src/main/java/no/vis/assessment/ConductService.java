package no.vis.assessment;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vis.absence.ContactTeachers;
import no.vis.absence.WarningCopy;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.NameCase;
import no.vis.common.Today;
import no.vis.guardianship.GuardianService;
import no.vis.guardianship.VisibleChildren;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.timetable.GroupMember;

/**
 * Orden og atferd (issue 13). Teachers record remarks on the pupils of their groups (the contact teacher and
 * the office also outside lessons); the contact teacher of the class, or the office, sends the written warning
 * that must come before NG or LG, and sets the grades of a round — NG or LG without a warning is refused with the
 * reason. The pupil sees their remarks and warnings; a guardian only where the county shows guardians orden and
 * atferd (the guardian access policy's {@code ORDER_AND_CONDUCT}). Every read and change is logged.
 */
@Stateless
public class ConductService {

    static final String PURPOSE = "conduct";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    StaffDirectory staff;

    @Inject
    GuardianService guardians;

    // ---------------------------------------------------------------- remarks

    /**
     * Records a remark.
     *
     * @throws InvalidInputException {@code pupil}, {@code kind}, {@code day}, {@code description}
     * @throws BusinessException {@code conduct.notYours} (logged)
     */
    @RolesAllowed({Names.TEACHER, Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
    public RemarkView record(NewRemark remark) {
        LocalDate today = Today.inNorway();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (remark.pupilId() == null) {
            errors.add("pupil", "conduct.pupil.required");
        }
        if (remark.kind() == null) {
            errors.add("kind", "conduct.kind.required");
        }
        if (remark.day() == null) {
            errors.add("day", "conduct.day.required");
        } else if (remark.day().isAfter(today)) {
            errors.add("day", "conduct.day.future");
        } else if (SchoolCalendar.schoolYearOf(remark.day()) != SchoolCalendar.schoolYearOf(today)) {
            errors.add("day", "conduct.day.notThisYear");
        }
        String description = remark.description() == null ? "" : remark.description().strip();
        if (description.isEmpty()) {
            errors.add("description", "conduct.description.required");
        } else if (description.length() > ConductRemark.DESCRIPTION_MAX) {
            errors.add("description", "conduct.description.tooLong");
        }
        errors.throwIfAny();
        if (!mayRecord(remark.pupilId(), remark.groupId(), remark.day())) {
            accessLog.refused(SubjectKind.PUPIL, remark.pupilId(), DataCategory.ORDER_AND_CONDUCT, PURPOSE);
            throw new BusinessException("conduct.notYours");
        }
        ConductRemark r = new ConductRemark(remark.pupilId(), SchoolCalendar.schoolYearOf(remark.day()), remark.kind(), remark.day(),
                description, remark.groupId(), caller(), OffsetDateTime.now(Today.NORWAY));
        em.persist(r);
        em.flush();
        accessLog.changed(SubjectKind.PUPIL, remark.pupilId(), DataCategory.ORDER_AND_CONDUCT, PURPOSE);
        return views(List.of(r)).get(0);
    }

    /** The remarks recorded this school year in the group, by the caller when they teach it (the office: by anyone). */
    @RolesAllowed({Names.TEACHER, Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
    public List<RemarkView> groupRemarks(long groupId) {
        LocalDate today = Today.inNorway();
        Long school = em.createQuery("SELECT g.schoolId FROM TeachingGroup g WHERE g.id = :id", Long.class).setParameter("id", groupId)
                .getResultStream().findFirst().orElse(null);
        boolean office = school != null && office(school);
        if (school == null || !office && !teaches(groupId, today)) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
            return List.of();
        }
        var query = em.createQuery("SELECT r FROM ConductRemark r WHERE r.groupId = :g AND r.schoolYear = :y"
                        + (office ? "" : " AND r.recordedBy = :me") + " ORDER BY r.happenedOn DESC, r.id DESC", ConductRemark.class)
                .setParameter("g", groupId).setParameter("y", SchoolCalendar.schoolYearOf(today));
        if (!office) {
            query.setParameter("me", caller());
        }
        List<ConductRemark> remarks = query.getResultList();
        List<RemarkView> views = views(remarks);
        accessLog.readAll(SubjectKind.PUPIL, views.stream().map(RemarkView::pupilId).distinct().toList(), DataCategory.ORDER_AND_CONDUCT,
                PURPOSE);
        return views;
    }

    // ---------------------------------------------------------------- the class: warnings and grades

    /** The class's orden and atferd in the round (null: the school year's first round), for its contact teacher or the office. */
    @RolesAllowed({Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
    public Optional<ConductSheet> classSheet(long classId, Long roundId) {
        Object[] c = em.createQuery("SELECT c.code, c.school.id FROM SchoolClass c WHERE c.id = :id", Object[].class)
                .setParameter("id", classId).getResultStream().findFirst().orElse(null);
        if (c == null || !mayKeepClass(classId, (Long) c[1])) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
            return Optional.empty();
        }
        int year = SchoolCalendar.schoolYearOf(Today.inNorway());
        List<RoundRef> rounds = em.createQuery("SELECT r FROM GradeRound r WHERE r.schoolId = :s AND r.schoolYear = :y ORDER BY r.kind",
                GradeRound.class).setParameter("s", c[1]).setParameter("y", year).getResultStream()
                .map(r -> new RoundRef(r.getId(), r.getKind())).toList();
        RoundRef round = rounds.stream().filter(r -> roundId != null && r.id() == roundId).findFirst()
                .orElse(rounds.isEmpty() ? null : rounds.get(0));
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName FROM Pupil s WHERE s.schoolClass.id = :c"
                + " AND s.leftOn IS NULL ORDER BY s.name.familyName, s.name.givenName, s.id", Object[].class).setParameter("c", classId)
                .getResultList()) {
            names.put((Long) r[0], NameCase.familyName((String) r[2]) + ", " + NameCase.givenName((String) r[1]));
        }
        Map<String, Long> counts = new HashMap<>();
        Map<Long, List<ConductWarningView>> warnings = new HashMap<>();
        Map<String, ConductGrade> grades = new HashMap<>();
        if (!names.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT r.pupilId, r.kind, COUNT(r) FROM ConductRemark r WHERE r.pupilId IN :ids"
                    + " AND r.schoolYear = :y GROUP BY r.pupilId, r.kind", Object[].class).setParameter("ids", names.keySet())
                    .setParameter("y", year).getResultList()) {
                counts.put(r[0] + "/" + r[1], (Long) r[2]);
            }
            em.createQuery("SELECT w FROM ConductWarning w WHERE w.pupilId IN :ids AND w.schoolYear = :y ORDER BY w.sentAt", ConductWarning.class)
                    .setParameter("ids", names.keySet()).setParameter("y", year).getResultStream()
                    .forEach(w -> warnings.computeIfAbsent(w.getPupilId(), p -> new ArrayList<>()).add(ConductWarningView.of(w)));
            if (round != null) {
                em.createQuery("SELECT g FROM ConductGrade g WHERE g.pupilId IN :ids AND g.roundId = :r", ConductGrade.class)
                        .setParameter("ids", names.keySet()).setParameter("r", round.id()).getResultStream()
                        .forEach(g -> grades.put(g.getPupilId() + "/" + g.getKind(), g));
            }
        }
        List<ConductSheet.Line> lines = new ArrayList<>();
        names.forEach((id, name) -> {
            ConductGrade orden = grades.get(id + "/" + ConductKind.ORDEN);
            ConductGrade atferd = grades.get(id + "/" + ConductKind.ATFERD);
            lines.add(new ConductSheet.Line(id, name, counts.getOrDefault(id + "/" + ConductKind.ORDEN, 0L),
                    counts.getOrDefault(id + "/" + ConductKind.ATFERD, 0L), warnings.getOrDefault(id, List.of()),
                    orden == null ? null : orden.getValue(), atferd == null ? null : atferd.getValue(),
                    orden == null ? null : orden.getReason(), atferd == null ? null : atferd.getReason()));
        });
        accessLog.readAll(SubjectKind.PUPIL, names.keySet(), DataCategory.ORDER_AND_CONDUCT, PURPOSE);
        return Optional.of(new ConductSheet(classId, (String) c[0], round == null ? -1 : round.id(), round == null ? null : round.kind(),
                year, rounds, lines));
    }

    /** A pupil's remarks this school year, for the contact teacher of the class or the office (the basis of a warning). */
    @RolesAllowed({Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
    public List<RemarkView> pupilRemarks(long pupilId) {
        Object[] p = pupilFacts(pupilId);
        if (p == null || p[0] == null || !mayKeepClass((Long) p[0], (Long) p[1])) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
            return List.of();
        }
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
        return views(remarksOf(pupilId));
    }

    /**
     * Sends the written warning: to the pupil and the guardians who may see them (under 18, or with consents), in the
     * portal and as a letter.
     *
     * @throws InvalidInputException {@code kind}, {@code roundKind}, {@code gradeAtRisk}, {@code comment}
     * @throws BusinessException {@code conduct.notYours}
     */
    @RolesAllowed({Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
    public ConductWarningView warn(long pupilId, ConductKind kind, RoundKind roundKind, ConductValue gradeAtRisk, String comment) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (kind == null) {
            errors.add("kind", "conduct.kind.required");
        }
        if (roundKind == null) {
            errors.add("roundKind", "conduct.round.required");
        }
        if (gradeAtRisk == null || !gradeAtRisk.needsWarning()) {
            errors.add("gradeAtRisk", "conduct.gradeAtRisk.required");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > ConductWarning.COMMENT_MAX) {
            errors.add("comment", "conduct.comment.tooLong");
        }
        errors.throwIfAny();
        Object[] p = pupilFacts(pupilId);
        if (p == null || p[0] == null || !mayKeepClass((Long) p[0], (Long) p[1])) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
            throw new BusinessException("conduct.notYours");
        }
        LocalDate today = Today.inNorway();
        int year = SchoolCalendar.schoolYearOf(today);
        int remarks = em.createQuery("SELECT COUNT(r) FROM ConductRemark r WHERE r.pupilId = :p AND r.schoolYear = :y AND r.kind = :k",
                Long.class).setParameter("p", pupilId).setParameter("y", year).setParameter("k", kind).getSingleResult().intValue();
        OffsetDateTime now = OffsetDateTime.now(Today.NORWAY);
        ConductWarning warning = new ConductWarning(pupilId, year, roundKind, kind, gradeAtRisk, remarks, text, caller(), now);
        em.persist(warning);
        em.flush();
        List<Long> recipients = guardians.guardiansToWarn(pupilId, today);
        for (WarningCopy.Channel channel : WarningCopy.Channel.values()) {
            em.persist(new ConductWarningCopy(warning.getId(), WarningCopy.Recipient.PUPIL, pupilId, channel, now));
            for (long guardian : recipients) {
                em.persist(new ConductWarningCopy(warning.getId(), WarningCopy.Recipient.GUARDIAN, guardian, channel, now));
            }
        }
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
        return ConductWarningView.of(warning);
    }

    /**
     * Sets a pupil's orden or atferd grade in a round of this school year. NG and LG need a written warning of the same kind
     * for the same round (half-year or standpunkt), of the grade set or a lower one (an NG warning does not allow LG), sent
     * before the round's deadline — and a reason.
     *
     * @throws InvalidInputException {@code value}, {@code reason}
     * @throws BusinessException {@code conduct.notYours}, {@code conduct.grade.noWarning}
     */
    @RolesAllowed({Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
    public void setGrade(long pupilId, long roundId, ConductKind kind, ConductValue value, String reason) {
        Object[] p = pupilFacts(pupilId);
        GradeRound round = em.find(GradeRound.class, roundId);
        if (p == null || p[0] == null || round == null || round.getSchoolId() != (Long) p[1] || !mayKeepClass((Long) p[0], (Long) p[1])
                || round.getSchoolYear() != SchoolCalendar.schoolYearOf(Today.inNorway())) { // earlier years' grades stay as they were
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
            throw new BusinessException("conduct.notYours");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (kind == null) {
            errors.add("kind", "conduct.kind.required");
        }
        if (value == null) {
            errors.add("value", "conduct.value.required");
        } else if (value.needsWarning() && why == null) {
            errors.add("reason", "conduct.reason.required");
        }
        if (why != null && why.length() > ConductGrade.REASON_MAX) {
            errors.add("reason", "conduct.reason.tooLong");
        }
        errors.throwIfAny();
        if (value.needsWarning() && em.createQuery("SELECT COUNT(w) FROM ConductWarning w WHERE w.pupilId = :p AND w.schoolYear = :y"
                        + " AND w.kind = :k AND w.roundKind = :r AND w.gradeAtRisk IN :risks AND w.sentAt < :deadline", Long.class)
                .setParameter("p", pupilId).setParameter("y", round.getSchoolYear()).setParameter("k", kind).setParameter("r", round.getKind())
                .setParameter("risks", value == ConductValue.LG ? List.of(ConductValue.LG) : List.of(ConductValue.NG, ConductValue.LG))
                .setParameter("deadline", round.getEntryUntil()).getSingleResult() == 0) {
            // a warning of this kind, for this round, of this grade or a lower one, sent before the round's deadline
            throw new BusinessException("conduct.grade.noWarning");
        }
        ConductGrade grade = em.createQuery("SELECT g FROM ConductGrade g WHERE g.pupilId = :p AND g.roundId = :r AND g.kind = :k",
                        ConductGrade.class).setParameter("p", pupilId).setParameter("r", roundId).setParameter("k", kind)
                .getResultStream().findFirst().orElse(null);
        if (grade == null) {
            grade = new ConductGrade(roundId, pupilId, kind, (Long) p[0]);
            em.persist(grade);
        }
        grade.set(value, why, caller(), OffsetDateTime.now(Today.NORWAY));
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
    }

    // ---------------------------------------------------------------- the pupil and the guardians

    /** The calling pupil's remarks and warnings this school year. */
    @RolesAllowed(Names.PUPIL)
    public MyConduct myConduct() {
        long pupilId = VisUserId.PUPIL.idIn(caller()).orElseThrow(() -> new IllegalStateException("not a pupil"));
        MyConduct mine = new MyConduct(views(remarksOf(pupilId)), warningsTo(pupilId, WarningCopy.Recipient.PUPIL, pupilId));
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
        return mine;
    }

    /**
     * A guardian's conduct page: the children they may see, the one chosen (null: none they may see — logged), and — where
     * the county shows guardians orden and atferd — the child's remarks and the warnings the guardian received (null
     * otherwise; the warnings themselves reach guardians as letters and in the portal's history whatever the county shows).
     */
    @RolesAllowed(Names.GUARDIAN)
    public GuardianConduct childConduct(Long wantedPupilId) {
        VisibleChildren mine = guardians.myVisibleChildren();
        Long pupilId = wantedPupilId != null ? wantedPupilId : mine.children().isEmpty() ? null : mine.children().get(0).pupilId();
        if (pupilId == null || !mine.allows(pupilId, DataCategory.HISTORY)) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
            return new GuardianConduct(mine.children(), null, null);
        }
        if (!mine.allows(pupilId, DataCategory.ORDER_AND_CONDUCT)) {
            return new GuardianConduct(mine.children(), mine.shown(pupilId), null);
        }
        long guardianId = VisUserId.GUARDIAN.idIn(caller()).orElseThrow();
        MyConduct conduct = new MyConduct(views(remarksOf(pupilId)), warningsTo(pupilId, WarningCopy.Recipient.GUARDIAN, guardianId));
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
        return new GuardianConduct(mine.children(), mine.shown(pupilId), conduct);
    }

    /**
     * The letter (PDF) of a conduct warning the caller received — a pupil their own, a guardian theirs (while they may still
     * see the pupil) — marked opened; empty (and logged as refused) for any other.
     */
    @RolesAllowed({Names.PUPIL, Names.GUARDIAN})
    public Optional<byte[]> letter(long warningId, java.util.Locale locale) {
        String me = caller();
        WarningCopy.Recipient kind = VisUserId.PUPIL.idIn(me).isPresent() ? WarningCopy.Recipient.PUPIL : WarningCopy.Recipient.GUARDIAN;
        long recipient = (kind == WarningCopy.Recipient.PUPIL ? VisUserId.PUPIL : VisUserId.GUARDIAN).idIn(me).orElseThrow();
        ConductWarningCopy copy = em.createQuery("SELECT c FROM ConductWarningCopy c WHERE c.warningId = :w AND c.recipient = :kind"
                        + " AND c.recipientId = :me AND c.channel = :letter", ConductWarningCopy.class).setParameter("w", warningId)
                .setParameter("kind", kind).setParameter("me", recipient).setParameter("letter", WarningCopy.Channel.LETTER)
                .getResultStream().findFirst().orElse(null);
        ConductWarning warning = copy == null ? null : em.find(ConductWarning.class, warningId);
        if (warning != null && kind == WarningCopy.Recipient.GUARDIAN
                && !guardians.myVisibleChildren().allows(warning.getPupilId(), DataCategory.HISTORY)) {
            warning = null;
        }
        if (warning == null) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ORDER_AND_CONDUCT, PURPOSE);
            return Optional.empty();
        }
        copy.opened(OffsetDateTime.now(Today.NORWAY));
        Object[] pupil = em.createQuery("SELECT s.name.givenName, s.name.familyName, sc.name FROM Pupil s JOIN s.school sc WHERE s.id = :id",
                Object[].class).setParameter("id", warning.getPupilId()).getSingleResult();
        accessLog.read(SubjectKind.PUPIL, warning.getPupilId(), DataCategory.ORDER_AND_CONDUCT, PURPOSE);
        return Optional.of(HistoryDocuments.letter(warning, NameCase.givenName((String) pupil[0]) + " " + NameCase.familyName((String) pupil[1]),
                (String) pupil[2], locale));
    }

    private List<ConductWarningView> warningsTo(long pupilId, WarningCopy.Recipient kind, long recipientId) {
        OffsetDateTime now = OffsetDateTime.now(Today.NORWAY);
        List<ConductWarningView> views = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT w, c FROM ConductWarning w, ConductWarningCopy c WHERE c.warningId = w.id AND w.pupilId = :p"
                        + " AND c.recipient = :kind AND c.recipientId = :me AND c.channel = :portal AND w.schoolYear = :y ORDER BY w.sentAt DESC",
                        Object[].class).setParameter("p", pupilId).setParameter("kind", kind).setParameter("me", recipientId)
                .setParameter("portal", WarningCopy.Channel.PORTAL).setParameter("y", SchoolCalendar.schoolYearOf(Today.inNorway()))
                .getResultList()) {
            views.add(ConductWarningView.of((ConductWarning) r[0]));
            ((ConductWarningCopy) r[1]).opened(now);
        }
        return views;
    }

    // ---------------------------------------------------------------- helpers

    private List<ConductRemark> remarksOf(long pupilId) {
        return em.createQuery("SELECT r FROM ConductRemark r WHERE r.pupilId = :p AND r.schoolYear = :y ORDER BY r.happenedOn DESC, r.id DESC",
                ConductRemark.class).setParameter("p", pupilId).setParameter("y", SchoolCalendar.schoolYearOf(Today.inNorway())).getResultList();
    }

    private List<RemarkView> views(List<ConductRemark> remarks) {
        Map<Long, String> pupils = new HashMap<>();
        Map<Long, String> groups = new HashMap<>();
        Map<String, String> staffNames = new HashMap<>();
        List<RemarkView> views = new ArrayList<>();
        for (ConductRemark r : remarks) {
            String name = pupils.computeIfAbsent(r.getPupilId(), id -> em.createQuery("SELECT s.name.givenName, s.name.familyName FROM Pupil s"
                    + " WHERE s.id = :id", Object[].class).setParameter("id", id).getResultStream().findFirst()
                    .map(n -> NameCase.givenName((String) n[0]) + " " + NameCase.familyName((String) n[1])).orElse(""));
            String group = r.getGroupId() == null ? null : groups.computeIfAbsent(r.getGroupId(), id -> em.createQuery(
                    "SELECT g.code FROM TeachingGroup g WHERE g.id = :id", String.class).setParameter("id", id).getSingleResult());
            String by = staffNames.computeIfAbsent(r.getRecordedBy(), w -> StaffNames.of(em, w));
            views.add(new RemarkView(r.getId(), r.getPupilId(), name, r.getKind(), r.getHappenedOn(), r.getDescription(), group, by));
        }
        return views;
    }

    /** The pupil's class (null: none) and school, or null for no such pupil. */
    private Object[] pupilFacts(long pupilId) {
        return em.createQuery("SELECT s.schoolClass.id, s.school.id FROM Pupil s WHERE s.id = :id", Object[].class)
                .setParameter("id", pupilId).getResultStream().findFirst().orElse(null);
    }

    private boolean mayRecord(long pupilId, Long groupId, LocalDate day) {
        Object[] p = pupilFacts(pupilId);
        if (p == null) {
            return false;
        }
        if (office((Long) p[1])) {
            return groupId == null || !em.createQuery("SELECT m.id FROM GroupMember m WHERE m.groupId = :g AND m.pupilId = :p",
                    Long.class).setParameter("g", groupId).setParameter("p", pupilId).setMaxResults(1).getResultList().isEmpty();
        }
        if (groupId == null) {
            return p[0] != null && contactTeacher((Long) p[0], day);
        }
        boolean member = !em.createQuery("SELECT m.id FROM GroupMember m WHERE m.groupId = :g AND m.pupilId = :p AND "
                + GroupMember.ACTIVE_ON_DAY, Long.class).setParameter("g", groupId).setParameter("p", pupilId).setParameter("day", day)
                .setMaxResults(1).getResultList().isEmpty();
        return member && teaches(groupId, day);
    }

    private boolean teaches(long groupId, LocalDate day) {
        if (!session.isCallerInRole(Names.TEACHER) && !session.isCallerInRole(Names.CONTACT_TEACHER)) {
            return false;
        }
        long me = VisUserId.STAFF.idIn(caller()).orElse(-1L);
        return !em.createQuery("SELECT m.id FROM GroupTeacher m WHERE m.groupId = :g AND m.staffMemberId = :me AND "
                        + GroupMember.ACTIVE_ON_DAY, Long.class).setParameter("g", groupId).setParameter("me", me).setParameter("day", day)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private boolean contactTeacher(long classId, LocalDate day) {
        return session.isCallerInRole(Names.CONTACT_TEACHER)
                && ContactTeachers.isContactTeacher(em, VisUserId.STAFF.idIn(caller()).orElse(-1L), classId, day);
    }

    private boolean office(long schoolId) {
        return (session.isCallerInRole(Names.OFFICE) || session.isCallerInRole(Names.COUNTY_ADMIN))
                && staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(schoolId);
    }

    private boolean mayKeepClass(long classId, long schoolId) {
        return office(schoolId) || contactTeacher(classId, Today.inNorway());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

}
