package no.vis.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.web.i18n.UserLocale;

/**
 * Backs {@code /pupil/curriculum.xhtml?subject=} and {@code /guardian/curriculum.xhtml?subject=&child=}:
 * a subject's læreplan with its kompetansemål from Grep, in the user's language. Public data: no
 * personal data is read, so nothing is logged; a code the catalogue does not have says so.
 */
@Named("curriculumPage")
@RequestScoped
public class CurriculumBacking {

    @Inject
    SubjectCatalogue catalogue;

    @Inject
    UserLocale userLocale;

    private String subject;
    private String child;
    private SubjectCatalogue.Curriculum curriculum;

    public void load() {
        if (subject != null && subject.matches("[A-ZÆØÅa-zæøå0-9]{3,12}")) {
            curriculum = catalogue.curriculum(subject.toUpperCase(java.util.Locale.ROOT), userLocale.getLocale()).orElse(null);
        }
    }

    public SubjectCatalogue.Curriculum getCurriculum() {
        return curriculum;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child != null && child.matches("\\d{1,18}") ? child : null;
    }
}
