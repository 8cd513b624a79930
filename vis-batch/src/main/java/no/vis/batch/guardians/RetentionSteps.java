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

        @Override
        public void writeItems(List<Object> items) {
            store.endForLeftPupils(ids(items), run.today());
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
            return store.guardiansWithoutBasisSince(cutoff(run));
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

        @Override
        public void writeItems(List<Object> items) {
            store.deleteGuardians(ids(items), cutoff(run));
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

        @Override
        public String process() {
            return "consents deleted " + store.deleteConsentsOfLeftPupils(cutoff(run));
        }
    }
}
