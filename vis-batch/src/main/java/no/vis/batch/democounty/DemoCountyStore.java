package no.vis.batch.democounty;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.SchoolService;
import no.vis.access.StaffDirectory;
import no.vis.guardianship.Guardian;
import no.vis.guardianship.GuardianService;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;
import no.vis.people.PupilService;
import no.vis.school.ClassRef;
import no.vis.school.ClassSpec;
import no.vis.school.County;
import no.vis.school.School;

/**
 * What {@code demo-county} writes, through the domain services, as the {@code SYSTEM} role: a job
 * has no user, and the services admit no anonymous caller. Joins the chunk's transaction.
 */
@Stateless
@PermitAll
@RunAs(Names.SYSTEM)
@jakarta.interceptor.Interceptors(no.vis.batch.jobs.BatchCallersOnly.class)
public class DemoCountyStore {

    /** The demo dropout: the first school's Vg1 pupil of this cohort (not a demo user). */
    static final int DROPOUT_COHORT = 2;
    /** The demo's pupil with a documented condition with a higher risk of absence: the first school's Vg1 pupil of this cohort. */
    static final int RISK_COHORT = 1;

    @Inject
    SchoolService schools;

    @Inject
    PupilService pupilService;

    @Inject
    StaffDirectory staff;

    @Inject
    no.vis.enrolment.EnrolmentRecords enrolments;

    @Inject
    GuardianService guardians;

    @Inject
    no.vis.platform.DatabaseStatistics statistics;

    @Inject
    no.vis.calendar.CalendarService calendars;

    @Inject
    no.vis.timetable.SchoolSetupService setup;

    @Inject
    no.vis.platform.VisSettings settings;

    @Inject
    no.vis.absence.AbsenceCodeService absenceCodes;

    @Inject
    no.vis.absence.AbsenceSetupService absenceSetup;

    @Inject
    no.vis.absence.AbsenceWarningService absenceWarnings;

    @Inject
    no.vis.assessment.AssessmentSetupService assessmentSetup;

    public County ensureCounty(String code, String name) {
        return schools.ensureCounty(code, name);
    }

    /** The school with its classes for the school year and the programme areas it offers; returns the school's id. */
    public long ensureSchoolWithClasses(County county, String orgNumber, String name, int schoolYear, List<ClassSpec> classes,
                                        java.util.Collection<String> programmeAreas) {
        School school = schools.ensureSchool(county, orgNumber, name);
        schools.ensureClasses(school.getId(), schoolYear, classes);
        enrolments.offer(school.getId(), programmeAreas);
        return school.getId();
    }

    /** A staff member with roles at schools (school id {@code null}: county-wide). */
    public void ensureStaff(County county, String feideUserId, String name, List<RoleAt> roles) {
        long id = staff.ensureStaff(county, feideUserId, name).getId();
        roles.forEach(r -> staff.grant(id, r.schoolId(), r.role()));
    }

    /**
     * The county's school year with the demo skolerute, and the first school's activity day; nothing if
     * it exists. The county's absence codes are InSchool's (X, M, D, !, R, §) from the year's start.
     */
    public void ensureSchoolYear(County county, int schoolYear, Long firstSchoolId) {
        DemoSkolerute rute = new DemoSkolerute(schoolYear);
        absenceCodes.startFrom(county.getId(), no.vis.absence.StandardCodeSet.INSCHOOL, java.time.LocalDate.of(schoolYear, 8, 1));
        if (calendars.schoolYear(county.getId(), schoolYear).isPresent()) {
            return;
        }
        no.vis.calendar.SchoolYear year = calendars.ensureSchoolYear(county, schoolYear, rute.firstDay, rute.lastDay,
                rute.secondHalfFrom, no.vis.calendar.Rotation.ALTERNATING, rute.firstDay, rute.days);
        if (firstSchoolId != null) {
            calendars.setSchoolException(year.getId(), firstSchoolId, rute.activityDay(), no.vis.calendar.DayKind.ACTIVITY_DAY,
                    "Aktivitetsdag: idrettsdag");
        }
    }

