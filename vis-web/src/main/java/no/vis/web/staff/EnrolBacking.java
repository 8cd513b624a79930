package no.vis.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.enrolment.EnrolmentHistory;
import no.vis.enrolment.EnrolmentService;
import no.vis.enrolment.NewEnrolmentForm;
import no.vis.registers.freg.ManualEnrolment;
import no.vis.school.SchoolClass.Level;
import no.vis.school.SchoolOption;
import no.vis.web.common.FacesMessages;

/**
 * Backs {@code /staff/enrol.xhtml}: the office enrols a pupil by hand. The fødselsnummer is posted
 * (never in a URL); Folkeregisteret's name, birth date and address (a protected one only as its
 * protection level) are shown before saving; saving fetches them again with the guardians. The
 * services check every field and the office's schools.
 */
@Named("enrol")
@ViewScoped
public class EnrolBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentService enrolment;

    @Inject
    ManualEnrolment manual;

    private List<SchoolOption> schools;
    private String fodselsnummer;
    private Long schoolId;
    private String programmeArea;
    private Level level = Level.VG1;
    private LocalDate from = Today.inNorway();
    private Long classId;
    private List<String> programmeAreas = List.of();
    private List<EnrolmentHistory.ClassOption> classes = List.of();
    private ManualEnrolment.Preview preview;

    @PostConstruct
    void init() {
        schools = enrolment.schoolsToEnrolAt();
        if (schools.size() == 1) {
            schoolId = schools.get(0).id();
            chooseSchool();
        }
    }

    /** The chosen school's programme areas and classes (in the school year of the day). */
    public void chooseSchool() {
        programmeAreas = schoolId == null ? List.of() : enrolment.programmeAreasAt(schoolId);
        classes = schoolId == null ? List.of() : enrolment.classesAt(schoolId, from);
        preview = null;
    }

    private NewEnrolmentForm form() {
        return new NewEnrolmentForm(fodselsnummer, schoolId, programmeArea, level, from, classId);
    }

    public void fetch() {
        preview = null;
        try {
            preview = manual.preview(form());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("enrol:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey());
        }
    }

    public void save() throws IOException {
        try {
            ManualEnrolment.Enrolled enrolled = manual.enrol(form());
            FacesContext context = FacesContext.getCurrentInstance();
            FacesMessages.info("enrol.saved", enrolled.guardiansStarted());
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/staff/pupil.xhtml?id=" + enrolled.pupilId());
        } catch (InvalidInputException e) {
            preview = null;
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("enrol:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey());
        }
    }

    public List<Level> getLevels() {
        return List.of(Level.values());
    }

    public List<SchoolOption> getSchools() {
        return schools;
    }

    public String getFodselsnummer() {
        return fodselsnummer;
    }

    public void setFodselsnummer(String fodselsnummer) {
        this.fodselsnummer = fodselsnummer;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getProgrammeArea() {
        return programmeArea;
    }

    public void setProgrammeArea(String programmeArea) {
        this.programmeArea = programmeArea;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public List<String> getProgrammeAreas() {
        return programmeAreas;
    }

    public List<EnrolmentHistory.ClassOption> getClasses() {
        return classes;
    }

    public ManualEnrolment.Preview getPreview() {
        return preview;
    }
}
