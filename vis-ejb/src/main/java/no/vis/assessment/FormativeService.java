package no.vis.assessment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.timetable.GroupMember;

/**
 * Underveisvurdering (issue 13): a teacher writes formative comments to the pupils of their groups, shown to the pupil
 * from a time the teacher may set. The pupil sees their own; guardians never (the guardian access policy's
 * {@code ASSESSMENTS}, never granted to guardians: no method here admits them). Every read and write is logged.
 */
@Stateless
public class FormativeService {

    static final String PURPOSE = "formative-assessment";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    SubjectCatalogue subjects;

    /**
     * Writes a comment to a pupil of one of the caller's groups.
     *
     * @param visibleFrom from when the pupil sees it, in Norwegian time (null: at once)
     * @throws InvalidInputException {@code pupil}, {@code text}
     * @throws BusinessException {@code formative.notYours} (logged)
     */
    @RolesAllowed({Names.TEACHER, Names.CONTACT_TEACHER})
    public CommentView write(long groupId, Long pupilId, String text, LocalDateTime visibleFrom, Locale locale) {
        String body = text == null ? "" : text.strip();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (pupilId == null) {
            errors.add("pupil", "formative.pupil.required");
        }
        if (body.isEmpty()) {
            errors.add("text", "formative.text.required");
        } else if (body.length() > FormativeComment.TEXT_MAX) {
            errors.add("text", "formative.text.tooLong");
        }
        errors.throwIfAny();
        LocalDate today = Today.inNorway();
        if (!teaches(groupId, today)) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.ASSESSMENTS, PURPOSE);
            throw new BusinessException("formative.notYours");
        }
        String subjectCode = em.createQuery("SELECT COALESCE(m.subjectCode, g.subjectCode) FROM GroupMember m, TeachingGroup g"
                        + " WHERE g.id = m.groupId AND m.groupId = :g AND m.pupilId = :p AND " + GroupMember.ACTIVE_ON_DAY, String.class)
                .setParameter("g", groupId).setParameter("p", pupilId).setParameter("day", today).getResultStream().findFirst().orElse(null);
        if (subjectCode == null) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.ASSESSMENTS, PURPOSE);
            throw new InvalidInputException(Map.of("pupil", "formative.pupil.notInGroup"));
        }
        FormativeComment c = new FormativeComment(pupilId, groupId, subjectCode, body,
                visibleFrom == null ? null : visibleFrom.atZone(Today.NORWAY).toOffsetDateTime(), caller(), OffsetDateTime.now(Today.NORWAY));
        em.persist(c);
        em.flush();
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.ASSESSMENTS, PURPOSE);
        return views(List.of(c), locale).get(0);
    }

    /** The comments written in one of the caller's groups, newest first; empty (logged) for another group. */
    @RolesAllowed({Names.TEACHER, Names.CONTACT_TEACHER})
    public List<CommentView> groupComments(long groupId, Locale locale) {
        if (!teaches(groupId, Today.inNorway())) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ASSESSMENTS, PURPOSE);
            return List.of();
        }
        List<CommentView> views = views(em.createQuery("SELECT c FROM FormativeComment c WHERE c.groupId = :g ORDER BY c.writtenAt DESC,"
                + " c.id DESC", FormativeComment.class).setParameter("g", groupId).setMaxResults(500).getResultList(), locale);
        accessLog.readAll(SubjectKind.PUPIL, views.stream().map(CommentView::pupilId).distinct().toList(), DataCategory.ASSESSMENTS, PURPOSE);
        return views;
    }

    /** The calling pupil's comments that have become visible, newest first. */
    @RolesAllowed(Names.PUPIL)
    public List<CommentView> myComments(Locale locale) {
        long pupilId = VisUserId.PUPIL.idIn(caller()).orElseThrow(() -> new IllegalStateException("not a pupil"));
        List<CommentView> views = views(em.createQuery("SELECT c FROM FormativeComment c WHERE c.pupilId = :p AND (c.visibleFrom IS NULL"
                        + " OR c.visibleFrom <= :now) ORDER BY c.writtenAt DESC, c.id DESC", FormativeComment.class).setParameter("p", pupilId)
                .setParameter("now", OffsetDateTime.now(Today.NORWAY)).getResultList(), locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.ASSESSMENTS, PURPOSE);
        return views;
    }

    private List<CommentView> views(List<FormativeComment> comments, Locale locale) {
        Set<String> codes = new HashSet<>();
        comments.forEach(c -> codes.add(c.getSubjectCode()));
        Map<String, String> titles = subjects.titles(codes, locale);
        Map<Long, String> pupils = new HashMap<>();
        Map<String, String> staffNames = new HashMap<>();
        List<CommentView> views = new ArrayList<>();
        for (FormativeComment c : comments) {
            String name = pupils.computeIfAbsent(c.getPupilId(), id -> em.createQuery("SELECT s.name.givenName, s.name.familyName FROM Pupil s"
                    + " WHERE s.id = :id", Object[].class).setParameter("id", id).getResultStream().findFirst()
                    .map(n -> NameCase.givenName((String) n[0]) + " " + NameCase.familyName((String) n[1])).orElse(""));
            String by = staffNames.computeIfAbsent(c.getWrittenBy(), w -> StaffNames.of(em, w));
            views.add(new CommentView(c.getId(), c.getPupilId(), name, c.getSubjectCode(), titles.getOrDefault(c.getSubjectCode(),
                    c.getSubjectCode()), c.getText(), c.getVisibleFrom(), by, c.getWrittenAt()));
        }
        return views;
    }

    private boolean teaches(long groupId, LocalDate day) {
        long me = VisUserId.STAFF.idIn(caller()).orElse(-1L);
        return !em.createQuery("SELECT m.id FROM GroupTeacher m WHERE m.groupId = :g AND m.staffMemberId = :me AND "
                        + GroupMember.ACTIVE_ON_DAY, Long.class).setParameter("g", groupId).setParameter("me", me).setParameter("day", day)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