    /**
     * School {@code j}'s teachers, rooms, periods, groups and timetable (DemoTimetables), unless it has
     * groups in the year already; returns whether it wrote them.
     */
    public boolean setUpTimetable(DemoCountyPlan plan, int j, java.time.LocalDate thisMonday) {
        School school = schools.findSchoolByOrgNumber(plan.school(j).orgNumber()).orElseThrow();
        if (setup.hasGroups(school.getId(), plan.schoolYear())) {
            return false;
        }
        var pupils = setup.pupilsByClass(school.getId());
        List<DemoTimetables.ClassInfo> classes = schools.listClasses(school.getId(), plan.schoolYear()).stream()
                .map(c -> new DemoTimetables.ClassInfo(c.getId(), c.getCode(), c.getLevel(), c.getProgramme(),
                        pupils.getOrDefault(c.getId(), List.of())))
                .filter(c -> !c.pupilIds().isEmpty()).toList();
        List<DemoTimetables.KnownTeacher> known = j == 0 ? DemoStaff.MEMBERS.stream()
                .filter(m -> m.grants().stream().anyMatch(g -> g.school() == 0 && g.role() == Role.TEACHER))
                .map(m -> new DemoTimetables.KnownTeacher(m.feideUserId(), m.name())).toList() : List.of();
        no.vis.timetable.SchoolTimetableSetup year = DemoTimetables.plan(j, plan.school(j).orgNumber(), plan.schoolYear(),
                new DemoSkolerute(plan.schoolYear()).firstDay, classes, known, thisMonday, plan.seed());
        boolean written = setup.setUp(school.getId(), year);
        if (written && j == 0) {
            writeUntisSample(year, classes, thisMonday.plusWeeks(1));
        }
        return written;
    }

    /**
     * School {@code j}'s absence from the school year's start until now (DemoAbsences), unless it has
     * registers already, then the warnings that absence calls for; at the first school also the demo
     * guardian's reports. Returns whether it wrote them.
     */
    public boolean setUpAbsence(DemoCountyPlan plan, int j, java.time.ZonedDateTime now) {
        School school = schools.findSchoolByOrgNumber(plan.school(j).orgNumber()).orElseThrow();
        if (absenceSetup.hasRegisters(school.getId())) {
            return false;
        }
        DemoSkolerute rute = new DemoSkolerute(plan.schoolYear());
        java.time.LocalDate first = rute.firstDay;
        java.time.LocalDate today = now.toLocalDate();
        if (today.isBefore(first)) {
            return false;
        }
        // half a school year: until today (or the year's end, for a year that is over), from the year's start or half a year
        // before; the lessons of the rest of the current half-year too (not registered), so that the demo pupils' absence is
        // measured against the whole half
        java.time.LocalDate until = today.isAfter(rute.lastDay) ? rute.lastDay.plusDays(1) : today.plusDays(1);
        java.time.LocalDate from = first.isBefore(until.minusWeeks(26)) ? until.minusWeeks(26) : first;
        java.time.LocalDate halfEnd = until.isBefore(rute.secondHalfFrom) ? rute.secondHalfFrom : rute.lastDay.plusDays(1);
        var held = absenceSetup.lessonsHeld(school.getId(), plan.schoolYear(), from, halfEnd.isAfter(until) ? halfEnd : until);
        Long x = absenceSetup.codeId(school.getId(), "X", today);
        Long d = absenceSetup.codeId(school.getId(), "D", today);
        Long m = absenceSetup.codeId(school.getId(), "M", today);
        if (x == null || d == null || m == null) {
            return false; // not InSchool's codes: the county chose its own
        }
        List<Long> demoPupils = new java.util.ArrayList<>();
        java.util.Set<Long> demoTeachers = new java.util.HashSet<>();
        if (j == 0) {
            for (int i : new int[] {0, 3}) {
                absenceSetup.pupilIdOf(plan.pupil(i).fodselsnummer()).ifPresent(demoPupils::add);
            }
            for (DemoStaff.Member member : DemoStaff.MEMBERS) {
                staff.findByFeideUserId(member.feideUserId()).flatMap(k -> no.vis.access.VisUserId.STAFF.idIn(k.userId()))
                        .ifPresent(demoTeachers::add);
            }
        }
        java.time.LocalDate halfFrom = until.isAfter(rute.secondHalfFrom) ? rute.secondHalfFrom : first;
        DemoAbsences.Plan absence = DemoAbsences.plan(held, now, plan.seed(), demoPupils, demoTeachers, new DemoAbsences.Codes(x, d, m),
                halfFrom);
        absenceSetup.write(school.getId(), held, absence.registers(), absence.absences(), "demo-county");
        if (demoPupils.size() == 2) {
            // Gunnar Foresatt reported pupil 0 (Elev, in Kristin Kontaktlærer's class) ill on a day last week — linked by the
            // contact teacher — and again today, for Kristin to link
            String gunnar = guardians.findByPid(DemoGuardians.GUNNAR).map(no.vis.access.KnownUser::userId).orElse("guardian:0");
            java.time.LocalDate lastWeek = no.vis.calendar.SchoolCalendar.monday(today).minusWeeks(1).plusDays(1);
            if (!lastWeek.isBefore(first)) {
                absenceSetup.report(demoPupils.get(0), gunnar, no.vis.absence.AbsenceReport.ReporterKind.GUARDIAN, lastWeek, lastWeek,
                        no.vis.absence.ReportCategory.ILL, true, "demo-county");
            }
            absenceSetup.report(demoPupils.get(0), gunnar, no.vis.absence.AbsenceReport.ReporterKind.GUARDIAN, today, today,
                    no.vis.absence.ReportCategory.ILL, false, null);
            // Elev asks that a doctor's note be registered for their latest undocumented absence, for Kristin to decide
            absenceSetup.request(demoPupils.get(0), no.vis.absence.RequestKind.HEALTH_DOCUMENTED);
        }
        if (j == 0 && RISK_COHORT * plan.schoolCount() * 3 < plan.pupils()) {
            // a Vg1 pupil of the first school has a condition with a higher risk of absence documented (§ 9-8 third paragraph)
            absenceSetup.pupilIdOf(plan.pupil(RISK_COHORT * plan.schoolCount() * 3).fodselsnummer())
                    .ifPresent(p -> absenceSetup.higherRisk(p, first, "demo-county"));
        }
        absenceWarnings.warnSchool(school.getId(), today);
        if (j == 0 && DROPOUT_COHORT * plan.schoolCount() * 3 < plan.pupils()) {
            // a Vg1 pupil of the first school drops out today, or on the last day of a year that is over (avbrudd): the
            // office's term report to Lånekassen shows it
            absenceSetup.pupilIdOf(plan.pupil(DROPOUT_COHORT * plan.schoolCount() * 3).fodselsnummer())
                    .ifPresent(p -> enrolments.leave(p, until.minusDays(1), no.vis.enrolment.EnrolmentEnd.DROPPED_OUT, "demo-county"));
        }
        return true;
    }

