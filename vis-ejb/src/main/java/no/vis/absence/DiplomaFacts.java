package no.vis.absence;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What {@link DiplomaTotals} needs for some pupils in a school year, and their closings, in a few queries. */
final class DiplomaFacts {

    private DiplomaFacts() {
    }

    /** The pupils' totals as their absence stands now (pupils without absence: {@link DiplomaTotals.Totals#NONE}). */
    static Map<Long, DiplomaTotals.Totals> totals(EntityManager em, Collection<Long> pupilIds, AbsenceLedger.Year year,
                                                  boolean latenessCounts) {
        List<DiplomaTotals.DayEntry> days = new ArrayList<>();
        List<DiplomaTotals.HourEntry> hours = new ArrayList<>();
        for (List<Long> slice : AbsenceFacts.slices(pupilIds)) {
            for (Object[] r : em.createQuery("SELECT d.pupilId, d.day, c.onDiploma, c.presence, d.documentation FROM DayAbsence d,"
                            + " AbsenceCode c WHERE c.id = d.codeId AND d.pupilId IN :ids AND d.day >= :from AND d.day <= :to", Object[].class)
                    .setParameter("ids", slice).setParameter("from", year.firstDay()).setParameter("to", year.lastDay()).getResultList()) {
                days.add(new DiplomaTotals.DayEntry((Long) r[0], (LocalDate) r[1], (Boolean) r[2],
                        !(Boolean) r[3] && r[4] != Documentation.NOT_ABSENCE));
            }
            for (Object[] r : em.createQuery("SELECT a.pupilId, a.day, a.minutes, a.kind, c.onDiploma, c.presence, a.documentation"
                            + " FROM LessonAbsence a, AbsenceCode c WHERE c.id = a.codeId AND a.dayAbsenceId IS NULL AND a.pupilId IN :ids"
                            + " AND a.day >= :from AND a.day <= :to", Object[].class)
                    .setParameter("ids", slice).setParameter("from", year.firstDay()).setParameter("to", year.lastDay()).getResultList()) {
                hours.add(new DiplomaTotals.HourEntry((Long) r[0], (LocalDate) r[1], ((Number) r[2]).intValue(),
                        ((AbsenceKind) r[3]).isLateness(), (Boolean) r[4], !(Boolean) r[5] && r[6] != Documentation.NOT_ABSENCE));
            }
        }
        Map<Long, DiplomaTotals.Totals> totals = new HashMap<>(DiplomaTotals.compute(year, latenessCounts, days, hours));
        pupilIds.forEach(id -> totals.putIfAbsent(id, DiplomaTotals.Totals.NONE));
        return totals;
    }

    /** The pupils' closings of the school year: pupil → half-year → closing. */
    static Map<Long, Map<AbsencePeriod, AbsenceClosing>> closings(EntityManager em, Collection<Long> pupilIds, int startYear) {
        Map<Long, Map<AbsencePeriod, AbsenceClosing>> found = new HashMap<>();
        for (List<Long> slice : AbsenceFacts.slices(pupilIds)) {
            em.createQuery("SELECT c FROM AbsenceClosing c WHERE c.pupilId IN :ids AND c.schoolYear = :year", AbsenceClosing.class)
                    .setParameter("ids", slice).setParameter("year", startYear).getResultStream()
                    .forEach(c -> found.computeIfAbsent(c.getPupilId(), id -> new EnumMap<>(AbsencePeriod.class)).put(c.getHalf(), c));
        }
        return found;
    }

    /** One pupil's two half-years for their page. */
    static List<DiplomaHalf> halves(EntityManager em, long pupilId, AbsenceLedger.Year year, boolean latenessCounts) {
        DiplomaTotals.Totals now = totals(em, List.of(pupilId), year, latenessCounts).get(pupilId);
        Map<AbsencePeriod, AbsenceClosing> closed = closings(em, List.of(pupilId), year.startYear()).getOrDefault(pupilId, Map.of());
        return List.of(DiplomaHalf.of(AbsencePeriod.FIRST_HALF, now.first(), closed.get(AbsencePeriod.FIRST_HALF)),
                DiplomaHalf.of(AbsencePeriod.SECOND_HALF, now.second(), closed.get(AbsencePeriod.SECOND_HALF)));
    }
}
