package no.vis.absence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.Today;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.timetable.HeldLesson;
import no.vis.timetable.LessonLookup;
import no.vis.timetable.Occurrence;

/**
 * The registers not taken at a school on a day, for its office: every lesson held that has started
 * and has no register taken, by teacher and time — the follow-up schools otherwise keep in
 * spreadsheets. No pupil's data: lessons and teachers only.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class RegisterOverviewService {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    LessonLookup lessons;

    @Inject
    SubjectCatalogue subjects;

    /** The school's lessons on the day without a register taken; empty for a school outside the caller's. */
    public Optional<List<NotTakenLesson>> notTaken(long schoolId, LocalDate day, Locale locale) {
        if (!staff.callerScope(Role.OFFICE, Role.COUNTY_ADMIN).allows(schoolId)) {
            return Optional.empty();
        }
        List<Long> groupIds = em.createQuery("SELECT g.id FROM TeachingGroup g WHERE g.schoolId = :school AND g.schoolYear = :year",
                Long.class).setParameter("school", schoolId).setParameter("year", SchoolCalendar.schoolYearOf(day)).getResultList();
        ZonedDateTime now = ZonedDateTime.now(Today.NORWAY);
        List<HeldLesson> started = lessons.onDay(groupIds, day).stream()
                .filter(h -> h.occurrence().status() != Occurrence.Status.CANCELLED && !now.isBefore(h.occurrence().start())).toList();
        Set<String> taken = new HashSet<>();
        if (!started.isEmpty()) {
            List<String> keys = started.stream().map(HeldLesson::key).toList();
            for (int i = 0; i < keys.size(); i += 1000) {
                taken.addAll(em.createQuery("SELECT r.occurrenceKey FROM LessonRegister r WHERE r.occurrenceKey IN :keys"
                        + " AND r.takenAt IS NOT NULL", String.class).setParameter("keys", keys.subList(i, Math.min(keys.size(), i + 1000)))
                        .getResultList());
            }
        }
        Set<String> codes = new HashSet<>();
        started.forEach(h -> codes.add(h.subjectCode()));
        Map<String, String> titles = subjects.titles(codes, locale);
        List<NotTakenLesson> rows = new ArrayList<>();
        for (HeldLesson h : started) {
            if (!taken.contains(h.key())) {
                Occurrence o = h.occurrence();
                rows.add(new NotTakenLesson(h.key(), o.starts(), o.ends(), titles.getOrDefault(h.subjectCode(), h.subjectCode()),
                        h.groupCode(), h.teacherNames().isEmpty() ? "–" : String.join(", ", h.teacherNames()), h.roomCode()));
            }
        }
        rows.sort(java.util.Comparator.comparing(NotTakenLesson::teachers).thenComparing(NotTakenLesson::starts));
        return Optional.of(rows);
    }
}
