package no.vis.batch.guardians;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import no.vis.guardianship.AgeRemovalCandidate;
import no.vis.guardianship.AgeRemovalService;

/**
 * The guardian access policy's decision per guardianship: it ends (passed on to the writer) when
 * the pupil is 18 or more without both consents; it stays (filtered: the step's FILTER count)
 * when both consents hold or the pupil is not yet 18.
 */
@Named
@Dependent
public class AgeRemovalProcessor implements ItemProcessor {

    @Inject
    no.vis.batch.jobs.RunParameters run;

    private LocalDate day;

    @Override
    public Object processItem(Object item) {
        if (day == null) {
            day = run.today();
        }
        AgeRemovalCandidate candidate = (AgeRemovalCandidate) item;
        return AgeRemovalService.ends(candidate, day) ? candidate : null;
    }
}
