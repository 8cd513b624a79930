package no.vis.batch.democounty;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.guardianship.NewFamily;

/** Adds the chunk's families (pupils who have no guardians yet), in the chunk's transaction. */
@Named
@Dependent
public class DemoFamilyWriter extends AbstractItemWriter {

    @Inject
    DemoCountyStore store;

    @Override
    public void writeItems(List<Object> items) {
        store.addFamiliesIfAbsent(items.stream().map(NewFamily.class::cast).toList());
    }
}
