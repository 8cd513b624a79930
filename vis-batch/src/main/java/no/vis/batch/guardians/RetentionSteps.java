package no.vis.batch.guardians;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import no.vis.batch.jobs.RunParameters;

/**
 * The readers, writers and batchlet of {@code retention-cleanup}. The day is the run's
 * ({@link RunParameters#today()}); the cutoff is that day less {@code graceDays} (default 30).
 */
final class RetentionSteps {

    static final int DEFAULT_GRACE_DAYS = 30;

    private RetentionSteps() {
    }

    private static List<Long> ids(List<Object> items) {
        return items.stream().map(Long.class::cast).toList();
    }

    private static java.util.Map<String, String> listed(List<Long> ids, String prefix, String reason) {
        java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
        ids.forEach(id -> list.put(prefix + id, reason));
        return list;
    }

    private static LocalDate cutoff(RunParameters run) {
        return run.today().minusDays(run.count("graceDays", DEFAULT_GRACE_DAYS));
    }

    /** Active guardianships of pupils who have left school. */
    @Named("leftPupilGuardianshipReader")
    @Dependent
    public static class LeftPupilGuardianshipReader extends IdListReader {
        @Inject
        GuardianJobsStore store;

        @Inject
        RunParameters run;

        @Override
        protected List<Long> ids() {
            return store.guardianshipsOfLeftPupils(run.today());
        }
    }

    /** Ends them on the day the pupil left. */
    @Named("endLeftPupilGuardianshipWriter")
    @Dependent
    public static class EndLeftPupilGuardianshipWriter extends AbstractItemWriter {
        @Inject
        GuardianJobsStore store;

        @Inject
        RunParameters run;

        @Inject
        no.vis.batch.jobs.DryRuns dryRuns;

        @Inject
        jakarta.batch.runtime.context.JobContext job;

        @Override
        public void writeItems(List<Object> items) {
            if (run.dryRun()) {
                dryRuns.rolledBack(() -> store.endForLeftPupils(ids(items), run.today()));
                store.listDryRun(job.getExecutionId(), job.getJobName(), listed(ids(items), "guardianship:",
                        "dry run: would end (the pupil has left school)"));
            } else {
                store.endForLeftPupils(ids(items), run.today());
            }
        }
    }

    /** Guardians with no active guardianship since before the grace period. */
    @Named("unusedGuardianReader")
    @Dependent
    public static class UnusedGuardianReader extends IdListReader {
        @Inject
        GuardianJobsStore store;

        @Inject
        RunParameters run;

        @Override
        protected List<Long> ids() {
            // a dry run's first step wrote nothing: count what it would have ended as ended
            return run.dryRun() ? store.guardiansWithoutBasisOnceLeftPupilsEnded(cutoff(run))
                    : store.guardiansWithoutBasisSince(cutoff(run));
        }
    }

    /** Deletes them. */
    @Named("unusedGuardianWriter")
    @Dependent
    public static class UnusedGuardianWriter extends AbstractItemWriter {
        @Inject
        GuardianJobsStore store;

        @Inject
        RunParameters run;

        @Inject
        no.vis.batch.jobs.DryRuns dryRuns;

        @Inject
        jakarta.batch.runtime.context.JobContext job;

        @Override
        public void writeItems(List<Object> items) {
            if (run.dryRun()) {
                List<Long> deleting = ids(items); // the reader already counted the first step's endings
                store.listDryRun(job.getExecutionId(), job.getJobName(), listed(deleting, "guardian:",
                        "dry run: would be deleted (no active guardianship since before the grace period)"));
            } else {
                store.deleteGuardians(ids(items), cutoff(run));
            }
        }
    }

    /** Deletes the consents of pupils who left before the grace period. */
    @Named("leftPupilConsentCleanup")
    @Dependent
    public static class LeftPupilConsentCleanup extends AbstractBatchlet {
        @Inject
        GuardianJobsStore store;

        @Inject
        RunParameters run;

        @Inject
        no.vis.batch.jobs.DryRuns dryRuns;

        @Override
        public String process() {
            if (run.dryRun()) {
                return "DRY RUN, nothing changed: consents that would be deleted "
                        + dryRuns.rolledBack(() -> store.deleteConsentsOfLeftPupils(cutoff(run)));
            }
            return "consents deleted " + store.deleteConsentsOfLeftPupils(cutoff(run));
        }
    }

    /** Deletes the remarks in orden and atferd whose school year has been over for the county's days (their purpose spent). */
    @Named("spentRemarkCleanup")
    @Dependent
    public static class SpentRemarkCleanup extends AbstractBatchlet {
        @Inject
        GuardianJobsStore store;

        @Inject
        RunParameters run;

        @Inject
        no.vis.batch.jobs.DryRuns dryRuns;

        @Override
        public String process() {
            if (run.dryRun()) {
                return "DRY RUN, nothing changed: remarks that would be deleted "
                        + dryRuns.rolledBack(() -> store.deleteSpentRemarks(run.today()));
            }
            return "remarks deleted " + store.deleteSpentRemarks(run.today());
        }
    }
}
