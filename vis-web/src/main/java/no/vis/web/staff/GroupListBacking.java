package no.vis.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import no.vis.access.SchoolService;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.school.SchoolOption;
import no.vis.timetable.GroupAdmin;
import no.vis.timetable.GroupAdminService;
import no.vis.timetable.SchoolChoices;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/teaching-groups.xhtml?school=&year=&class=&subject=&teacher=&ended=}: the
 * school year's teaching groups of one of the office's schools, filtered by class, fagkode and
 * teacher (every filter a view parameter, so each list is a link), and a new group.
 */
@Named("groupList")
@ViewScoped
public class GroupListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SchoolService schools;

    @Inject
    GroupAdminService groups;

    @Inject
    UserLocale userLocale;

    private String school;
    private String year;
    private String klass;
    private String subject;
    private String teacher;
    private String ended;

    private List<SchoolOption> schoolOptions;
    private Long schoolId;
    private int schoolYear;
    private SchoolChoices choices;
    private List<GroupAdmin.Row> rows;

    private String code;
    private String subjectCode;
    private Long classId;
    private String blockCode;

    public void load() {
        if (schoolOptions != null) {
            return;
        }
        schoolOptions = schools.listSchools();
        schoolId = StaffPages.chosenSchool(schoolOptions, school);
        schoolYear = year != null && year.matches("\\d{4}") ? Integer.parseInt(year) : SchoolCalendar.schoolYearOf(Today.inNorway());
        if (schoolId == null) {
            return;
        }
        choices = groups.schoolChoices(schoolId, schoolYear).orElse(null);
        GroupAdmin.Filter filter = new GroupAdmin.Filter(StaffPages.id(klass), subject, StaffPages.id(teacher), "true".equals(ended));
        rows = groups.groups(schoolId, schoolYear, filter, Today.inNorway(), userLocale.getLocale()).orElse(null);
    }

    public void create() throws IOException {
        try {
            long id = groups.create(schoolId, schoolYear, new GroupAdmin.Form(code, subjectCode, classId, blockCode));
            FacesMessages.info("groupAdmin.created");
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/staff/teaching-group.xhtml?group=" + id);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("new:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
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

    public SchoolChoices getChoices() {
        return choices;
    }

    public List<GroupAdmin.Row> getRows() {
        return rows;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getKlass() {
        return klass;
    }

    public void setKlass(String klass) {
        this.klass = klass;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getTeacher() {
        return teacher;
    }

    public void setTeacher(String teacher) {
        this.teacher = teacher;
    }

    public String getEnded() {
        return ended;
    }

    public void setEnded(String ended) {
        this.ended = ended;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public void setSubjectCode(String subjectCode) {
        this.subjectCode = subjectCode;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getBlockCode() {
        return blockCode;
    }

    public void setBlockCode(String blockCode) {
        this.blockCode = blockCode;
    }
}
