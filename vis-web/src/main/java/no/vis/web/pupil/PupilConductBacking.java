package no.vis.web.pupil;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vis.assessment.ConductService;
import no.vis.assessment.MyConduct;

/** Backs {@code /pupil/conduct.xhtml}: the pupil's own remarks in orden and atferd and the warnings received, this school year. */
@Named("pupilConduct")
@RequestScoped
public class PupilConductBacking {

    @Inject
    ConductService service;

    private MyConduct conduct;

    public void load() {
        if (conduct == null) {
            conduct = service.myConduct();
        }
    }

    public MyConduct getConduct() {
        return conduct;
    }
}
