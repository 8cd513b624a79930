package no.vis.web.pupil;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vis.people.PupilRow;
import no.vis.people.PupilService;

/** Backs {@code /pupil/index.xhtml}: the logged-in pupil's own school and class. */
@Named("pupilHome")
@RequestScoped
public class PupilHomeBacking {

    @Inject
    PupilService pupilService;

    private PupilRow me;

    @PostConstruct
    void load() {
        me = pupilService.me().orElse(null);
    }

    public PupilRow getMe() {
        return me;
    }
}
