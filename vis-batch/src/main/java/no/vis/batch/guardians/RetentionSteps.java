package no.vis.batch.guardians;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The readers, writers and batchlet of {@code retention-cleanup}. */
final class RetentionSteps {

    private RetentionSteps() {
    }

    private static List<Long> ids(List<Object> items) {
        return items.stream().map(Long.class::cast).toList();
    }

    /** Active guardianships of pupils who have left school. */
    @Named("leftPupilGuardianshipReader")
    @Dependent
    public static class LeftPupilGuardianshipReader extends IdListReader {
        @Inject
        GuardianJobsStore store;

        @Inject
        @BatchProperty
        String today;

        @Override
        protected List<Long> ids() {
            return store.guardianshipsOfLeftPupils(AgeRemovalParameters.today(today));
        }
    }

    /** Ends them on the day the pupil left. */
    @Named("endLeftPupilGuardianshipWriter")
    @Dependent
    public static class EndLeftPupilGuardianshipWriter extends AbstractItemWriter {
        @Inject
        GuardianJobsStore store;

        @Inject
        @BatchProperty
        String today;

        @Override
        public void writeItems(List<Object> items) {
            store.endForLeftPupils(ids(items), AgeRemovalParameters.today(today));
        }
    }

    /** Guardians with no active guardianship since before the grace period. */
    @Named("unusedGuardianReader")
    @Dependent
    public static class UnusedGuardianReader extends IdListReader {
        @Inject
        GuardianJobsStore store;

        @Inject
        @BatchProperty
        String today;

        @Inject
        @BatchProperty
        String graceDays;

        @Override
        protected List<Long> ids() {
            return store.guardiansWithoutBasisSince(RetentionParameters.cutoff(today, graceDays));
        }
    }

    /** Deletes them. */
    @Named("unusedGuardianWriter")
    @Dependent
    public static class UnusedGuardianWriter extends AbstractItemWriter {
        @Inject
        GuardianJobsStore store;

        @Inject
        @BatchProperty
        String today;

        @Inject
        @BatchProperty
        String graceDays;

        @Override
        public void writeItems(List<Object> items) {
            store.deleteGuardians(ids(items), RetentionParameters.cutoff(today, graceDays));
        }
    }

    /** Deletes the consents of pupils who left before the grace period. */
    @Named("leftPupilConsentCleanup")
    @Dependent
    public static class LeftPupilConsentCleanup extends AbstractBatchlet {
        @Inject
        GuardianJobsStore store;

        @Inject
        @BatchProperty
        String today;

        @Inject
        @BatchProperty
        String graceDays;

        @Override
        public String process() {
            int deleted = store.deleteConsentsOfLeftPupils(RetentionParameters.cutoff(today, graceDays));
            return "consents deleted " + deleted;
        }
    }
}
