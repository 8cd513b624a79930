package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vis.absence.ClassDay;
import no.vis.absence.ClassDayLine;
import no.vis.absence.DayAbsenceService;
import no.vis.absence.Documentation;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.web.common.FacesMessages;
import no.vis.web.common.WeekNavigation;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/class-day.xhtml?class=&date=}: the contact teacher's class on a day — each pupil's
 * lessons and absence — with day absence registered or removed and documentation set, a pupil at a time.
 */
@Named("classDay")
@ViewScoped
public class ClassDayBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DayAbsenceService days;

    @Inject
    no.vis.absence.AbsenceReportService reports;

    @Inject
    UserLocale userLocale;

    @Inject
    no.vis.absence.AbsenceRequestService requests;

    private List<no.vis.absence.ReportView> dayReports = List.of();
    private List<no.vis.absence.RequestView> openRequests = List.of();
    private final Map<Long, String> rejections = new HashMap<>();

    private String classParameter;
    private String date;
    private WeekNavigation nav;
    private ClassDay classDay;
    private String refusal;
    private final Map<Long, Long> codes = new HashMap<>();
    private final Map<Long, String> documentation = new HashMap<>();

    public void load() {
        if (classDay != null || refusal != null) {
            return;
        }
        nav = WeekNavigation.of(date, userLocale.getLocale());
        Long id = StaffPages.id(classParameter);
        if (id == null) {
            refusal = "dayAbsence.notYourClass";
            return;
        }
        open(id);
    }

    private void open(long classId) {
        try {
            classDay = days.classDay(classId, nav.getDate(), userLocale.getLocale());
            dayReports = reports.classReports(classId, nav.getDate());
            openRequests = requests.openForClass(classId, nav.getDate(), userLocale.getLocale());
            codes.clear();
            documentation.clear();
            for (ClassDayLine line : classDay.lines()) {
                codes.put(line.pupilId(), line.dayCodeId());
                Documentation shown = line.hasDayAbsence() ? line.dayDocumentation() : line.lessonDocumentation();
                documentation.put(line.pupilId(), shown == null ? null : shown.name());
            }
        } catch (BusinessException e) {
            refusal = e.messageKey();
        }
    }

    /** Saves one pupil's row: day absence with the code (none: removed), and the documentation. */
    public void save(long pupilId) {
        LocalDate day = classDay.day();
        ClassDayLine line = classDay.lines().stream().filter(l -> l.pupilId() == pupilId).findFirst().orElseThrow();
        Long code = codes.get(pupilId);
        String chosen = documentation.get(pupilId);
        Documentation doc = java.util.Arrays.stream(Documentation.values()).filter(d -> d.name().equals(chosen)).findFirst().orElse(null);
        try {
            if (code != null) {
                days.registerDay(pupilId, day, code, doc);
            } else {
                if (line.hasDayAbsence()) {
                    days.removeDay(pupilId, day);
                }
                if (doc != null && line.lessonsWithAbsence() > 0) {
                    days.document(pupilId, day, doc);
                }
            }
            open(classDay.classId());
            FacesMessages.info("dayAbsence.saved", line.givenName() + " " + line.familyName());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.error(key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** Links a report from home to the absence registered (an ill report: health, self-certified). */
    public void link(long reportId) {
        try {
            int documented = reports.link(reportId);
            open(classDay.classId());
            FacesMessages.info("report.linked", documented);
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** Accepts a pupil's request: the absence gets the documentation asked for, or goes (present). */
    public void accept(long requestId) {
        decide(requestId, true, null);
    }

    /** Rejects a pupil's request with the reason chosen on its line. */
    public void reject(long requestId) {
        String chosen = rejections.get(requestId);
        no.vis.absence.AbsenceRequest.Rejection why = java.util.Arrays.stream(no.vis.absence.AbsenceRequest.Rejection.values())
                .filter(r -> r.name().equals(chosen)).findFirst().orElse(null);
        decide(requestId, false, why);
    }

    private void decide(long requestId, boolean accept, no.vis.absence.AbsenceRequest.Rejection why) {
        try {
            requests.decide(requestId, accept, why);
            open(classDay.classId());
            FacesMessages.info(accept ? "request.accepted" : "request.rejected");
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    public List<no.vis.absence.RequestView> getOpenRequests() {
        return openRequests;
    }

    public Map<Long, String> getRejections() {
        return rejections;
    }

    public List<String> getRejectionReasons() {
        return java.util.Arrays.stream(no.vis.absence.AbsenceRequest.Rejection.values()).map(Enum::name).toList();
    }

    public List<no.vis.absence.ReportView> getDayReports() {
        return dayReports;
    }

    public List<String> getDocumentations() {
        return java.util.Arrays.stream(Documentation.values()).map(Enum::name).toList();
    }

    public Map<Long, Long> getCodes() {
        return codes;
    }

    public Map<Long, String> getDocumentation() {
        return documentation;
    }

    public ClassDay getClassDay() {
        return classDay;
    }

    public String getRefusal() {
        return refusal;
    }

    public WeekNavigation getNav() {
        return nav;
    }

    public String getClassParameter() {
        return classParameter;
    }

    public void setClassParameter(String classParameter) {
        this.classParameter = classParameter;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
