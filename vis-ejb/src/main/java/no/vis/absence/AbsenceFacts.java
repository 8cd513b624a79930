package no.vis.absence;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.timetable.GroupPlan;
import no.vis.timetable.LessonLookup;

/**
 * What {@link AbsenceLedger} needs for some pupils in a school year, in a few queries whatever their
 * number (in slices of {@value #SLICE}): their memberships of the year's groups with their fagkode,
 * the groups' plans for the year, and their absence (codes that are presence left out).
 */
final class AbsenceFacts {

    static final int SLICE = 1000;

    record Loaded(List<AbsenceLedger.Membership> memberships, Map<Long, GroupPlan> plans, List<AbsenceLedger.Entry> entries,
                  Map<Long, List<AbsenceLedger.RiskPeriod>> higherRisk) {
    }

    private AbsenceFacts() {
    }

    static List<AbsenceLedger.Membership> memberships(EntityManager em, Collection<Long> pupilIds, int startYear) {
        List<AbsenceLedger.Membership> memberships = new ArrayList<>();
        for (List<Long> slice : slices(pupilIds)) {
            for (Object[] r : em.createQuery("SELECT m.pupilId, m.groupId, COALESCE(m.subjectCode, g.subjectCode), m.fromDay, m.toDay"
                    + " FROM GroupMember m, TeachingGroup g WHERE g.id = m.groupId AND m.pupilId IN :ids AND g.schoolYear = :year",
                    Object[].class).setParameter("ids", slice).setParameter("year", startYear).getResultList()) {
                memberships.add(new AbsenceLedger.Membership((Long) r[0], (Long) r[1], (String) r[2], (LocalDate) r[3], (LocalDate) r[4]));
            }
        }
        return memberships;
    }

    static Map<Long, GroupPlan> plans(LessonLookup lessons, List<AbsenceLedger.Membership> memberships, AbsenceLedger.Year year) {
        Set<Long> groupIds = new LinkedHashSet<>();
        memberships.forEach(m -> groupIds.add(m.groupId()));
        Map<Long, GroupPlan> plans = new HashMap<>();
        for (List<Long> slice : slices(groupIds)) {
            plans.putAll(lessons.plans(slice, year.firstDay(), year.lastDay().plusDays(1)));
        }
        return plans;
    }

    static Loaded load(EntityManager em, LessonLookup lessons, Collection<Long> pupilIds, AbsenceLedger.Year year) {
        List<AbsenceLedger.Membership> memberships = memberships(em, pupilIds, year.startYear());
        List<AbsenceLedger.Entry> entries = new ArrayList<>();
        for (List<Long> slice : slices(pupilIds)) {
            // in the order they happened: from 2025/26 the order within a day decides what health absence counts
            for (Object[] r : em.createQuery("SELECT a.pupilId, a.subjectCode, a.day, a.minutes, a.kind, a.documentation,"
                    + " c.countsTowardLimit FROM LessonAbsence a, AbsenceCode c, LessonRegister g WHERE c.id = a.codeId"
                    + " AND g.id = a.registerId AND c.presence = FALSE AND a.pupilId IN :ids AND a.day >= :from AND a.day <= :to"
                    + " ORDER BY a.day, g.startsAt, a.id", Object[].class)
                    .setParameter("ids", slice).setParameter("from", year.firstDay()).setParameter("to", year.lastDay()).getResultList()) {
                entries.add(new AbsenceLedger.Entry((Long) r[0], (String) r[1], new AbsenceRules.Absence((LocalDate) r[2],
                        ((Number) r[3]).intValue(), (Documentation) r[5], (Boolean) r[6], ((AbsenceKind) r[4]).isLateness())));
            }
        }
        return new Loaded(memberships, plans(lessons, memberships, year), entries, higherRisk(em, pupilIds, year));
    }

    /** The pupils' periods of a documented condition with a higher risk of absence that touch the school year. */
    static Map<Long, List<AbsenceLedger.RiskPeriod>> higherRisk(EntityManager em, Collection<Long> pupilIds, AbsenceLedger.Year year) {
        Map<Long, List<AbsenceLedger.RiskPeriod>> periods = new HashMap<>();
        for (List<Long> slice : slices(pupilIds)) {
            for (HigherRisk h : em.createQuery("SELECT h FROM HigherRisk h WHERE h.pupilId IN :ids AND h.validFrom <= :last"
                    + " AND (h.validTo IS NULL OR h.validTo > :first)", HigherRisk.class).setParameter("ids", slice)
                    .setParameter("first", year.firstDay()).setParameter("last", year.lastDay()).getResultList()) {
                periods.computeIfAbsent(h.getPupilId(), p -> new ArrayList<>()).add(h.period());
            }
        }
        return periods;
    }

    static <T> List<List<T>> slices(Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> slices = new ArrayList<>();
        for (int i = 0; i < list.size(); i += SLICE) {
            slices.add(list.subList(i, Math.min(list.size(), i + SLICE)));
        }
        return slices;
    }
}
