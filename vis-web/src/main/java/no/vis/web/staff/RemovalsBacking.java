package no.vis.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.guardianship.AgeRemovalService;
import no.vis.guardianship.RemovalRow;

/** Backs {@code /staff/removals.xhtml}: what the nightly guardian-age-removal removed, the last 60 days. */
@Named("removals")
@RequestScoped
public class RemovalsBacking {

    static final int DAYS = 60;

    @Inject
    AgeRemovalService ageRemoval;

    private List<RemovalRow> rows;

    @PostConstruct
    void load() {
        rows = ageRemoval.recentRemovals(DAYS);
    }

    public List<RemovalRow> getRows() {
        return rows;
    }

    public int getDays() {
        return DAYS;
    }
}
