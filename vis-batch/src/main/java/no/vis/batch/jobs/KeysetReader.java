package no.vis.batch.jobs;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads records by ascending id, a page at a time (one query per page, whatever the table's size);
 * the checkpoint is the last id handed out, so a restart continues after it.
 */
public abstract class KeysetReader<T> extends AbstractItemReader {

    protected static final int PAGE = 1000;

    private long lastId;
    private boolean exhausted;
    private final Deque<T> page = new ArrayDeque<>();

    /** The records with ids after {@code afterId}, by id, at most {@code size}. */
    protected abstract List<T> page(long afterId, int size);

    /** A record's id. */
    protected abstract long idOf(T item);

    /** Where to begin when there is no checkpoint: the ids after this one. */
    protected long before() {
        return 0;
    }

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? before() : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<T> next = page(lastId, PAGE);
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        T item = page.poll();
        if (item != null) {
            lastId = idOf(item);
        }
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
