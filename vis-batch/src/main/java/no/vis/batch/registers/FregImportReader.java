package no.vis.batch.registers;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.batch.jobs.KeysetReader;
import no.vis.registers.freg.FregImportService;

/** Reads the enrolled pupils of its partition (ids {@code first..last}) by id; the checkpoint is the last pupil handed out. */
@Named
@Dependent
public class FregImportReader extends KeysetReader<FregImportService.PupilRef> {

    @Inject
    RegisterJobsStore store;

    @Inject
    @BatchProperty
    String first;

    @Inject
    @BatchProperty
    String last;

    @Override
    protected long before() {
        return Long.parseLong(first) - 1;
    }

    @Override
    protected List<FregImportService.PupilRef> page(long afterId, int size) {
        return store.enrolledPupils(afterId, Long.parseLong(last), size);
    }

    @Override
    protected long idOf(FregImportService.PupilRef item) {
        return item.pupilId();
    }
}
