package no.vis.web.pupil;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vis.absence.AbsenceService;
import no.vis.absence.PupilAbsence;
import no.vis.web.i18n.UserLocale;

/** Backs {@code /pupil/absence.xhtml}: the pupil's own absence this school year, every entry included. */
@Named("pupilAbsence")
@RequestScoped
public class PupilAbsenceBacking {

    @Inject
    AbsenceService absences;

    @Inject
    UserLocale userLocale;

    private PupilAbsence absence;

    public void load() {
        if (absence == null) {
            absence = absences.myAbsence(userLocale.getLocale());
        }
    }

    public PupilAbsence getAbsence() {
        return absence;
    }
}
