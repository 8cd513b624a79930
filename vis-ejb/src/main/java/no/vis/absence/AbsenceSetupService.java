package no.vis.absence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.vis.access.Role.Names;
import no.vis.calendar.ClockTime;
import no.vis.common.JdbcBatches;
import no.vis.timetable.HeldLesson;
import no.vis.timetable.LessonLookup;

/**
 * Writes a school's absence as set-up jobs give it (demo-county's half-year of registers and absence,
 * for the demo and the benchmarks): the lessons held with their pupils to plan from, and the registers
 * and absence written in JDBC batches ({@link JdbcBatches}) — by the hundred thousand at national scale.
 * Nothing here decides what absence is right: the caller's plan does.
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class AbsenceSetupService {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    @Inject
    LessonLookup lessons;

    /** A lesson held, with the first of its teachers and the pupils of its group that day. */
    public record SetupLesson(String key, long groupId, String subjectCode, LocalDate day, LocalTime starts, LocalTime ends,
                              int minutes, Long teacherId, List<Long> pupils) {
    }

    /** A register to write: the lesson's index in the plan's list, and who took it when (null: not taken). */
    public record NewRegister(int lesson, String takenBy, OffsetDateTime takenAt) {
    }

    /** An absence to write, in a register of the plan (its index). */
    public record NewAbsence(int register, long pupilId, AbsenceKind kind, int minutes, long codeId, Documentation documentation) {
    }

    /** Whether the school has any register already (set-up runs once). */
    public boolean hasRegisters(long schoolId) {
        return !em.createQuery("SELECT r.id FROM LessonRegister r WHERE r.schoolId = :school", Long.class)
                .setParameter("school", schoolId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The school's lessons held in the school year from {@code from} until {@code until} (exclusive), each with its group's pupils that day. */
    public List<SetupLesson> lessonsHeld(long schoolId, int schoolYear, LocalDate from, LocalDate until) {
        List<Long> groupIds = em.createQuery("SELECT g.id FROM TeachingGroup g WHERE g.schoolId = :school AND g.schoolYear = :year",
                Long.class).setParameter("school", schoolId).setParameter("year", schoolYear).getResultList();
        Map<Long, List<Object[]>> members = new HashMap<>();
        for (List<Long> slice : AbsenceFacts.slices(groupIds)) {
            for (Object[] r : em.createQuery("SELECT m.groupId, m.pupilId, m.fromDay, m.toDay FROM GroupMember m WHERE m.groupId IN :ids",
                    Object[].class).setParameter("ids", slice).getResultList()) {
                members.computeIfAbsent((Long) r[0], g -> new ArrayList<>()).add(r);
            }
        }
        List<SetupLesson> held = new ArrayList<>();
        for (List<Long> slice : AbsenceFacts.slices(groupIds)) {
            for (HeldLesson h : lessons.heldBetween(slice, from, until)) {
                LocalDate day = h.occurrence().day();
                List<Long> pupils = new ArrayList<>();
                for (Object[] m : members.getOrDefault(h.occurrence().groupId(), List.of())) {
                    if (!((LocalDate) m[2]).isAfter(day) && (m[3] == null || ((LocalDate) m[3]).isAfter(day))) {
                        pupils.add((Long) m[1]);
                    }
                }
                Long teacher = h.occurrence().teacherIds().stream().sorted().findFirst().orElse(null);
                held.add(new SetupLesson(h.key(), h.occurrence().groupId(), h.subjectCode(), day, h.occurrence().starts(),
                        h.occurrence().ends(), (int) h.occurrence().length().toMinutes(), teacher, pupils));
            }
        }
        return held;
    }

    /** The pupil with this fødselsnummer, by id. */
    public java.util.Optional<Long> pupilIdOf(no.vis.people.Fodselsnummer fnr) {
        return em.createQuery("SELECT s.id FROM Pupil s WHERE s.fodselsnummer = :fnr", Long.class).setParameter("fnr", fnr)
                .getResultStream().findFirst();
    }

    /** The county's code's id valid on the day (the set-up's codes), or null. */
    public Long codeId(long schoolId, String code, LocalDate day) {
        return em.createQuery("SELECT c.id FROM AbsenceCode c, School s WHERE s.id = :school AND c.countyId = s.county.id"
                        + " AND c.code = :code AND c.validFrom <= :day AND (c.validTo IS NULL OR c.validTo > :day)", Long.class)
                .setParameter("school", schoolId).setParameter("code", code).setParameter("day", day).getResultStream().findFirst()
                .orElse(null);
    }

    /** Writes the registers of the lessons and the absence in them. */
    public void write(long schoolId, List<SetupLesson> held, List<NewRegister> registers, List<NewAbsence> absences, String by) {
        JdbcBatches batches = new JdbcBatches(em, dataSource);
        long[] registerIds = new long[registers.size()];
        batches.insert("INSERT INTO lesson_register (id, occurrence_key, teaching_group_id, school_id, held_on, starts_at, ends_at,"
                + " taken_at, taken_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", registers, LessonRegister.class, (s, id, r) -> {
                    SetupLesson l = held.get(r.lesson());
                    s.setLong(1, id);
                    s.setString(2, l.key());
                    s.setLong(3, l.groupId());
                    s.setLong(4, schoolId);
                    s.setDate(5, Date.valueOf(l.day()));
                    s.setShort(6, (short) ClockTime.minutes(l.starts()));
                    s.setShort(7, (short) ClockTime.minutes(l.ends()));
                    if (r.takenAt() == null) {
                        s.setNull(8, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                        s.setNull(9, java.sql.Types.VARCHAR);
                    } else {
                        s.setTimestamp(8, Timestamp.from(r.takenAt().toInstant()));
                        s.setString(9, r.takenBy());
                    }
                }, registerIds);
        Timestamp now = Timestamp.from(java.time.Instant.now());
        batches.insert("INSERT INTO absence (id, lesson_register_id, student_id, on_day, subject_code, kind, minutes, absence_code_id,"
                + " documentation, day_absence_id, registered_at, registered_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)",
                absences, LessonAbsence.class, (s, id, a) -> {
                    SetupLesson l = held.get(registers.get(a.register()).lesson());
                    s.setLong(1, id);
                    s.setLong(2, registerIds[a.register()]);
                    s.setLong(3, a.pupilId());
                    s.setDate(4, Date.valueOf(l.day()));
                    s.setString(5, l.subjectCode());
                    s.setString(6, a.kind().name());
                    s.setShort(7, (short) a.minutes());
                    s.setLong(8, a.codeId());
                    s.setString(9, a.documentation().name());
                    s.setTimestamp(10, now);
                    s.setString(11, by);
                }, null);
    }

    /** A report from home as set-up gives it: sent, or already linked by the contact teacher. */
    public void report(long pupilId, String reporter, AbsenceReport.ReporterKind kind, LocalDate from, LocalDate to,
                       ReportCategory category, boolean linked, String linkedBy) {
        AbsenceReport report = new AbsenceReport(pupilId, reporter, kind, "setup-" + pupilId + "-" + from + "-" + linked, from, to, null, null,
                category, OffsetDateTime.now(no.vis.common.Today.NORWAY));
        if (linked) {
            report.link(linkedBy, OffsetDateTime.now(no.vis.common.Today.NORWAY));
        }
        em.persist(report);
    }

    /** A pupil's request about their latest undocumented lesson absence, as set-up gives it: sent, waiting for the contact teacher. */
    public void request(long pupilId, RequestKind kind) {
        em.createQuery("SELECT a FROM LessonAbsence a WHERE a.pupilId = :p AND a.documentation = :undocumented"
                        + " AND a.dayAbsenceId IS NULL ORDER BY a.day DESC, a.id DESC", LessonAbsence.class)
                .setParameter("p", pupilId).setParameter("undocumented", Documentation.UNDOCUMENTED).setMaxResults(1).getResultStream()
                .findFirst().ifPresent(a -> em.persist(new AbsenceRequest(a, kind, OffsetDateTime.now(no.vis.common.Today.NORWAY))));
    }

    /** A documented condition with a higher risk of absence as set-up gives it: documented and holding from the day, until ended. */
    public void higherRisk(long pupilId, LocalDate from, String by) {
        em.persist(new HigherRisk(pupilId, from, from, null, by, OffsetDateTime.now(no.vis.common.Today.NORWAY)));
    }
}
