package no.vis.web.pupil;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.assessment.CommentView;
import no.vis.assessment.FormativeService;
import no.vis.web.i18n.UserLocale;

/** Backs {@code /pupil/assessments.xhtml}: the teachers' formative comments to the pupil that have become visible. */
@Named("pupilAssessments")
@RequestScoped
public class PupilAssessmentsBacking {

    @Inject
    FormativeService service;

    @Inject
    UserLocale userLocale;

    private List<CommentView> comments;

    public void load() {
        if (comments == null) {
            comments = service.myComments(userLocale.getLocale());
        }
    }

    public List<CommentView> getComments() {
        return comments;
    }
}
