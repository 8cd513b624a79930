package no.vis.batch.registers;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import no.vis.registers.freg.FregImportService;

/**
 * Reads the enrolled pupils of its partition (ids {@code first..last}) by id, a page at a time; the
 * checkpoint is the last pupil handed out.
 */
@Named
@Dependent
public class FregImportReader extends AbstractItemReader {

    static final int PAGE = 1000;

    @Inject
    RegisterJobsStore store;

    @Inject
    @jakarta.batch.api.BatchProperty
    String first;

    @Inject
    @jakarta.batch.api.BatchProperty
    String last;

    private long lastOfPartition;

    private long lastId;
    private boolean exhausted;
    private final Deque<FregImportService.PupilRef> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? Long.parseLong(first) - 1 : (Long) checkpoint;
        lastOfPartition = Long.parseLong(last);
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            long after = lastId;
            page.addAll(store.enrolledPupils(after, lastOfPartition, PAGE));
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
