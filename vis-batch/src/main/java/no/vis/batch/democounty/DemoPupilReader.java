package no.vis.batch.democounty;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Reads the pupil indexes of its partition; the checkpoint is the next index. */
@Named
@Dependent
public class DemoPupilReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String start;

    @Inject
    @BatchProperty
    String end;

    private int next;
    private int last;

    @Override
    public void open(Serializable checkpoint) {
        next = checkpoint == null ? Integer.parseInt(start) : (Integer) checkpoint;
        last = Integer.parseInt(end);
    }

    @Override
    public Object readItem() {
        return next < last ? next++ : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
