package no.vis.batch.absence;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.partition.PartitionAnalyzer;
import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Properties;
import no.vis.absence.AbsenceWarningService.Given;
import no.vis.batch.jobs.RunParameters;

/**
 * The step of {@code absence-warnings}: the schools in session are shared among the partitions (every
 * n-th school), each school one item and one transaction; the collector and analyzer add up the
 * warnings given into the step's and the job's exit status. The checkpoint is the number of schools
 * a partition has handled; a restart goes on from there (the warnings given stay given).
 */
public final class AbsenceWarningSteps {

    private AbsenceWarningSteps() {
    }

    /** Partition {@code k} of {@code n} takes the schools at positions k, k + n, k + 2n, … */
    @Named("absenceWarningPartitions")
    @Dependent
    public static class Partitions implements PartitionMapper {
        @Inject
        @BatchProperty
        String partitions;

        @Override
        public PartitionPlan mapPartitions() {
            int count = Math.max(1, Integer.parseInt(partitions.strip()));
            Properties[] each = new Properties[count];
            for (int k = 0; k < count; k++) {
                each[k] = new Properties();
                each[k].setProperty("partition", Integer.toString(k));
                each[k].setProperty("of", Integer.toString(count));
            }
            PartitionPlanImpl plan = new PartitionPlanImpl();
            plan.setPartitions(count);
            plan.setThreads(count);
            plan.setPartitionProperties(each);
            return plan;
        }
    }

    @Named("absenceWarningReader")
    @Dependent
    public static class Reader extends AbstractItemReader {
        @Inject
        AbsenceJobsStore store;

        @Inject
        RunParameters run;

        @Inject
        @BatchProperty
        String partition;

        @Inject
        @BatchProperty
        String of;

        private List<Long> schools;
        private int next;

        @Override
        public void open(Serializable checkpoint) {
            int k = Integer.parseInt(partition);
            int n = Integer.parseInt(of);
            List<Long> all = store.schoolsInSession(run.today());
            schools = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % n == k).mapToObj(all::get).toList();
            next = checkpoint == null ? 0 : (Integer) checkpoint;
        }

        @Override
        public Object readItem() {
            return next < schools.size() ? schools.get(next++) : null;
        }

        @Override
        public Serializable checkpointInfo() {
            return next;
        }
    }

    @Named("absenceWarningWriter")
    @Dependent
    public static class Writer extends AbstractItemWriter {
        @Inject
        AbsenceJobsStore store;

        @Inject
        RunParameters run;

        @Inject
        StepContext stepContext;

        @Override
        public void writeItems(List<Object> items) {
            Given given = Given.NONE;
            for (Object school : items) {
                given = given.plus(store.warnSchool((Long) school, run.today()));
            }
            stepContext.setTransientUserData(given);
        }
    }

    @Named("absenceWarningCollector")
    @Dependent
    public static class Collector implements PartitionCollector {
        @Inject
        StepContext stepContext;

        @Override
        public Serializable collectPartitionData() {
            Object given = stepContext.getTransientUserData();
            stepContext.setTransientUserData(null);
            return given instanceof Given g ? g : Given.NONE; // never null: JBeret queues it
        }
    }

    @Named("absenceWarningAnalyzer")
    @Dependent
    public static class Analyzer implements PartitionAnalyzer {
        @Inject
        StepContext stepContext;

        @Inject
        JobContext jobContext;

        private Given totals = Given.NONE;

        @Override
        public void analyzeCollectorData(Serializable data) {
            if (data instanceof Given given) {
                totals = totals.plus(given);
            }
            String status = totals.warnings() + " warnings given, " + totals.copies() + " copies (recipients and channels)";
            stepContext.setExitStatus(status);
            jobContext.setExitStatus(status);
        }

        @Override
        public void analyzeStatus(BatchStatus batchStatus, String exitStatus) {
            if (jobContext.getExitStatus() == null) {
                analyzeCollectorData(null);
            }
        }
    }
}
