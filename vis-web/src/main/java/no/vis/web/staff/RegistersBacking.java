package no.vis.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.absence.NotTakenLesson;
import no.vis.absence.RegisterOverviewService;
import no.vis.access.SchoolService;
import no.vis.school.SchoolOption;
import no.vis.web.common.WeekNavigation;
import no.vis.web.i18n.UserLocale;

/** Backs {@code /staff/registers.xhtml?school=&date=}: the office's registers not taken at a school on a day. */
@Named("registers")
@RequestScoped
public class RegistersBacking {

    @Inject
    RegisterOverviewService overview;

    @Inject
    SchoolService schools;

    @Inject
    UserLocale userLocale;

    private String school;
    private String date;
    private WeekNavigation nav;
    private List<SchoolOption> schoolOptions;
    private Long schoolId;
    private List<NotTakenLesson> notTaken = List.of();

    public void load() {
        nav = WeekNavigation.of(date, userLocale.getLocale());
        schoolOptions = schools.listSchools();
        schoolId = StaffPages.chosenSchool(schoolOptions, school);
        if (schoolId != null) {
            notTaken = overview.notTaken(schoolId, nav.getDate(), userLocale.getLocale()).orElse(List.of());
        }
    }

    public WeekNavigation getNav() {
        return nav;
    }

    public List<SchoolOption> getSchoolOptions() {
        return schoolOptions;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public List<NotTakenLesson> getNotTaken() {
        return notTaken;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
