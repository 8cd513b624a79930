package no.vis.web.pupil;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vis.timetable.PupilYear;
import no.vis.timetable.PupilYearService;
import no.vis.web.i18n.UserLocale;

/** Backs {@code /pupil/subjects.xhtml}: the pupil's class, contact teacher, subjects and subject teachers. */
@Named("pupilSubjects")
@RequestScoped
public class PupilSubjectsBacking {

    @Inject
    PupilYearService years;

    @Inject
    UserLocale userLocale;

    private PupilYear year;

    @PostConstruct
    void load() {
        year = years.myYear(userLocale.getLocale());
    }

    public PupilYear getYear() {
        return year;
    }
}
