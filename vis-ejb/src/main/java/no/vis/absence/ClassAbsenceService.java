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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.NameCase;
import no.vis.common.Today;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.SubjectKind;
import no.vis.timetable.LessonLookup;

/**
 * A class's absence as a pupil × subject grid, for its contact teacher on the day and for the office of
 * its school; anyone else gets nothing, and the attempt is logged. Every pupil shown is an access-log
 * line ({@code ABSENCE_DETAIL}).
 */
@Stateless
@RolesAllowed({Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
public class ClassAbsenceService {

    static final String GRID = "class-absence";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccessLog accessLog;

    @Inject
    LessonLookup lessons;

    @Inject
    SubjectCatalogue subjects;

    @Inject
    StaffDirectory staff;

    /** The class's grid for the period (null: the current half-year), when the caller may see the class. */
    public Optional<ClassGrid> grid(long classId, AbsencePeriod wanted, Locale locale) {
        LocalDate today = Today.inNorway();
        Object[] facts = em.createQuery("SELECT c.code, sc.id, co.id, co.latenessCounts, co.absenceWarningPercent FROM SchoolClass c"
                + " JOIN c.school sc JOIN sc.county co WHERE c.id = :id", Object[].class).setParameter("id", classId)
                .getResultStream().findFirst().orElse(null);
        if (facts == null || !maySee(classId, (Long) facts[1], today)) {
            accessLog.refused(SubjectKind.PUPIL, null, DataCategory.ABSENCE_DETAIL, GRID);
            return Optional.empty();
        }
        int startYear = SchoolCalendar.schoolYearOf(today);
        Object[] y = em.createQuery("SELECT y.firstDay, y.secondHalfFrom, y.lastDay FROM SchoolYear y WHERE y.county.id = :county"
                        + " AND y.startYear = :year", Object[].class).setParameter("county", facts[2]).setParameter("year", startYear)
                .getResultStream().findFirst().orElse(null);
        if (y == null || AbsenceRules.forSchoolYear(startYear).isEmpty()) {
            return Optional.of(new ClassGrid(classId, (String) facts[0], AbsencePeriod.YEAR, List.of(), List.of()));
        }
        AbsenceLedger.Year year = new AbsenceLedger.Year(startYear, (LocalDate) y[0], (LocalDate) y[1], (LocalDate) y[2]);
        AbsencePeriod period = wanted != null ? wanted : year.halfOf(today);
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("SELECT s.id, s.name.givenName, s.name.familyName FROM Pupil s WHERE s.schoolClass.id = :id"
                        + " AND (s.leftOn IS NULL OR s.leftOn > :day) ORDER BY s.name.familyName, s.name.givenName, s.id", Object[].class)
                .setParameter("id", classId).setParameter("day", today).getResultList()) {
            names.put((Long) r[0], NameCase.familyName((String) r[2]) + ", " + NameCase.givenName((String) r[1]));
        }
        AbsenceFacts.Loaded loaded = AbsenceFacts.load(em, lessons, names.keySet(), year);
        AbsenceRules.Lateness lateness = (Boolean) facts[3] ? AbsenceRules.Lateness.MINUTES_COUNT : AbsenceRules.Lateness.NOT_COUNTED;
        Map<Long, List<SubjectAbsence>> byPupil = new AbsenceLedger(year, lateness, (BigDecimal) facts[4])
                .subjects(loaded.memberships(), loaded.plans(), loaded.entries(), List.of(period), loaded.higherRisk());
        Set<String> codes = new TreeSet<>();
        byPupil.values().forEach(lines -> lines.forEach(l -> codes.add(l.subjectCode())));
        Map<String, String> titles = subjects.titles(codes, locale);
        List<ClassGrid.Column> columns = codes.stream().map(c -> new ClassGrid.Column(c, titles.getOrDefault(c, c)))
                .sorted(Comparator.comparing(ClassGrid.Column::title)).toList();
        List<ClassGrid.Row> rows = new ArrayList<>();
        names.forEach((pupil, name) -> {
            Map<String, SubjectAbsence> bySubject = new HashMap<>();
            Band highest = null;
            for (SubjectAbsence s : byPupil.getOrDefault(pupil, List.of())) {
                bySubject.put(s.subjectCode(), s.withSubject(titles.getOrDefault(s.subjectCode(), s.subjectCode())));
                if (s.band() != null && (highest == null || s.band().compareTo(highest) > 0)) {
                    highest = s.band();
                }
            }
            rows.add(new ClassGrid.Row(pupil, name, bySubject, highest));
        });
        accessLog.readAll(SubjectKind.PUPIL, names.keySet(), DataCategory.ABSENCE_DETAIL, GRID);
        return Optional.of(new ClassGrid(classId, (String) facts[0], period, columns, rows));
    }

    /** The contact teacher of the class on the day, or office staff (or the county) of its school. */
    private boolean maySee(long classId, long schoolId, LocalDate day) {
        return ClassAccess.maySee(em, session, staff, classId, schoolId, day);
    }
}
