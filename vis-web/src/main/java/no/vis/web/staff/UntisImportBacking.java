package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.access.SchoolService;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.school.SchoolOption;
import no.vis.timetable.untis.GpuExport.LineProblem;
import no.vis.timetable.untis.UntisImportResult;
import no.vis.timetable.untis.UntisImportService;
import no.vis.timetable.untis.UntisPlan;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;
import jakarta.servlet.http.Part;

/**
 * Backs {@code /staff/untis.xhtml}: the office uploads a school's Untis export (GPU files), chooses
 * the day it applies from and sees the conflicts report — lessons ready, needing approval (pupil
 * clashes, approved one by one) and refused (teacher or room clashes), lines that cannot be used,
 * the office's own lessons that end — and then applies it. The files are kept in the view (at most
 * {@link UntisImportService#maxBytes()}) so that the import applied is the one reported.
 */
@Named("untisImport")
@ViewScoped
public class UntisImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolService schools;

    @Inject
    UntisImportService untis;

    @Inject
    UserLocale userLocale;

    private List<SchoolOption> schoolOptions;
    private Long schoolId;
    private LocalDate from;
    private transient List<Part> parts;
    private LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
    private UntisPlan plan;
    private Long planSchool;
    private LocalDate planFrom;
    private Map<String, Boolean> approved = new HashMap<>();
    private UntisImportResult result;

    public void load() {
        if (schoolOptions == null) {
            schoolOptions = schools.listSchools();
            if (schoolId == null && !schoolOptions.isEmpty()) {
                schoolId = schoolOptions.get(0).id();
            }
        }
    }

    /** Reads the uploaded files and shows what importing them would do. */
    public void report() {
        result = null;
        LinkedHashMap<String, byte[]> read = new LinkedHashMap<>();
        long total = 0;
        if (parts != null) {
            for (Part f : parts) {
                if (f == null || f.getSubmittedFileName() == null || f.getSubmittedFileName().isBlank()) {
                    continue;
                }
                total += f.getSize();
                if (total > UntisImportService.maxBytes()) {
                    FacesMessages.fieldError("upload:files", "untis.files.tooLarge", UntisImportService.maxBytes() / (1024 * 1024));
                    return;
                }
                try (InputStream in = f.getInputStream()) {
                    read.put(f.getSubmittedFileName(), in.readAllBytes());
                } catch (IOException e) {
                    FacesMessages.fieldError("upload:files", "untis.files.unreadable", f.getSubmittedFileName());
                    return;
                }
            }
        }
        if (read.isEmpty() && !files.isEmpty()) {
            read = files; // the same files again, for another day or school
        }
        files = read;
        plan = null;
        approved = new HashMap<>();
        preview();
    }

    private void preview() {
        try {
            plan = untis.preview(schoolId == null ? -1 : schoolId, from, files);
            planSchool = schoolId;
            planFrom = from;
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("upload:" + field, key,
                    UntisImportService.maxBytes() / (1024 * 1024)));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** Imports what the report showed, with the pupil clashes ticked. */
    public void apply() {
        if (plan == null) {
            return;
        }
        Set<String> ok = new HashSet<>();
        approved.forEach((key, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                ok.add(key);
            }
        });
        try {
            result = untis.apply(planSchool, planFrom, files, ok);
            FacesMessages.info(result.changedAnything() ? "untis.applied" : "untis.appliedNothing", result.lessonsCreated(),
                    result.lessonsUnchanged(), result.untisLessonsEnded() + result.visLessonsEnded(), result.lessonsLeftOut(),
                    result.changesCreated() + result.changesUpdated(), result.changesRemoved());
            plan = untis.preview(planSchool, planFrom, files);
            approved = new HashMap<>();
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
        }
    }

    /** A report line's reason in the user's language. */
    public String reason(LineProblem p) {
        return FacesMessages.text(userLocale.getLocale(), p.key(), p.arguments().toArray());
    }

    /** The lesson's short description: Untis' lesson number, group, weekday and time. */
    public String describe(String key) {
        if (plan == null || key == null) {
            return "";
        }
        if (key.startsWith("VIS:")) {
            return FacesMessages.text(userLocale.getLocale(), "untis.visLesson");
        }
        return plan.lessons().stream().filter(l -> l.key().equals(key)).findFirst()
                .map(l -> l.lessonNo() + " " + l.groupCode()).orElse(key);
    }

    public String dayName(java.time.DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, userLocale.getLocale());
    }

    public long getMaxMegabytes() {
        return UntisImportService.maxBytes() / (1024 * 1024);
    }

    public String getTooLargeMessage() {
        return FacesMessages.text(userLocale.getLocale(), "untis.files.tooLarge", getMaxMegabytes());
    }

    public long getMaxBytes() {
        return UntisImportService.maxBytes();
    }

    public List<String> getFileNames() {
        return List.copyOf(files.keySet());
    }

    public List<SchoolOption> getSchoolOptions() {
        return schoolOptions;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public List<Part> getParts() {
        return parts;
    }

    public void setParts(List<Part> parts) {
        this.parts = parts;
    }

    public UntisPlan getPlan() {
        return plan;
    }

    public Map<String, Boolean> getApproved() {
        return approved;
    }

    public UntisImportResult getResult() {
        return result;
    }
}