    /**
     * A school's grades (issue 13): the rounds of this school year and the two before (deadline and publication as a school
     * would set them), this year's first-half grades of every pupil — entered, not yet published until the round's time —
     * and each pupil's earlier years at the school. The demo pupils (pupil 0, Elev, and pupil 3) changed programme after a
     * first Vg1 in electrical (omvalg): they have that year's grades too. This year's remarks in orden and atferd, and the
     * warnings they called for.
     */
    public boolean setUpGrades(DemoCountyPlan plan, int j, java.time.ZonedDateTime now) {
        School school = schools.findSchoolByOrgNumber(plan.school(j).orgNumber()).orElseThrow();
        if (assessmentSetup.hasRounds(school.getId())) {
            return false;
        }
        int year = plan.schoolYear();
        java.util.Map<Integer, long[]> rounds = new java.util.HashMap<>();
        for (int y = year - 2; y <= year; y++) {
            DemoSkolerute r = new DemoSkolerute(y);
            rounds.put(y, new long[] {
                assessmentSetup.ensureRound(school.getId(), y, no.vis.assessment.RoundKind.FIRST_HALF,
                        at(r.secondHalfFrom.plusDays(4), 23, 59), at(r.secondHalfFrom.plusDays(7), 12, 0)),
                assessmentSetup.ensureRound(school.getId(), y, no.vis.assessment.RoundKind.YEAR_END,
                        at(r.lastDay.minusDays(10), 23, 59), at(r.lastDay.minusDays(7), 9, 0))});
        }
        DemoSkolerute rute = new DemoSkolerute(year);
        java.time.LocalDate today = now.toLocalDate();
        if (!today.isBefore(rute.firstDay)) {
            java.time.LocalDate day = today.isBefore(rute.secondHalfFrom) ? today : rute.secondHalfFrom.minusDays(1);
            java.util.Set<Long> demoPupils = new java.util.HashSet<>(j == 0 ? demoPupilIds(plan) : List.of());
            assessmentSetup.writeFirstHalf(school.getId(), year, rounds.get(year)[0], day, plan.seed(),
                    j == 0 ? demoTeacherIds() : java.util.Set.of(), demoPupils, now.toOffsetDateTime());
            java.time.LocalDate lastDay = today.isAfter(rute.lastDay) ? rute.lastDay : today;
            assessmentSetup.writeConduct(school.getId(), year, rute.firstDay, lastDay, plan.seed(), j == 0 ? demoPupilIds(plan) : List.of(),
                    j == 0 ? demoTeacherIds() : java.util.Set.of());
        }
        List<Long> demoPupils = j == 0 ? demoPupilIds(plan) : List.of();
        List<no.vis.assessment.AssessmentSetupService.PastYear> past = new java.util.ArrayList<>();
        for (var p : assessmentSetup.pupils(school.getId())) {
            String code = p.classCode();
            int level = code.charAt(0) - '1';
            String programme = code.length() >= 3 ? code.substring(1, 3) : "ST";
            for (int k = 1; k <= level; k++) {
                past.add(new no.vis.assessment.AssessmentSetupService.PastYear(p.pupilId(), year - k,
                        DemoSubjects.of(programme, no.vis.school.SchoolClass.Level.values()[level - k]).stream().map(DemoSubjects.Subject::code).toList()));
            }
            if (demoPupils.contains(p.pupilId())) {
                past.add(new no.vis.assessment.AssessmentSetupService.PastYear(p.pupilId(), year - 1,
                        DemoSubjects.of("EL", no.vis.school.SchoolClass.Level.VG1).stream().map(DemoSubjects.Subject::code).toList()));
            }
        }
        assessmentSetup.writePast(past, rounds, plan.seed(), now.toOffsetDateTime());
        return true;
    }

