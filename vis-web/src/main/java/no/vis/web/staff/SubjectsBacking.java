package no.vis.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import no.vis.curriculum.Assessment;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.web.common.FacesMessages;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /staff/subjects.xhtml?q=norsk&fagkode=NOR1260}: the office searches the subject
 * catalogue (from Grep) and sees a subject's vurderingsordning, læreplan and kompetansemål. Public
 * curriculum data: codes and titles in the URL are no one's personal data.
 */
@Named("subjects")
@RequestScoped
public class SubjectsBacking {

    /** A line of the vurderingsordning, in words. */
    public record AssessmentLine(String candidate, String standpunkt, String exam) {
    }

    @Inject
    SubjectCatalogue catalogue;

    @Inject
    UserLocale userLocale;

    private String q;
    private String fagkode;
    private List<SubjectCatalogue.Subject> hits = List.of();
    private SubjectCatalogue.Curriculum curriculum;
    private boolean notFound;

    public void load() {
        Locale locale = userLocale.getLocale();
        if (q != null && !q.isBlank()) {
            hits = catalogue.search(q.length() > 100 ? q.substring(0, 100) : q, locale, 50);
        }
        if (fagkode != null && !fagkode.isBlank()) {
            curriculum = fagkode.matches("[A-Za-z0-9_.-]{1,40}") ? catalogue.curriculum(fagkode, locale).orElse(null) : null;
            notFound = curriculum == null;
        }
    }

    /** The vurderingsordning in words, in Grep's order. */
    public List<AssessmentLine> getAssessments() {
        if (curriculum == null) {
            return List.of();
        }
        Locale locale = userLocale.getLocale();
        return curriculum.vurderingsordning().stream().map(a -> new AssessmentLine(
                FacesMessages.text(locale, "subjects.candidate." + a.candidate()),
                FacesMessages.text(locale, a.standpunkt() ? "subjects.yes" : "subjects.no"),
                exam(a, locale))).toList();
    }

    private static String exam(Assessment a, Locale locale) {
        if (a.examForm() == null) {
            return FacesMessages.text(locale, "subjects.exam.none");
        }
        String key = "subjects.exam." + a.examForm();
        String form = FacesMessages.text(locale, key);
        form = form.equals(key) ? a.examForm() : form; // a form Grep has that VIS does not know: as Grep says it
        return a.examSetBy() == null ? form : form + ", " + FacesMessages.text(locale, "subjects.setBy." + a.examSetBy());
    }

    public List<SubjectCatalogue.Subject> getHits() {
        return hits;
    }

    public SubjectCatalogue.Curriculum getCurriculum() {
        return curriculum;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getFagkode() {
        return fagkode;
    }

    public void setFagkode(String fagkode) {
        this.fagkode = fagkode;
    }
}
