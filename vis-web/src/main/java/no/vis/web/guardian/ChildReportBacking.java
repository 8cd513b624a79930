package no.vis.web.guardian;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import no.vis.absence.AbsenceReportService;
import no.vis.absence.ReportForm;
import no.vis.absence.ReportView;
import no.vis.guardianship.ChildView;
import no.vis.guardianship.GuardianService;
import no.vis.web.common.ReportFormBacking;

/**
 * Backs {@code /guardian/report.xhtml?child=}: the guardian reports a child's absence for today or
 * coming days and sees their reports' status. A child the guardian may not see is a 404.
 */
@Named("childReport")
@ViewScoped
public class ChildReportBacking extends ReportFormBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    AbsenceReportService reports;

    @Inject
    GuardianService guardians;

    private String child;
    private ChildView shown;
    private List<ReportView> mine = List.of();

    public void load() throws IOException {
        if (shown != null) {
            return;
        }
        if (child != null && child.matches("\\d{1,18}")) {
            shown = guardians.child(Long.parseLong(child)).orElse(null);
        }
        if (shown == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        reload();
    }

    @Override
    protected long submit(ReportForm form) {
        return reports.reportForChild(shown.pupilId(), form);
    }

    @Override
    protected void reload() {
        mine = reports.myReportsFor(shown.pupilId());
    }

    @Override
    public List<ReportView> getReports() {
        return mine;
    }

    public ChildView getShown() {
        return shown;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }
}
