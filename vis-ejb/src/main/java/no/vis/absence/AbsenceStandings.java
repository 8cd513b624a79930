package no.vis.absence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vis.access.Role.Names;
import no.vis.timetable.LessonLookup;

/**
 * Where pupils stand against the absence limit, per fagkode and period, for the services that build on
 * absence (the grade protocol proposes IV from it). It decides nothing about who may see what and logs
 * nothing: the calling service does both.
 */
@Stateless
@RolesAllowed({Names.TEACHER, Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN, Names.PUPIL, Names.GUARDIAN, Names.SYSTEM})
public class AbsenceStandings {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    LessonLookup lessons;

    /** The county's school year as the ledger sees it; empty without one, or before the limit (2016/17). */
    public Optional<AbsenceLedger.Year> year(long countyId, int startYear) {
        if (AbsenceRules.forSchoolYear(startYear).isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT y.firstDay, y.secondHalfFrom, y.lastDay FROM SchoolYear y WHERE y.county.id = :county"
                        + " AND y.startYear = :year", Object[].class).setParameter("county", countyId).setParameter("year", startYear)
                .getResultStream().findFirst()
                .map(y -> new AbsenceLedger.Year(startYear, (LocalDate) y[0], (LocalDate) y[1], (LocalDate) y[2]));
    }

    /** Each pupil's subjects in the periods (empty without a school year with the limit). */
    public Map<Long, List<SubjectAbsence>> standings(long countyId, int startYear, Collection<Long> pupilIds,
                                                     Collection<AbsencePeriod> periods) {
        Optional<AbsenceLedger.Year> year = year(countyId, startYear);
        if (year.isEmpty() || pupilIds.isEmpty()) {
            return Map.of();
        }
        Object[] county = em.createQuery("SELECT co.latenessCounts, co.absenceWarningPercent FROM County co WHERE co.id = :id",
                Object[].class).setParameter("id", countyId).getSingleResult();
        AbsenceRules.Lateness lateness = (Boolean) county[0] ? AbsenceRules.Lateness.MINUTES_COUNT : AbsenceRules.Lateness.NOT_COUNTED;
        AbsenceFacts.Loaded loaded = AbsenceFacts.load(em, lessons, pupilIds, year.get());
        return new AbsenceLedger(year.get(), lateness, (BigDecimal) county[1])
                .subjects(loaded.memberships(), loaded.plans(), loaded.entries(), periods, loaded.higherRisk());
    }

    /**
     * A pupil's absence for the vitnemål in each half of a school year: the closed figures where the contact
     * teacher closed the half-year, else as the absence stands (empty without the county's school year).
     */
    public List<DiplomaHalf> diplomaHalves(long countyId, long pupilId, int startYear) {
        Optional<AbsenceLedger.Year> year = year(countyId, startYear);
        if (year.isEmpty()) {
            return List.of();
        }
        boolean latenessCounts = em.createQuery("SELECT co.latenessCounts FROM County co WHERE co.id = :id", Boolean.class)
                .setParameter("id", countyId).getSingleResult();
        return DiplomaFacts.halves(em, pupilId, year.get(), latenessCounts);
    }
}
