package no.vis.batch.democounty;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** Turns a pupil index into the pupil's guardians as Folkeregisteret would give them. */
@Named
@Dependent
public class DemoFamilyProcessor implements ItemProcessor {

    @Inject
    JobContext jobContext;

    private DemoFamilies families;
    private LocalDate today;

    @Override
    public Object processItem(Object item) {
        if (families == null) {
            families = new DemoFamilies(DemoCountyParameters.of(jobContext).plan());
            today = no.vis.common.Today.inNorway();
        }
        return families.family((Integer) item, today);
    }
}
