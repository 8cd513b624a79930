package no.vis.batch.registers;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import no.vis.batch.jobs.KeysetReader;
import no.vis.registers.krr.KrrImportService;
import no.vis.registers.krr.KrrPerson;

/** The reader and writer of {@code krr-import}. */
final class KrrImportSteps {

    private KrrImportSteps() {
    }

    /** Guardians KRR was never asked about, by id; checkpoint = last id. */
    @Named("krrImportReader")
    @Dependent
    public static class Reader extends KeysetReader<KrrImportService.GuardianRef> {
        @Inject
        RegisterJobsStore store;

        @Override
        protected List<KrrImportService.GuardianRef> page(long afterId, int size) {
            return store.guardiansNeverImported(afterId, size);
        }

        @Override
        protected long idOf(KrrImportService.GuardianRef item) {
            return item.guardianId();
        }
    }

    /** One KRR call per chunk (≤ 1000), then the chunk's changes; totals in the run's result. */
    @Named("krrImportWriter")
    @Dependent
    public static class Writer extends AbstractItemWriter {
        @Inject
        RegisterJobsStore store;

        @Inject
        JobContext jobContext;

        @Inject
        StepContext stepContext;

        @Override
        public void writeItems(List<Object> items) {
            List<KrrImportService.GuardianRef> guardians = items.stream().map(KrrImportService.GuardianRef.class::cast).toList();
            Map<String, KrrPerson> krr = store.krr().lookup(guardians.stream().map(KrrImportService.GuardianRef::fodselsnummer).toList());
            KrrImportService.Imported done = store.applyKrr(guardians, krr, OffsetDateTime.now(), jobContext.getExecutionId());
            long[] totals = stepContext.getPersistentUserData() instanceof long[] t ? t : new long[5];
            totals[0] += done.mobiles();
            totals[1] += done.emails();
            totals[2] += done.reserved();
            totals[3] += done.notRegistered();
            totals[4] += done.keptOwn();
            stepContext.setPersistentUserData(totals);
            String status = String.format("mobiles %d, e-mails %d; reserved %d; not in KRR %d; own details kept %d",
                    totals[0], totals[1], totals[2], totals[3], totals[4]);
            stepContext.setExitStatus(status);
            jobContext.setExitStatus(status);
        }
    }
}
