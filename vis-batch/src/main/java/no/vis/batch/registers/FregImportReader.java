package no.vis.batch.registers;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import no.vis.registers.freg.FregImportService;

/** Reads the enrolled pupils by id, a page at a time; the checkpoint is the last pupil handed out. */
@Named
@Dependent
public class FregImportReader extends AbstractItemReader {

    static final int PAGE = 1000;

    @Inject
    RegisterJobsStore store;

    private long lastId;
    private boolean exhausted;
    private final Deque<FregImportService.PupilRef> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            long after = lastId;
            page.addAll(store.enrolledPupils(after, PAGE));
            exhausted = page.size() < PAGE;
        }
        FregImportService.PupilRef next = page.poll();
        if (next != null) {
            lastId = next.studentId();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
