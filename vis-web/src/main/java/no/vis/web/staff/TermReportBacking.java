package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.vis.absence.AbsencePeriod;
import no.vis.absence.TermAttendance;
import no.vis.absence.TermReport;
import no.vis.absence.TermReportService;
import no.vis.access.SchoolService;
import no.vis.platform.VisSettings;
import no.vis.school.SchoolOption;

/**
 * Backs {@code /staff/term-report.xhtml?school=&half=}: the office's term report to Lånekassen — each
 * pupil's attendance (møtt / ikke møtt) and the dropouts (avbrudd) of a half-year — with Excel and PDF
 * exports. Off where the installation says Lånekassen no longer asks for it.
 */
@Named("termReport")
@ViewScoped
public class TermReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TermReportService service;

    @Inject
    SchoolService schools;

    @Inject
    VisSettings settings;

    private String school;
    private String half;
    private List<SchoolOption> schoolOptions;
    private Long schoolId;
    private TermReport report;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        schoolOptions = schools.listSchools();
        schoolId = StaffPages.chosenSchool(schoolOptions, school);
        if (schoolId != null && isInUse()) {
            AbsencePeriod wanted = "FIRST_HALF".equals(half) ? AbsencePeriod.FIRST_HALF
                    : "SECOND_HALF".equals(half) ? AbsencePeriod.SECOND_HALF : null;
            report = service.report(schoolId, wanted).orElse(null);
        }
    }

    public boolean isInUse() {
        return settings.lanekassenTermReport();
    }

    public List<AbsencePeriod> getHalves() {
        return List.of(AbsencePeriod.FIRST_HALF, AbsencePeriod.SECOND_HALF);
    }

    public List<TermAttendance> getAttendances() {
        return List.of(TermAttendance.values());
    }

    public List<SchoolOption> getSchoolOptions() {
        return schoolOptions;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public TermReport getReport() {
        return report;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getHalf() {
        return half;
    }

    public void setHalf(String half) {
        this.half = half;
    }
}
