package no.vis.batch.enrolment;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step of enrolment-import: the planner's statistics for the tables it wrote (autovacuum may be off, or late). */
@Named
@Dependent
public class EnrolmentImportCompletes extends AbstractBatchlet {

    @Inject
    EnrolmentJobsStore store;

    @Override
    public String process() {
        store.refreshStatistics();
        return "COMPLETED";
    }
}
