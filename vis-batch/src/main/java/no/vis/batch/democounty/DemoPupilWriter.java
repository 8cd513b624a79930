package no.vis.batch.democounty;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.enrolment.NewEnrolment;

/** Adds the chunk's pupils that are not in VIS yet, with enrolment and class placement, in the chunk's transaction. */
@Named
@Dependent
public class DemoPupilWriter extends AbstractItemWriter {

    @Inject
    DemoCountyStore store;

    @Override
    public void writeItems(List<Object> items) {
        store.enrolIfAbsent(items.stream().map(NewEnrolment.class::cast).toList());
    }
}
