package no.vis.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.assessment.GradeProtocolService;
import no.vis.assessment.ProtocolRow;
import no.vis.web.i18n.UserLocale;

/** Backs {@code /staff/grades.xhtml}: the grade protocols of the teacher's groups this school year, per round. */
@Named("teacherGrades")
@RequestScoped
public class TeacherGradesBacking {

    @Inject
    GradeProtocolService service;

    @Inject
    UserLocale userLocale;

    private List<ProtocolRow> rows;

    public void load() {
        if (rows == null) {
            rows = service.myProtocols(userLocale.getLocale());
        }
    }

    public List<ProtocolRow> getRows() {
        return rows;
    }
}
