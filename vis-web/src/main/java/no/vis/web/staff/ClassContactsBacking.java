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
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.school.SchoolOption;
import no.vis.timetable.GroupAdmin;
import no.vis.timetable.GroupAdminService;
import no.vis.timetable.SchoolChoices;
import no.vis.web.common.FacesMessages;

/**
 * Backs {@code /staff/classes.xhtml?school=}: the classes of one of the office's schools this school
 * year and their contact teachers, dated; one teacher and date chosen at the top, added to a class
 * or ending a contact teacher on that date.
 */
@Named("classContacts")
@ViewScoped
public class ClassContactsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SchoolService schools;

    @Inject
    GroupAdminService groups;

    private String school;
    private List<SchoolOption> schoolOptions;
    private Long schoolId;
    private int schoolYear;
    private List<GroupAdmin.ClassContacts> classes;
    private SchoolChoices choices;
    private Long teacherId;
    private LocalDate date = Today.inNorway();

    public void load() {
        if (schoolOptions == null) {
            schoolOptions = schools.listSchools();
            schoolId = StaffPages.chosenSchool(schoolOptions, school);
            schoolYear = SchoolCalendar.schoolYearOf(Today.inNorway());
            reload();
        }
    }

    private void reload() {
        if (schoolId != null) {
            classes = groups.classContacts(schoolId, schoolYear).orElse(null);
            choices = groups.schoolChoices(schoolId, schoolYear).orElse(null);
        }
    }

    public void add(long classId) {
        try {
            groups.addContactTeacher(classId, teacherId, date);
            FacesMessages.info("classes.added");
            reload();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("contacts:" + ("staffId".equals(field) ? "teacherId"
                    : "date"), key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public void end(long contactId) {
        try {
            groups.endContactTeacher(contactId, date);
            FacesMessages.info("classes.ended");
            reload();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("contacts:date", key));
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

    public List<GroupAdmin.ClassContacts> getClasses() {
        return classes;
    }

    public SchoolChoices getChoices() {
        return choices;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
