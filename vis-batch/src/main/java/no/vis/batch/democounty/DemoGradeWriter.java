package no.vis.batch.democounty;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZonedDateTime;
import java.util.List;
import no.vis.common.Today;

/** Writes the chunk's schools' grades: rounds, this year's first half and earlier years (one school per chunk: one transaction each). */
@Named
@Dependent
public class DemoGradeWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    DemoCountyStore store;

    @Override
    public void writeItems(List<Object> items) {
        DemoCountyPlan plan = DemoCountyParameters.of(jobContext).plan();
        ZonedDateTime now = ZonedDateTime.now(Today.NORWAY);
        for (Object item : items) {
            store.setUpGrades(plan, (Integer) item, now);
        }
    }
}
