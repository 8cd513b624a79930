package no.vis.absence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.calendar.CalendarService;
import no.vis.calendar.ClockTime;
import no.vis.calendar.SchoolCalendar;
import no.vis.calendar.SchoolYear;
import no.vis.common.Today;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.guardianship.GuardianService;
import no.vis.guardianship.VisibleChildren;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.timetable.LessonLookup;

/**
 * A pupil's absence this school year as the pupil and their guardians see it (issue 12): per subject
 * for the half-year and the year against the timetable's planned lessons ({@link AbsenceLedger}), and
 * each registered absence. The pupil sees everything of their own. A guardian sees what the guardian
 * access policy allows: the totals always (history), each entry only where the county shows guardians
 * absence detail. Every read is an access-log line: {@code ABSENCE_DETAIL} for the entries,
 * {@code HISTORY} for the totals.
 */
@Stateless
public class AbsenceService {

    static final String PUPIL_PAGE = "pupil-absence";
    static final String GUARDIAN_PAGE = "guardian-absence";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    LessonLookup lessons;

    @Inject
    CalendarService calendars;

    @Inject
    SubjectCatalogue subjects;

    @Inject
    GuardianService guardians;

    /** The calling pupil's absence this school year, with every entry. */
    @RolesAllowed(Names.PUPIL)
    public PupilAbsence myAbsence(Locale locale) {
        long pupilId = VisUserId.PUPIL.idIn(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("not a pupil"));
        PupilAbsence absence = absenceOf(pupilId, true, WarningCopy.Recipient.PUPIL, pupilId, locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, PUPIL_PAGE);
        return absence;
    }

