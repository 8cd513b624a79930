package no.vis.batch.democounty;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.people.NewPupil;

/** Adds the chunk's pupils that are not in VIS yet, in the chunk's transaction. */
@Named
@Dependent
public class DemoPupilWriter extends AbstractItemWriter {

    @Inject
    DemoCountyStore store;

    @Override
    public void writeItems(List<Object> items) {
        store.addIfAbsent(items.stream().map(NewPupil.class::cast).toList());
    }
}