    private static java.time.OffsetDateTime at(java.time.LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(no.vis.common.Today.NORWAY).toOffsetDateTime();
    }

    /** The demo pupils' ids: pupil 0 (Elev) and pupil 3 (Gunnar Foresatt's other child). */
    private List<Long> demoPupilIds(DemoCountyPlan plan) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i : new int[] {0, 3}) {
            if (i < plan.pupils()) {
                absenceSetup.pupilIdOf(plan.pupil(i).fodselsnummer()).ifPresent(ids::add);
            }
        }
        return ids;
    }

    /** The demo staff's ids. */
    private java.util.Set<Long> demoTeacherIds() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (DemoStaff.Member member : DemoStaff.MEMBERS) {
            staff.findByFeideUserId(member.feideUserId()).flatMap(k -> no.vis.access.VisUserId.STAFF.idIn(k.userId())).ifPresent(ids::add);
        }
        return ids;
    }

    /**
     * The first school's timetable as Untis files, for trying the office's Untis import: in
     * {@code untis-demo} under the import directory ({@code .run/data/import/untis-demo} with run.sh).
     */
    private void writeUntisSample(no.vis.timetable.SchoolTimetableSetup year, List<DemoTimetables.ClassInfo> classes,
                                  java.time.LocalDate nextMonday) {
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        classes.forEach(c -> codes.put(c.id(), c.code()));
        java.nio.file.Path dir = settings.importDirectory().resolve("untis-demo");
        try {
            java.nio.file.Files.createDirectories(dir);
            for (var file : DemoUntisFiles.of(year, codes, nextMonday).entrySet()) {
                java.nio.file.Files.writeString(dir.resolve(file.getKey()), file.getValue());
            }
        } catch (java.io.IOException e) {
            java.util.logging.Logger.getLogger(DemoCountyStore.class.getName())
                    .warning("demo-county: the Untis sample files were not written to " + dir + ": " + e);
        }
    }

    public List<ClassRef> listClassRefs(int schoolYear) {
        return schools.listClassRefs(schoolYear);
    }

    /** The pupils not yet in VIS, each with the enrolment and the class placement. */
    public int enrolIfAbsent(List<no.vis.enrolment.NewEnrolment> pupils) {
        return enrolments.enrolIfAbsent(pupils, "demo-county");
    }

    public void linkFeide(Fodselsnummer pupil, String feideUserId) {
        pupilService.linkFeide(pupil, feideUserId);
    }

    /** The planner's statistics for what the job wrote (autovacuum may be off, or late). */
    public void refreshStatistics() {
        statistics.refresh("school", "school_class", "student", "enrolment", "class_placement", "school_programme_area",
                "guardian", "guardianship", "consent", "teaching_group", "group_member", "group_teacher", "lesson",
                "lesson_teacher", "lesson_change", "staff_member", "staff_role", "lesson_register", "absence", "absence_code",
                "absence_warning", "absence_warning_copy", "absence_report", "grade_round", "grade_protocol", "grade", "conduct_remark",
                "conduct_warning", "conduct_warning_copy", "formative_comment");
    }

    public Guardian ensureGuardian(Fodselsnummer fnr, PersonName name) {
        return guardians.ensureGuardian(fnr, name);
    }

    /** The families of pupils who have none yet; returns how many got theirs. */
    public int addFamiliesIfAbsent(List<no.vis.guardianship.NewFamily> families) {
        return guardians.addFamiliesIfAbsent(families, "job:demo-county");
    }

    /** A role at a school, or county-wide when the school id is null. */
    public record RoleAt(Role role, Long schoolId) {
    }
}
