package no.vis.batch.democounty;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.calendar.SchoolCalendar;

/** Sets up the chunk's schools' timetables (one school per chunk: one transaction each). */
@Named
@Dependent
public class DemoTimetableWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    DemoCountyStore store;

    @Override
    public void writeItems(List<Object> items) {
        DemoCountyPlan plan = DemoCountyParameters.of(jobContext).plan();
        var thisMonday = SchoolCalendar.monday(no.vis.common.Today.inNorway());
        for (Object item : items) {
            store.setUpTimetable(plan, (Integer) item, thisMonday);
        }
    }
}
