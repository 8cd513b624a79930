package no.vis.absence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import no.vis.timetable.GroupPlan;

/**
 * Pupils' absence per subject against the timetable, as a pure function: for each pupil and fagkode,
 * for each half-year and the year, the planned minutes of the lessons of the pupil's groups with that
 * fagkode while the pupil was in them, and what of the pupil's absence in the fagkode counts under the
 * school year's {@link AbsenceRules}. A pupil who joined a group late is measured against the lessons
 * from the day they joined. The services load the facts (for one pupil, a class, or a whole county in
 * chunks) and ask it.
 */
public final class AbsenceLedger {

    /** A pupil in a group from a day until a day (exclusive; null: still), with the pupil's fagkode in it. */
    public record Membership(long pupilId, long groupId, String subjectCode, LocalDate from, LocalDate to) {
        public Membership {
            Objects.requireNonNull(subjectCode, "subjectCode");
            Objects.requireNonNull(from, "from");
        }
    }

    /** One registered absence of a pupil in a fagkode. */
    public record Entry(long pupilId, String subjectCode, AbsenceRules.Absence absence) {
    }

    /** A period of a documented condition with a higher risk of absence: from a day until a day (exclusive; null: open). */
    public record RiskPeriod(LocalDate from, LocalDate to) {

        public boolean holdsOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    /** The school year's days: its first day, the first day of the second half, its last day. */
    public record Year(int startYear, LocalDate firstDay, LocalDate secondHalfFrom, LocalDate lastDay) {

        LocalDate from(AbsencePeriod period) {
            return period == AbsencePeriod.SECOND_HALF ? secondHalfFrom : firstDay;
        }

        /** Exclusive. */
        LocalDate until(AbsencePeriod period) {
            return period == AbsencePeriod.FIRST_HALF ? secondHalfFrom : lastDay.plusDays(1);
        }

        /** The half the day is in. */
        public AbsencePeriod halfOf(LocalDate day) {
            return day.isBefore(secondHalfFrom) ? AbsencePeriod.FIRST_HALF : AbsencePeriod.SECOND_HALF;
        }
    }

    private final Year year;
    private final AbsenceRules rules;
    private final AbsenceRules.Lateness lateness;
    private final BigDecimal warningPercent;

    /** @throws IllegalArgumentException for a school year before 2016/17 (no limit then) */
    public AbsenceLedger(Year year, AbsenceRules.Lateness lateness, BigDecimal warningPercent) {
        this.year = year;
        this.rules = AbsenceRules.forSchoolYear(year.startYear())
                .orElseThrow(() -> new IllegalArgumentException("no absence limit before 2016/17"));
        this.lateness = lateness;
        this.warningPercent = warningPercent;
    }

    /**
     * Each pupil's subjects for the periods asked, in fagkode order.
     *
     * @param plans the groups' plans for the whole school year ({@code LessonLookup.plans})
     */
    public Map<Long, List<SubjectAbsence>> subjects(Collection<Membership> memberships, Map<Long, GroupPlan> plans,
                                                    Collection<Entry> entries, Collection<AbsencePeriod> periods) {
        return subjects(memberships, plans, entries, periods, Map.of());
    }

    /**
     * As {@link #subjects(Collection, Map, Collection, Collection)}, with each pupil's periods of a documented
     * condition with a higher risk of absence (§ 9-8 third paragraph).
     */
    public Map<Long, List<SubjectAbsence>> subjects(Collection<Membership> memberships, Map<Long, GroupPlan> plans,
                                                    Collection<Entry> entries, Collection<AbsencePeriod> periods,
                                                    Map<Long, List<RiskPeriod>> higherRisk) {
        Map<Long, Map<String, List<Membership>>> byPupil = new HashMap<>();
        for (Membership m : memberships) {
            byPupil.computeIfAbsent(m.pupilId(), p -> new TreeMap<>()).computeIfAbsent(m.subjectCode(), s -> new ArrayList<>()).add(m);
        }
        Map<Long, Map<String, List<AbsenceRules.Absence>>> absences = new HashMap<>();
        for (Entry e : entries) {
            absences.computeIfAbsent(e.pupilId(), p -> new HashMap<>()).computeIfAbsent(e.subjectCode(), s -> new ArrayList<>())
                    .add(e.absence());
        }
        Map<Long, List<SubjectAbsence>> result = new HashMap<>();
        byPupil.forEach((pupil, subjects) -> {
            List<SubjectAbsence> lines = new ArrayList<>();
            Map<String, List<AbsenceRules.Absence>> mine = absences.getOrDefault(pupil, Map.of());
            subjects.forEach((subject, inSubject) -> {
                for (AbsencePeriod period : periods) {
                    lines.add(subject(subject, period, inSubject, plans, mine.getOrDefault(subject, List.of()),
                            higherRisk.getOrDefault(pupil, List.of())));
                }
            });
            result.put(pupil, lines);
        });
        return result;
    }

    private SubjectAbsence subject(String subject, AbsencePeriod period, List<Membership> memberships, Map<Long, GroupPlan> plans,
                                   List<AbsenceRules.Absence> absences, List<RiskPeriod> risk) {
        LocalDate from = year.from(period);
        LocalDate until = year.until(period);
        int planned = 0;
        for (Membership m : memberships) {
            GroupPlan plan = plans.get(m.groupId());
            LocalDate start = m.from().isAfter(from) ? m.from() : from;
            LocalDate end = m.to() != null && m.to().isBefore(until) ? m.to() : until;
            if (plan != null && start.isBefore(end)) {
                planned += plan.minutesBetween(start, end);
            }
        }
        List<AbsenceRules.Absence> inPeriod = absences.stream().filter(a -> !a.day().isBefore(from) && a.day().isBefore(until)).toList();
        int registered = inPeriod.stream().mapToInt(AbsenceRules.Absence::minutes).sum();
        if (planned <= 0) {
            return new SubjectAbsence(subject, subject, period, 0, registered, null, null);
        }
        AbsenceRules.Count count = rules.count(inPeriod, planned, day -> risk.stream().anyMatch(r -> r.holdsOn(day)), lateness);
        return new SubjectAbsence(subject, subject, period, planned, registered, count, count.band(warningPercent));
    }
}
