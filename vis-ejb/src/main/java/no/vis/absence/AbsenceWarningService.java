package no.vis.absence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.Today;
import no.vis.guardianship.GuardianService;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.timetable.LessonLookup;

/**
 * The work of the job {@code absence-warnings} (nightly, and on demand): at each school in session,
 * every pupil's absence per subject for the current half-year and the year ({@link AbsenceLedger});
 * where it has reached the county's warning threshold, over 10 % or over 15 % and no warning of that
 * band or a higher one has been given for the subject and period, a warning — to the pupil, and to the
 * guardians the guardian access policy lets see the pupil (under 18, or with both consents), in the
 * portal and as a letter. One warning per threshold crossing; a second run the same day gives none.
 * A pupil who jumps two bands at once gets one warning, of the higher.
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class AbsenceWarningService {

    static final String PURPOSE = "job:absence-warnings";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    LessonLookup lessons;

    @Inject
    GuardianService guardians;

    @Inject
    AccessLog accessLog;

    /** The schools whose county's school year has the day in it, by id. */
    public List<Long> schoolsInSession(LocalDate day) {
        return em.createQuery("SELECT s.id FROM School s, SchoolYear y WHERE y.county = s.county AND y.startYear = :year"
                + " AND y.firstDay <= :day AND y.lastDay >= :day ORDER BY s.id", Long.class)
                .setParameter("year", SchoolCalendar.schoolYearOf(day)).setParameter("day", day).getResultList();
    }

    /** The warnings one run gave at one school: how many, and how many copies (recipients × channels). */
    public record Given(int warnings, int copies) implements java.io.Serializable {
        public static final Given NONE = new Given(0, 0);

        public Given plus(Given other) {
            return new Given(warnings + other.warnings, copies + other.copies);
        }
    }

    /** Warns the school's pupils whose absence has crossed a threshold since their last warning. */
    public Given warnSchool(long schoolId, LocalDate day) {
        Object[] county = em.createQuery("SELECT co.id, co.latenessCounts, co.absenceWarningPercent FROM School s JOIN s.county co"
                + " WHERE s.id = :id", Object[].class).setParameter("id", schoolId).getSingleResult();
        int startYear = SchoolCalendar.schoolYearOf(day);
        if (AbsenceRules.forSchoolYear(startYear).isEmpty()) {
            return Given.NONE;
        }
        Object[] y = em.createQuery("SELECT y.firstDay, y.secondHalfFrom, y.lastDay FROM SchoolYear y WHERE y.county.id = :county"
                        + " AND y.startYear = :year", Object[].class)
                .setParameter("county", county[0]).setParameter("year", startYear).getResultStream().findFirst().orElse(null);
        if (y == null) {
            return Given.NONE;
        }
        AbsenceLedger.Year year = new AbsenceLedger.Year(startYear, (LocalDate) y[0], (LocalDate) y[1], (LocalDate) y[2]);
        List<Long> pupils = em.createQuery("SELECT s.id FROM Pupil s WHERE s.school.id = :school AND (s.leftOn IS NULL OR s.leftOn > :day)",
                Long.class).setParameter("school", schoolId).setParameter("day", day).getResultList();
        if (pupils.isEmpty()) {
            return Given.NONE;
        }
        AbsenceFacts.Loaded facts = AbsenceFacts.load(em, lessons, pupils, year);
        AbsenceRules.Lateness lateness = (Boolean) county[1] ? AbsenceRules.Lateness.MINUTES_COUNT : AbsenceRules.Lateness.NOT_COUNTED;
        Map<Long, List<SubjectAbsence>> subjects = new AbsenceLedger(year, lateness, (BigDecimal) county[2])
                .subjects(facts.memberships(), facts.plans(), facts.entries(), List.of(year.halfOf(day), AbsencePeriod.YEAR),
                        facts.higherRisk());

        // the highest band already warned of, per pupil, subject and period
        Map<String, Band> warned = new HashMap<>();
        for (List<Long> slice : AbsenceFacts.slices(subjects.keySet())) {
            for (Object[] r : em.createQuery("SELECT w.pupilId, w.subjectCode, w.period, w.band FROM AbsenceWarning w"
                    + " WHERE w.schoolYear = :year AND w.pupilId IN :ids", Object[].class)
                    .setParameter("year", startYear).setParameter("ids", slice).getResultList()) {
                warned.merge(r[0] + "|" + r[1] + "|" + r[2], (Band) r[3], (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        List<SubjectAbsence> due = new ArrayList<>();
        List<Long> dueFor = new ArrayList<>();
        subjects.forEach((pupil, lines) -> {
            for (SubjectAbsence s : lines) {
                if (s.band() == null || s.band() == Band.BELOW) {
                    continue;
                }
                Band before = warned.get(pupil + "|" + s.subjectCode() + "|" + s.period());
                if (before == null || s.band().compareTo(before) > 0) {
                    due.add(s);
                    dueFor.add(pupil);
                }
            }
        });
        if (due.isEmpty()) {
            return Given.NONE;
        }
        Set<Long> warnedPupils = new HashSet<>(dueFor);
        Map<Long, List<Long>> guardiansOf = guardians.guardiansWhoMaySee(warnedPupils, DataCategory.HISTORY, day);
        OffsetDateTime at = OffsetDateTime.now(Today.NORWAY);
        int copies = 0;
        for (int i = 0; i < due.size(); i++) {
            long pupil = dueFor.get(i);
            AbsenceWarning warning = new AbsenceWarning(pupil, startYear, due.get(i), day, PURPOSE, at);
            em.persist(warning); // its id comes from the sequence at persist: the copies need no flush
            for (WarningCopy.Channel channel : WarningCopy.Channel.values()) {
                em.persist(new WarningCopy(warning.getId(), WarningCopy.Recipient.PUPIL, pupil, channel, at));
                copies++;
                for (long guardian : guardiansOf.getOrDefault(pupil, List.of())) {
                    em.persist(new WarningCopy(warning.getId(), WarningCopy.Recipient.GUARDIAN, guardian, channel, at));
                    copies++;
                }
            }
        }
        accessLog.changedAll(SubjectKind.PUPIL, warnedPupils, DataCategory.HISTORY, PURPOSE);
        return new Given(due.size(), copies);
    }
}
