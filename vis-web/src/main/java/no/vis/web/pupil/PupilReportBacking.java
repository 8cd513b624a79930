package no.vis.web.pupil;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.absence.AbsenceReportService;
import no.vis.absence.ReportForm;
import no.vis.absence.ReportView;
import no.vis.web.common.ReportFormBacking;

/**
 * Backs {@code /pupil/report.xhtml}: a pupil of 18 or more reports their own absence (egenmelding);
 * every pupil sees the reports about them, by them or their guardians.
 */
@Named("pupilReport")
@ViewScoped
public class PupilReportBacking extends ReportFormBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    AbsenceReportService reports;

    private Boolean mayReport;
    private List<ReportView> all = List.of();

    public void load() {
        if (mayReport == null) {
            mayReport = reports.mayIReport();
            reload();
        }
    }

    @Override
    protected long submit(ReportForm form) {
        return reports.reportMine(form);
    }

    @Override
    protected void reload() {
        all = reports.myReports();
    }

    @Override
    public List<ReportView> getReports() {
        return all;
    }

    public boolean isMayReport() {
        return Boolean.TRUE.equals(mayReport);
    }
}
