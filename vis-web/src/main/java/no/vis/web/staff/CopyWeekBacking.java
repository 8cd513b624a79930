package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.vis.access.SchoolService;
import no.vis.calendar.SchoolCalendar;
import no.vis.calendar.WeekKind;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.school.SchoolOption;
import no.vis.timetable.GroupAdminService;
import no.vis.timetable.SchoolChoices;
import no.vis.timetable.TimetableBuild;
import no.vis.timetable.TimetableBuildService;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/copy-week.xhtml?school=}: a week of the whole school or a class, as it is,
 * made the weekly timetable from a day — every week, or the A or B weeks — with a preview of the
 * lessons kept, ended and created and of a clash that stops it, before anything is written.
 */
@Named("copyWeek")
@ViewScoped
public class CopyWeekBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SchoolService schools;

    @Inject
    TimetableBuildService build;

    @Inject
    GroupAdminService groups;

    @Inject
    UserLocale userLocale;

    private String school;
    private List<SchoolOption> schoolOptions;
    private Long schoolId;
    private SchoolChoices choices;

    private String scope = "school";
    private LocalDate week = SchoolCalendar.monday(Today.inNorway());
    private WeekKind target = WeekKind.EVERY;
    private LocalDate from = SchoolCalendar.monday(Today.inNorway()).plusWeeks(1);
    private boolean pupilClashApproved;
    private TimetableBuild.CopyPreview preview;
    private boolean done;

    public void load() {
        if (schoolOptions == null) {
            schoolOptions = schools.listSchools();
            schoolId = StaffPages.chosenSchool(schoolOptions, school);
            if (schoolId != null) {
                choices = groups.schoolChoices(schoolId, SchoolCalendar.schoolYearOf(Today.inNorway())).orElse(null);
            }
        }
    }

    public void preview() {
        done = false;
        try {
            preview = build.previewCopy(request(), userLocale.getLocale());
        } catch (InvalidInputException e) {
            preview = null;
            fieldErrors(e);
        } catch (BusinessException e) {
            preview = null;
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public void copy() {
        try {
            preview = build.copy(request(), userLocale.getLocale());
            done = true;
            FacesMessages.info(preview.changesNothing() ? "copyWeek.nothing" : "copyWeek.copied", preview.ended().size(),
                    preview.created().size());
        } catch (InvalidInputException e) {
            fieldErrors(e);
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    private TimetableBuild.CopyRequest request() {
        return new TimetableBuild.CopyRequest(schoolId, scope, week, target, from, pupilClashApproved);
    }

    private void fieldErrors(InvalidInputException e) {
        e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("copy:" + field, key));
    }

    public List<WeekKind> getTargets() {
        return List.of(WeekKind.values());
    }

    public List<SchoolOption> getSchoolOptions() {
        return schoolOptions;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public SchoolChoices getChoices() {
        return choices;
    }

    public TimetableBuild.CopyPreview getPreview() {
        return preview;
    }

    public boolean isDone() {
        return done;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public LocalDate getWeek() {
        return week;
    }

    public void setWeek(LocalDate week) {
        this.week = week;
    }

    public WeekKind getTarget() {
        return target;
    }

    public void setTarget(WeekKind target) {
        this.target = target;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public boolean isPupilClashApproved() {
        return pupilClashApproved;
    }

    public void setPupilClashApproved(boolean pupilClashApproved) {
        this.pupilClashApproved = pupilClashApproved;
    }
}
