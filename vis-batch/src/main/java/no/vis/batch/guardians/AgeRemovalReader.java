package no.vis.batch.guardians;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads the active guardianships of pupils who may have turned 18 — their ids once at the start
 * (an indexed query), their consents a page at a time (two queries per page). The checkpoint is the
 * last guardianship id handed out; a restart continues after it.
 */
@Named
@Dependent
public class AgeRemovalReader extends AbstractItemReader {

    static final int PAGE = 500;

    @Inject
    GuardianJobsStore store;

    @Inject
    no.vis.batch.jobs.RunParameters run;

    @Inject
    jakarta.batch.runtime.context.StepContext stepContext;

    @Inject
    jakarta.batch.runtime.context.JobContext jobContext;

    private LocalDate day;
    private List<Long> ids;
    private int next;
    private long lastId;
    private final Deque<Object> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        day = run.today();
        long after = checkpoint == null ? 0 : (Long) checkpoint;
        ids = store.ageRemovalCandidateIds(day).stream().filter(id -> id > after).toList();
        lastId = after;
        if (checkpoint == null) {
            AgeRemovalWriter.report(stepContext, jobContext, run.dryRun(), new long[2]);
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && next < ids.size()) {
            List<Long> slice = ids.subList(next, Math.min(ids.size(), next + PAGE));
            next += slice.size();
            page.addAll(store.ageRemovalCandidates(slice, day));
        }
        Object item = page.poll();
        if (item != null) {
            lastId = ((no.vis.guardianship.AgeRemovalCandidate) item).guardianshipId();
        }
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
