package no.vis.web.pupil;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vis.people.StudentRow;
import no.vis.people.StudentService;

/** Backs {@code /pupil/index.xhtml}: the logged-in pupil's own school and class. */
@Named("pupilHome")
@RequestScoped
public class PupilHomeBacking {

    @Inject
    StudentService students;

    private StudentRow me;

    @PostConstruct
    void load() {
        me = students.me().orElse(null);
    }

    public StudentRow getMe() {
        return me;
    }
}