    /**
     * The calling guardian's absence page: the children they may see and the wanted child's absence
     * (the first child's when none is wanted) as the policy allows; a child they may not see has no
     * absence shown ({@code absence} null) and the attempt is logged.
     */
    @RolesAllowed(Names.GUARDIAN)
    public GuardianAbsence guardianAbsence(Long wantedPupilId, Locale locale) {
        VisibleChildren mine = guardians.myVisibleChildren();
        Long pupilId = wantedPupilId != null ? wantedPupilId
                : mine.children().isEmpty() ? null : mine.children().get(0).pupilId();
        if (pupilId == null) {
            return new GuardianAbsence(mine.children(), null, null);
        }
        if (!mine.allows(pupilId, DataCategory.HISTORY)) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.HISTORY, GUARDIAN_PAGE);
            return new GuardianAbsence(mine.children(), null, null);
        }
        boolean detail = mine.allows(pupilId, DataCategory.ABSENCE_DETAIL);
        long guardianId = VisUserId.GUARDIAN.idIn(session.getCallerPrincipal().getName()).orElseThrow();
        PupilAbsence absence = absenceOf(pupilId, detail, WarningCopy.Recipient.GUARDIAN, guardianId, locale);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.HISTORY, GUARDIAN_PAGE);
        if (detail) {
            accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.ABSENCE_DETAIL, GUARDIAN_PAGE);
        }
        return new GuardianAbsence(mine.children(), mine.shown(pupilId), absence);
    }

    /**
     * The letter (PDF) of a warning the caller received — a pupil their own, a guardian theirs — marked
     * opened; empty (and logged as refused) for any other.
     */
    @RolesAllowed({Names.PUPIL, Names.GUARDIAN})
    public Optional<byte[]> letter(long warningId, Locale locale) {
        String caller = session.getCallerPrincipal().getName();
        WarningCopy.Recipient kind = VisUserId.PUPIL.idIn(caller).isPresent() ? WarningCopy.Recipient.PUPIL : WarningCopy.Recipient.GUARDIAN;
        long me = (kind == WarningCopy.Recipient.PUPIL ? VisUserId.PUPIL : VisUserId.GUARDIAN).idIn(caller).orElseThrow();
        WarningCopy copy = em.createQuery("SELECT c FROM WarningCopy c WHERE c.warningId = :w AND c.recipient = :kind"
                        + " AND c.recipientId = :me AND c.channel = :letter", WarningCopy.class)
                .setParameter("w", warningId).setParameter("kind", kind).setParameter("me", me)
                .setParameter("letter", WarningCopy.Channel.LETTER).getResultStream().findFirst().orElse(null);
        AbsenceWarning warning = copy == null ? null : em.find(AbsenceWarning.class, warningId);
        if (warning != null && kind == WarningCopy.Recipient.GUARDIAN
                && !guardians.myVisibleChildren().allows(warning.getPupilId(), DataCategory.HISTORY)) {
            warning = null; // a guardian who may no longer see the pupil
        }
        if (warning == null) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.HISTORY, kind == WarningCopy.Recipient.PUPIL ? PUPIL_PAGE : GUARDIAN_PAGE);
            return Optional.empty();
        }
        copy.opened(java.time.OffsetDateTime.now(Today.NORWAY));
        Object[] pupil = em.createQuery("SELECT s.name.givenName, s.name.familyName, sc.name FROM Pupil s JOIN s.school sc WHERE s.id = :id",
                Object[].class).setParameter("id", warning.getPupilId()).getSingleResult();
        String subject = subjects.titles(Set.of(warning.getSubjectCode()), locale).getOrDefault(warning.getSubjectCode(),
                warning.getSubjectCode());
        accessLog.read(SubjectKind.PUPIL, warning.getPupilId(), DataCategory.HISTORY,
                kind == WarningCopy.Recipient.PUPIL ? PUPIL_PAGE : GUARDIAN_PAGE);
        return Optional.of(WarningLetters.pdf(warning, no.vis.common.NameCase.givenName((String) pupil[0]) + " "
                + no.vis.common.NameCase.familyName((String) pupil[1]), (String) pupil[2], subject, locale));
    }

    /** The warnings a recipient received about the pupil this school year, newest first; the portal copies marked opened. */
    private List<WarningView> warningsFor(long pupilId, int startYear, WarningCopy.Recipient kind, long recipientId, Map<String, String> titles) {
        List<WarningView> views = new ArrayList<>();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(Today.NORWAY);
        for (Object[] r : em.createQuery("SELECT w, c FROM AbsenceWarning w, WarningCopy c WHERE c.warningId = w.id"
                        + " AND c.recipient = :kind AND c.recipientId = :me AND c.channel = :portal AND w.pupilId = :p"
                        + " AND w.schoolYear = :year ORDER BY w.createdOn DESC, w.id DESC", Object[].class)
                .setParameter("kind", kind).setParameter("me", recipientId).setParameter("portal", WarningCopy.Channel.PORTAL)
                .setParameter("p", pupilId).setParameter("year", startYear).getResultList()) {
            AbsenceWarning w = (AbsenceWarning) r[0];
            WarningCopy c = (WarningCopy) r[1];
            views.add(new WarningView(w.getId(), w.getCreatedOn(), w.getSubjectCode(), titles.getOrDefault(w.getSubjectCode(),
                    w.getSubjectCode()), w.getPeriod(), w.getBand(), w.getPercent(), c.getOpenedAt() != null));
            c.opened(now);
        }
        return views;
    }

    /** The pupil's absence this school year; the entries only with {@code detail}; the warnings the recipient received. */
    private PupilAbsence absenceOf(long pupilId, boolean detail, WarningCopy.Recipient recipient, long recipientId, Locale locale) {
        LocalDate today = Today.inNorway();
        Object[] facts = em.createQuery("SELECT co.id, co.latenessCounts, co.absenceWarningPercent FROM Pupil s JOIN s.school sc"
                + " JOIN sc.county co WHERE s.id = :id", Object[].class).setParameter("id", pupilId).getSingleResult();
        int startYear = SchoolCalendar.schoolYearOf(today);
        Optional<SchoolYear> schoolYear = calendars.schoolYear((Long) facts[0], startYear);
        if (schoolYear.isEmpty() || AbsenceRules.forSchoolYear(startYear).isEmpty()) {
            return PupilAbsence.none();
        }
        SchoolYear y = schoolYear.get();
        AbsenceLedger.Year year = new AbsenceLedger.Year(startYear, y.getFirstDay(), y.getSecondHalfFrom(), y.getLastDay());
        List<AbsenceLedger.Membership> memberships = AbsenceFacts.memberships(em, List.of(pupilId), startYear);
        var plans = AbsenceFacts.plans(lessons, memberships, year);

        List<AbsenceLedger.Entry> entries = new ArrayList<>();
        List<Object[]> rows = em.createQuery("SELECT a.day, r.startsAt, a.subjectCode, a.kind, a.minutes, c.code, c.nameNb, c.nameNn,"
                        + " c.nameEn, a.documentation, a.dayAbsenceId, c.countsTowardLimit, c.presence, a.id FROM LessonAbsence a,"
                        + " LessonRegister r, AbsenceCode c WHERE r.id = a.registerId AND c.id = a.codeId AND a.pupilId = :p"
                        + " AND a.day >= :from AND a.day <= :to ORDER BY a.day DESC, r.startsAt DESC", Object[].class)
                .setParameter("p", pupilId).setParameter("from", y.getFirstDay()).setParameter("to", y.getLastDay()).getResultList();
        Set<String> codes = new HashSet<>();
        memberships.forEach(m -> codes.add(m.subjectCode()));
        rows.forEach(r -> codes.add((String) r[2]));
        Map<String, String> titles = subjects.titles(codes, locale);
        List<AbsenceEntryView> views = new ArrayList<>();
        int total = 0;
        for (Object[] r : rows) {
            AbsenceKind kind = (AbsenceKind) r[3];
            int minutes = ((Number) r[4]).intValue();
            boolean presence = (Boolean) r[12];
            boolean codeCounts = (Boolean) r[11];
            if (!presence) {
                entries.add(new AbsenceLedger.Entry(pupilId, (String) r[2], new AbsenceRules.Absence((LocalDate) r[0], minutes,
                        (Documentation) r[9], codeCounts, kind.isLateness())));
                total += minutes;
            }
            if (detail) {
                String name = switch (locale.getLanguage()) {
                    case "nn" -> (String) r[7];
                    case "en" -> (String) r[8];
                    default -> (String) r[6];
                };
                views.add(new AbsenceEntryView((Long) r[13], (LocalDate) r[0], ClockTime.of(((Number) r[1]).intValue()), (String) r[2],
                        titles.getOrDefault((String) r[2], (String) r[2]), kind, minutes, (String) r[5], name, (Documentation) r[9],
                        r[10] != null, codeCounts && !presence));
            }
        }
        java.util.Collections.reverse(entries); // read newest first for the page; counted in the order they happened
        AbsenceRules.Lateness lateness = (Boolean) facts[1] ? AbsenceRules.Lateness.MINUTES_COUNT : AbsenceRules.Lateness.NOT_COUNTED;
        AbsencePeriod half = year.halfOf(today);
        List<SubjectAbsence> lines = new AbsenceLedger(year, lateness, (BigDecimal) facts[2])
                .subjects(memberships, plans, entries, List.of(half, AbsencePeriod.YEAR), AbsenceFacts.higherRisk(em, List.of(pupilId), year))
                .getOrDefault(pupilId, List.of()).stream()
                .map(s -> s.withSubject(titles.getOrDefault(s.subjectCode(), s.subjectCode())))
                .sorted(Comparator.comparing(SubjectAbsence::subject)).toList();
        List<WarningView> warnings = warningsFor(pupilId, startYear, recipient, recipientId, titles);
        List<DiplomaHalf> diploma = DiplomaFacts.halves(em, pupilId, year, (Boolean) facts[1]);
        return new PupilAbsence(startYear, y.getSecondHalfFrom(), half, lines, detail, views, total, warnings, diploma);
    }
}
