package no.vis.assessment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import no.vis.absence.AbsencePeriod;
import no.vis.absence.AbsenceStandings;
import no.vis.absence.Band;
import no.vis.absence.SubjectAbsence;
import no.vis.access.Role.Names;
import no.vis.common.JdbcBatches;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.timetable.GroupMember;

/**
 * Assessment as a set-up (the demo county) gives it, as the {@code SYSTEM} role: a school's rounds, this
 * year's first-half grades of its groups' pupils (IV where the absence limit says so; the protocols
 * submitted, but those of the demo teachers, left half done for them), and earlier years' grades — by
 * the million at national scale, in JDBC batches ({@link JdbcBatches}). Grades follow each pupil's own
 * level, so that a pupil's grades hang together. Deterministic: the same seed gives the same grades.
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class AssessmentSetupService {

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    @Inject
    AbsenceStandings standings;

    @Inject
    SubjectCatalogue subjects;

    @Inject
    no.vis.guardianship.GuardianService guardians;

    private static final String[] ORDEN = {"Kom for sent til timen", "Glemte læreboka", "Leverte ikke innleveringen innen fristen",
        "Manglet utstyr til timen", "Gikk fra timen uten å si fra"};
    private static final String[] ATFERD = {"Forstyrret undervisningen", "Brukte mobilen i timen etter beskjed om å legge den bort",
        "Uhøflig ordbruk mot en medelev", "Fulgte ikke beskjed fra læreren"};

    /** A pupil of the school now, with their class's code. */
    public record SchoolPupil(long pupilId, String classCode) {
    }

    /** An earlier year's subjects of a pupil. */
    public record PastYear(long pupilId, int schoolYear, List<String> subjectCodes) {
    }

    private record Row(long roundId, long pupilId, String subjectCode, GradeKind kind, GradeValue value, String remark, Long protocolId,
                       Long classId) {
    }

    private record ProtocolRowToWrite(long roundId, long groupId, ProtocolState state) {
    }

    public boolean hasRounds(long schoolId) {
        return !em.createQuery("SELECT r.id FROM GradeRound r WHERE r.schoolId = :s", Long.class).setParameter("s", schoolId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The round, created with its times when the school has none of the kind in the year. */
    public long ensureRound(long schoolId, int schoolYear, RoundKind kind, OffsetDateTime entryUntil, OffsetDateTime publishAt) {
        GradeRound round = em.createQuery("SELECT r FROM GradeRound r WHERE r.schoolId = :s AND r.schoolYear = :y AND r.kind = :k",
                        GradeRound.class).setParameter("s", schoolId).setParameter("y", schoolYear).setParameter("k", kind)
                .getResultStream().findFirst().orElse(null);
        if (round == null) {
            round = new GradeRound(schoolId, schoolYear, kind, entryUntil, publishAt);
            em.persist(round);
            em.flush();
        }
        return round.getId();
    }

    public List<SchoolPupil> pupils(long schoolId) {
        return em.createQuery("SELECT s.id, c.code FROM Pupil s JOIN s.schoolClass c WHERE s.school.id = :s AND s.leftOn IS NULL",
                Object[].class).setParameter("s", schoolId).getResultStream()
                .map(r -> new SchoolPupil((Long) r[0], (String) r[1])).toList();
    }

    /**
     * This year's first-half grades of every pupil of the school's groups on the day: IV over the absence limit,
     * else a grade on the pupil's level; each group's protocol submitted — but the demo teachers' groups,
     * left open with about half the pupils graded (never the demo pupils).
     */
    public void writeFirstHalf(long schoolId, int schoolYear, long roundId, LocalDate day, long seed, Set<Long> demoTeachers,
                               Set<Long> demoPupils, OffsetDateTime at) {
        long countyId = em.createQuery("SELECT s.county.id FROM School s WHERE s.id = :id", Long.class).setParameter("id", schoolId)
                .getSingleResult();
        List<Object[]> members = em.createQuery("SELECT m.pupilId, m.groupId, COALESCE(m.subjectCode, g.subjectCode), s.schoolClass.id"
                        + " FROM GroupMember m, TeachingGroup g, Pupil s WHERE g.id = m.groupId AND s.id = m.pupilId AND g.schoolId = :school"
                        + " AND g.schoolYear = :year AND s.leftOn IS NULL AND " + GroupMember.ACTIVE_ON_DAY, Object[].class)
                .setParameter("school", schoolId).setParameter("year", schoolYear).setParameter("day", day).getResultList();
        Set<Long> demoGroups = new HashSet<>();
        if (!demoTeachers.isEmpty()) {
            demoGroups.addAll(em.createQuery("SELECT DISTINCT m.groupId FROM GroupTeacher m, TeachingGroup g WHERE g.id = m.groupId"
                    + " AND g.schoolId = :school AND g.schoolYear = :year AND m.staffMemberId IN :t", Long.class)
                    .setParameter("school", schoolId).setParameter("year", schoolYear).setParameter("t", demoTeachers).getResultList());
        }
        Set<Long> pupils = new HashSet<>();
        Set<Long> groups = new HashSet<>();
        members.forEach(m -> {
            pupils.add((Long) m[0]);
            groups.add((Long) m[1]);
        });
        Map<Long, List<SubjectAbsence>> absence = standings.standings(countyId, schoolYear, pupils, List.of(AbsencePeriod.FIRST_HALF));
        List<ProtocolRowToWrite> protocols = groups.stream().sorted().map(g -> new ProtocolRowToWrite(roundId, g,
                demoGroups.contains(g) ? ProtocolState.OPEN : ProtocolState.SUBMITTED)).toList();
        long[] protocolIds = new long[protocols.size()];
        JdbcBatches batches = new JdbcBatches(em, dataSource);
        Timestamp when = Timestamp.from(at.toInstant());
        batches.insert("INSERT INTO grade_protocol (id, grade_round_id, teaching_group_id, state, saved_by, saved_at, submitted_by,"
                + " submitted_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", protocols, GradeProtocol.class, (s, id, p) -> {
                    s.setLong(1, id);
                    s.setLong(2, p.roundId());
                    s.setLong(3, p.groupId());
                    s.setString(4, p.state().name());
                    s.setString(5, "system");
                    s.setTimestamp(6, when);
                    s.setString(7, p.state() == ProtocolState.SUBMITTED ? "system" : null);
                    s.setTimestamp(8, p.state() == ProtocolState.SUBMITTED ? when : null);
                }, protocolIds);
        Map<Long, Long> protocolOf = new HashMap<>();
        for (int i = 0; i < protocols.size(); i++) {
            protocolOf.put(protocols.get(i).groupId(), protocolIds[i]);
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] m : members) {
            long pupil = (Long) m[0];
            long group = (Long) m[1];
            String code = (String) m[2];
            if (!seen.add(pupil + "/" + code)) {
                continue; // one grade per pupil and fagkode
            }
            if (demoGroups.contains(group) && (demoPupils.contains(pupil) || Math.floorMod(pupil * 31 + seed, 2) == 0)) {
                continue; // left for the demo teachers to enter
            }
            Band band = absence.getOrDefault(pupil, List.of()).stream().filter(a -> a.subjectCode().equals(code)).map(SubjectAbsence::band)
                    .filter(b -> b != null).findFirst().orElse(null);
            GradeValue value = GradeRules.proposal(band, null) != null ? GradeValue.NOT_ASSESSED : grade(seed, pupil, code, 0);
            String remark = null;
            if (value != GradeValue.NOT_ASSESSED && code.startsWith("KRO") && new Random(seed * 17 + pupil).nextInt(100) == 0) {
                value = GradeValue.EXEMPT;
                remark = "FAM02";
            }
            rows.add(new Row(roundId, pupil, code, GradeKind.HALF_YEAR, value, remark, protocolOf.get(group), (Long) m[3]));
        }
        insert(batches, rows, at);
    }

    /**
     * This school year's remarks in orden and atferd, from the year's first day until the day: about one pupil in
     * twenty-five has one to five, written by a teacher of one of their groups; a pupil with four or more in a kind has
     * had the written warning (NG, the first half-year) from the class's contact teacher, sent to the pupil and the
     * guardians. The demo pupils: Elev two remarks in orden from a demo teacher, pupil 3 four in atferd and the warning.
     */
    public void writeConduct(long schoolId, int schoolYear, LocalDate from, LocalDate day, long seed, List<Long> demoPupils,
                             Set<Long> demoTeachers) {
        List<Object[]> members = em.createQuery("SELECT m.pupilId, m.groupId, t.staffMemberId FROM GroupMember m, GroupTeacher t,"
                        + " TeachingGroup g, Pupil s WHERE g.id = m.groupId AND t.groupId = g.id AND s.id = m.pupilId AND g.schoolId = :school"
                        + " AND g.schoolYear = :year AND s.leftOn IS NULL AND " + GroupMember.ACTIVE_ON_DAY + " ORDER BY m.pupilId, g.code",
                        Object[].class).setParameter("school", schoolId).setParameter("year", schoolYear).setParameter("day", day)
                .getResultList();
        Map<Long, List<Object[]>> byPupil = new java.util.LinkedHashMap<>();
        members.forEach(m -> byPupil.computeIfAbsent((Long) m[0], p -> new ArrayList<>()).add(m));
        Map<Long, Long> contactTeacherOf = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT s.id, c.staffMemberId FROM Pupil s, ContactTeacher c WHERE c.schoolClassId = s.schoolClass.id"
                + " AND s.school.id = :school", Object[].class).setParameter("school", schoolId).getResultList()) {
            contactTeacherOf.putIfAbsent((Long) r[0], (Long) r[1]);
        }
        long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, day));
        List<ConductRemark> remarks = new ArrayList<>();
        List<ConductWarning> warnings = new ArrayList<>();
        OffsetDateTime at = day.atTime(15, 0).atZone(no.vis.common.Today.NORWAY).toOffsetDateTime();
        byPupil.forEach((pupil, groups) -> {
            Random random = new Random(seed * 97 + pupil);
            int demo = demoPupils.indexOf(pupil);
            int count;
            ConductKind kind;
            if (demo == 0) {
                count = 2;
                kind = ConductKind.ORDEN;
            } else if (demo == 1) {
                count = 4;
                kind = ConductKind.ATFERD;
            } else if (random.nextInt(25) == 0) {
                count = 1 + random.nextInt(5);
                kind = random.nextInt(10) < 7 ? ConductKind.ORDEN : ConductKind.ATFERD;
            } else {
                return;
            }
            List<Object[]> taughtBy = demo >= 0 ? groups.stream().filter(g -> demoTeachers.contains((Long) g[2])).toList() : List.of();
            for (int i = 0; i < count; i++) {
                Object[] g = !taughtBy.isEmpty() ? taughtBy.get(i % taughtBy.size()) : groups.get(random.nextInt(groups.size()));
                LocalDate on = from.plusDays(random.nextInt((int) days));
                while (on.getDayOfWeek().getValue() > 5) {
                    on = on.minusDays(1);
                }
                if (on.isBefore(from)) {
                    on = from;
                }
                String[] texts = kind == ConductKind.ORDEN ? ORDEN : ATFERD;
                remarks.add(new ConductRemark(pupil, schoolYear, kind, on, texts[random.nextInt(texts.length)], (Long) g[1],
                        "staff:" + g[2], on.atTime(14, 0).atZone(no.vis.common.Today.NORWAY).toOffsetDateTime()));
            }
            Long contact = contactTeacherOf.get(pupil);
            if (count >= 4 && contact != null) {
                warnings.add(new ConductWarning(pupil, schoolYear, RoundKind.FIRST_HALF, kind, ConductValue.NG, count,
                        "Flere anmerkninger dette halvåret. Ta kontakt med kontaktlæreren om du har spørsmål.", "staff:" + contact, at));
            }
        });
        // the demo pupils' formative comments from a demo teacher: one seen, one shown from the coming Monday
        for (long pupil : demoPupils) {
            byPupil.getOrDefault(pupil, List.of()).stream().filter(g -> demoTeachers.contains((Long) g[2])).findFirst().ifPresent(g -> {
                String subject = em.createQuery("SELECT COALESCE(m.subjectCode, t.subjectCode) FROM GroupMember m, TeachingGroup t"
                        + " WHERE t.id = m.groupId AND m.groupId = :g AND m.pupilId = :p", String.class).setParameter("g", g[1])
                        .setParameter("p", pupil).setMaxResults(1).getSingleResult();
                em.persist(new FormativeComment(pupil, (Long) g[1], subject, "Godt arbeid med fagteksten. Neste gang: vis kildene dine"
                        + " tydeligere, og knytt drøftingen til oppgaveteksten.", null, "staff:" + g[2], at));
                em.persist(new FormativeComment(pupil, (Long) g[1], subject, "Tilbakemelding på prøven: du behersker det meste av"
                        + " stoffet; øv mer på oppgavene med flere steg.", day.plusWeeks(1).with(java.time.DayOfWeek.MONDAY).atTime(8, 0)
                        .atZone(no.vis.common.Today.NORWAY).toOffsetDateTime(), "staff:" + g[2], at));
            });
        }
        JdbcBatches batches = new JdbcBatches(em, dataSource);
        batches.insert("INSERT INTO conduct_remark (id, student_id, school_year, kind, happened_on, description, teaching_group_id,"
                + " recorded_by, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", remarks, ConductRemark.class, (st, id, r) -> {
                    st.setLong(1, id);
                    st.setLong(2, r.getPupilId());
                    st.setInt(3, r.getSchoolYear());
                    st.setString(4, r.getKind().name());
                    st.setDate(5, java.sql.Date.valueOf(r.getHappenedOn()));
                    st.setString(6, r.getDescription());
                    st.setLong(7, r.getGroupId());
                    st.setString(8, r.getRecordedBy());
                    st.setTimestamp(9, Timestamp.from(r.getRecordedAt().toInstant()));
                }, null);
        Map<Long, List<Long>> guardiansOf = guardians.guardiansWhoMaySee(warnings.stream().map(ConductWarning::getPupilId).toList(),
                no.vis.privacy.DataCategory.HISTORY, day);
        for (ConductWarning w : warnings) {
            em.persist(w);
            em.flush();
            for (no.vis.absence.WarningCopy.Channel channel : no.vis.absence.WarningCopy.Channel.values()) {
                em.persist(new ConductWarningCopy(w.getId(), no.vis.absence.WarningCopy.Recipient.PUPIL, w.getPupilId(), channel, at));
                for (long guardian : guardiansOf.getOrDefault(w.getPupilId(), List.of())) {
                    em.persist(new ConductWarningCopy(w.getId(), no.vis.absence.WarningCopy.Recipient.GUARDIAN, guardian, channel, at));
                }
            }
        }
    }

    /**
     * Earlier years' grades: for each pupil and year, a first-half grade and, at the year's end, the standpunkt (or the
     * halvårsvurdering where Grep says the subject has no standpunkt that year) in each subject.
     *
     * @param rounds school year → {first half round, year-end round}
     */
    public void writePast(List<PastYear> years, Map<Integer, long[]> rounds, long seed, OffsetDateTime at) {
        Set<String> codes = new HashSet<>();
        years.forEach(y -> codes.addAll(y.subjectCodes()));
        Map<String, Boolean> standpunkt = subjects.pupilsHaveStandpunkt(codes);
        List<Row> rows = new ArrayList<>();
        for (PastYear y : years) {
            long[] r = rounds.get(y.schoolYear());
            for (String code : y.subjectCodes()) {
                int offset = y.schoolYear();
                GradeValue first = grade(seed, y.pupilId(), code, offset * 2);
                GradeValue end = grade(seed, y.pupilId(), code, offset * 2 + 1);
                rows.add(new Row(r[0], y.pupilId(), code, GradeKind.HALF_YEAR, first, null, null, null));
                rows.add(new Row(r[1], y.pupilId(), code, Boolean.FALSE.equals(standpunkt.get(code)) ? GradeKind.HALF_YEAR : GradeKind.FINAL,
                        end, null, null, null));
            }
        }
        insert(new JdbcBatches(em, dataSource), rows, at);
    }

    private void insert(JdbcBatches batches, List<Row> rows, OffsetDateTime at) {
        Timestamp when = Timestamp.from(at.toInstant());
        batches.insert("INSERT INTO grade (id, grade_round_id, student_id, subject_code, kind, grade_value, remark_code, grade_protocol_id,"
                + " school_class_id, set_by, set_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'system', ?, 1)", rows, Grade.class, (s, id, g) -> {
                    s.setLong(1, id);
                    s.setLong(2, g.roundId());
                    s.setLong(3, g.pupilId());
                    s.setString(4, g.subjectCode());
                    s.setString(5, g.kind().name());
                    s.setString(6, g.value().code());
                    s.setString(7, g.remark());
                    if (g.protocolId() == null) {
                        s.setNull(8, java.sql.Types.BIGINT);
                    } else {
                        s.setLong(8, g.protocolId());
                    }
                    if (g.classId() == null) {
                        s.setNull(9, java.sql.Types.BIGINT);
                    } else {
                        s.setLong(9, g.classId());
                    }
                    s.setTimestamp(10, when);
                }, null);
    }

    /**
     * A grade on the pupil's level: each pupil has a level of their own (mostly 3–5), a subject a little above or
     * below it, and each grading a little noise.
     */
    static GradeValue grade(long seed, long pupil, String subject, int occasion) {
        double level = 2.6 + 2.6 * new Random(seed * 131 + pupil).nextDouble();
        double subjectShift = new Random(seed * 7 + pupil * 31 + subject.hashCode()).nextGaussian() * 0.6;
        double noise = new Random(seed * 13 + pupil * 17 + subject.hashCode() * 3L + occasion).nextGaussian() * 0.4;
        long g = Math.round(level + subjectShift + noise);
        return GradeValue.ofCode(Long.toString(Math.max(1, Math.min(6, g)))).orElseThrow();
    }
}
