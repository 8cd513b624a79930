package no.vis.web.guardian;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.guardianship.ChildSummary;
import no.vis.guardianship.GuardianService;

/** Backs {@code /guardian/index.xhtml}: the children the guardian may see, as the service decides. */
@Named("guardianHome")
@RequestScoped
public class GuardianHomeBacking {

    @Inject
    GuardianService guardians;

    private List<ChildSummary> children;

    @PostConstruct
    void load() {
        children = guardians.myChildren();
    }

    public List<ChildSummary> getChildren() {
        return children;
    }
}
