package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.vis.access.SchoolService;
import no.vis.assessment.ChangeRow;
import no.vis.assessment.GradeRound;
import no.vis.assessment.GradeRoundService;
import no.vis.assessment.ProtocolRow;
import no.vis.assessment.RoundForm;
import no.vis.assessment.RoundKind;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.school.SchoolOption;
import no.vis.web.common.DateTimes;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/grade-rounds.xhtml?school=&round=}: the office's assessment rounds of this school
 * year — the teachers' deadline and the publication time of each, a class's own publication time — the
 * groups' protocols of the chosen round (to open, and to lock those submitted), and the changes of
 * grades after the lock.
 */
@Named("gradeRounds")
@ViewScoped
public class GradeRoundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GradeRoundService service;

    @Inject
    SchoolService schools;

    @Inject
    UserLocale userLocale;

    @Inject
    DateTimes dateTimes;

    private String school;
    private String round;
    private List<SchoolOption> schoolOptions;
    private Long schoolId;
    private int schoolYear;
    private final Map<String, String[]> times = new java.util.HashMap<>();
    private List<no.vis.assessment.RoundRef> rounds = List.of();
    private no.vis.assessment.RoundRef chosen;
    private java.util.HashMap<Long, java.time.OffsetDateTime> overrides = new java.util.HashMap<>();
    private List<ProtocolRow> protocols = List.of();
    private List<ChangeRow> changes = List.of();
    private List<ClassChoice> classes = List.of();

    /** A class to choose (the page keeps records, not entities: the view is kept in the session). */
    public record ClassChoice(long id, String code) implements Serializable {
    }
    private Long overrideClass;
    private String overrideAt;

    public void load() {
        if (schoolOptions != null) {
            return;
        }
        schoolOptions = schools.listSchools();
        schoolId = StaffPages.chosenSchool(schoolOptions, school);
        schoolYear = SchoolCalendar.schoolYearOf(Today.inNorway());
        refresh();
    }

    private void refresh() {
        if (schoolId == null) {
            return;
        }
        List<GradeRound> found = service.rounds(schoolId, schoolYear);
        rounds = found.stream().map(r -> new no.vis.assessment.RoundRef(r.getId(), r.getKind())).toList();
        for (RoundKind kind : RoundKind.values()) {
            GradeRound r = found.stream().filter(x -> x.getKind() == kind).findFirst().orElse(null);
            times.put(kind.name(), new String[] {r == null ? "" : dateTimes.input(r.getEntryUntil()), r == null ? "" : dateTimes.input(r.getPublishAt())});
        }
        Long wanted = StaffPages.id(round);
        GradeRound round = found.stream().filter(r -> wanted != null && r.getId().equals(wanted)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
        chosen = round == null ? null : new no.vis.assessment.RoundRef(round.getId(), round.getKind());
        overrides = round == null ? new java.util.HashMap<>() : new java.util.HashMap<>(round.getClassPublishAt());
        if (chosen != null) {
            protocols = service.protocols(chosen.id(), userLocale.getLocale());
            changes = service.changes(chosen.id(), true);
            classes = schools.listClasses(schoolId, schoolYear).stream().map(c -> new ClassChoice(c.getId(), c.getCode())).toList();
        }
    }

    /** Saves the deadline and publication time of a round. */
    public void schedule(String kindName) {
        RoundKind kind = RoundKind.valueOf(kindName);
        String[] t = times.get(kind.name());
        String prefix = "rounds:" + (kind == RoundKind.FIRST_HALF ? "firstHalf" : "yearEnd");
        try {
            service.schedule(schoolId, schoolYear, new RoundForm(kind, parse(t[0], prefix + "Until"), parse(t[1], prefix + "Publish")));
            FacesMessages.info("grades.round.saved");
            refresh();
        } catch (BadTime e) {
            FacesMessages.error("grades.fixFields");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError(prefix + ("publishAt".equals(field) ? "Publish" : "Until"), key));
            FacesMessages.error("grades.fixFields");
        }
    }

    /** Sets (or with an empty time takes away) the chosen class's own publication time in the round. */
    public void classPublishAt() {
        if (chosen == null || overrideClass == null) {
            FacesMessages.fieldError("override:class", "grades.round.class.required");
            return;
        }
        try {
            LocalDateTime at = overrideAt == null || overrideAt.isBlank() ? null : parse(overrideAt, "override:at");
            service.classPublishAt(chosen.id(), overrideClass, at);
            FacesMessages.info("grades.round.saved");
            refresh();
        } catch (BadTime e) {
            FacesMessages.error("grades.fixFields");
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> FacesMessages.fieldError("override:at", key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey());
        }
    }

    public void lockSubmitted() {
        int locked = service.lockSubmitted(chosen.id());
        FacesMessages.info("grades.round.lockedSubmitted", locked);
        refresh();
    }

    private static final class BadTime extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static LocalDateTime parse(String text, String clientId) throws BadTime {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            FacesMessages.fieldError(clientId, "grades.round.time.invalid");
            throw new BadTime();
        }
    }

    public String className(long classId) {
        return classes.stream().filter(c -> c.id() == classId).map(ClassChoice::code).findFirst().orElse(Long.toString(classId));
    }

    public List<Map.Entry<Long, java.time.OffsetDateTime>> getOverrides() {
        return new ArrayList<>(overrides.entrySet());
    }

    public List<RoundKind> getKinds() {
        return List.of(RoundKind.values());
    }

    public Map<String, String[]> getTimes() {
        return times;
    }

    public List<SchoolOption> getSchoolOptions() {
        return schoolOptions;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public List<no.vis.assessment.RoundRef> getRounds() {
        return rounds;
    }

    public no.vis.assessment.RoundRef getChosen() {
        return chosen;
    }

    public List<ProtocolRow> getProtocols() {
        return protocols;
    }

    public List<ChangeRow> getChanges() {
        return changes;
    }

    public List<ClassChoice> getClasses() {
        return classes;
    }

    public Long getOverrideClass() {
        return overrideClass;
    }

    public void setOverrideClass(Long overrideClass) {
        this.overrideClass = overrideClass;
    }

    public String getOverrideAt() {
        return overrideAt;
    }

    public void setOverrideAt(String overrideAt) {
        this.overrideAt = overrideAt;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }
}
