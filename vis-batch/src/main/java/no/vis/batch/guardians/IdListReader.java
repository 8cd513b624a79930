package no.vis.batch.guardians;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Reads ids found by one query at the start, in ascending order; the checkpoint is the last id
 * handed out, and a restart asks the query again and continues after it (what was done meanwhile
 * no longer matches).
 */
abstract class IdListReader extends AbstractItemReader {

    private Iterator<Long> ids;
    private long lastId;

    /** The ids to work on, ascending. */
    protected abstract List<Long> ids();

    @Override
    public void open(Serializable checkpoint) {
        long after = checkpoint == null ? 0 : (Long) checkpoint;
        ids = ids().stream().filter(id -> id > after).iterator();
        lastId = after;
    }

    @Override
    public Object readItem() {
        if (!ids.hasNext()) {
            return null;
        }
        lastId = ids.next();
        return lastId;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
