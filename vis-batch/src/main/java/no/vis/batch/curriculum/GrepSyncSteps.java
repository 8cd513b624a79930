package no.vis.batch.curriculum;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.vis.registers.grep.GrepClient;
import no.vis.registers.grep.GrepElement;
import no.vis.registers.grep.GrepSyncService;
import no.vis.registers.grep.GrepType;

/**
 * The steps of {@code grep-sync}, one chunk step per Grep type (its {@code type} property) and a
 * last step for the læreplaner's revisions. The reader reads the type's list once (one call) and
 * marks what Grep no longer lists; the processor filters what the list shows unchanged (same
 * {@code sist-endret} and status as VIS has); the writer fetches the rest in parallel, parses it
 * and writes what differs. Metrics: READ = list entries, FILTER = unchanged by the list, WRITE =
 * elements fetched and compared. Restartable (checkpoint: the place in the list).
 */
final class GrepSyncSteps {

    private GrepSyncSteps() {
    }

    /** The run's totals, kept in the job's persistent user data (they survive a restart). */
    static final class Totals implements Serializable {
        private static final long serialVersionUID = 1L;
        long inserted;
        long updated;
        long unchanged;
        long removed;
        long skipped;
        long superseded;

        String describe() {
            return String.format("inserted %d, updated %d, unchanged %d, marked removed %d, skipped %d; plans superseded %d",
                    inserted, updated, unchanged, removed, skipped, superseded);
        }
    }

    static Totals totals(StepContext step) {
        return step.getPersistentUserData() instanceof Totals t ? t : new Totals();
    }

    /** Sums the totals of the steps so far into the job's exit status. */
    static void report(JobContext job, StepContext step, Totals stepTotals) {
        step.setPersistentUserData(stepTotals);
        step.setExitStatus(stepTotals.describe());
        @SuppressWarnings("unchecked")
        Map<String, Totals> all = job.getTransientUserData() instanceof Map<?, ?> m ? (Map<String, Totals>) m : new LinkedHashMap<>();
        all.put(step.getStepName(), stepTotals);
        job.setTransientUserData(all);
        Totals sum = new Totals();
        for (Totals t : all.values()) {
            sum.inserted += t.inserted;
            sum.updated += t.updated;
            sum.unchanged += t.unchanged;
            sum.removed += t.removed;
            sum.skipped += t.skipped;
            sum.superseded += t.superseded;
        }
        job.setExitStatus(sum.describe());
    }

    /** The type's list from Grep; the checkpoint is the place in it. */
    @Named("grepListReader")
    @Dependent
    public static class Reader extends AbstractItemReader {
        @Inject
        CurriculumJobsStore store;

        @Inject
        StepContext step;

        @Inject
        JobContext job;

        @Inject
        no.vis.batch.jobs.RunParameters run;

        @Inject
        @BatchProperty
        String type;

        private List<GrepClient.ListEntry> entries;
        private int next;

        @Override
        public void open(Serializable checkpoint) {
            run.count("chunk", 500); // the run's parameters checked, however it was started
            GrepType t = GrepType.ofPath(type);
            entries = store.grep().list(t);
            next = checkpoint instanceof Integer i ? i : 0;
            step.setTransientUserData(store.stored(t));
            if (next == 0) {
                Totals totals = totals(step);
                Set<String> listed = new HashSet<>();
                Map<String, String> bad = new LinkedHashMap<>();
                for (GrepClient.ListEntry e : entries) {
                    if (e.code() != null) {
                        listed.add(e.code());
                    } else {
                        bad.put(t.path() + ":#" + e.index(), e.problem());
                    }
                }
                int removed = store.removeUnlisted(t, listed, OffsetDateTime.now());
                if (removed < 0) {
                    bad.put(t.path() + ":list", "Grep's list lacks more than half of what VIS has: nothing marked removed");
                } else {
                    totals.removed += removed;
                }
                store.noteSkipped(job.getExecutionId(), bad);
                totals.skipped += bad.size();
                report(job, step, totals);
            }
        }

        @Override
        public Object readItem() {
            while (next < entries.size()) {
                GrepClient.ListEntry e = entries.get(next++);
                if (e.code() != null) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public Serializable checkpointInfo() {
            return next;
        }
    }

    /** Leaves out what the list shows unchanged since VIS read it (same sist-endret and status). */
    @Named("grepChangeFilter")
    @Dependent
    public static class Processor implements ItemProcessor {
        @Inject
        StepContext step;

        @Override
        public Object processItem(Object item) {
            GrepClient.ListEntry e = (GrepClient.ListEntry) item;
            @SuppressWarnings("unchecked")
            Map<String, GrepSyncService.Stored> stored = (Map<String, GrepSyncService.Stored>) step.getTransientUserData();
            GrepSyncService.Stored s = stored == null ? null : stored.get(e.code());
            boolean unchanged = s != null && e.changed() != null && e.changed().equals(s.changed()) && Objects.equals(e.status(), s.status());
            return unchanged ? null : e;
        }
    }

    /** Fetches the chunk's elements (in parallel) and writes what differs; malformed ones are listed. */
    @Named("grepElementWriter")
    @Dependent
    public static class Writer extends AbstractItemWriter {
        @Inject
        CurriculumJobsStore store;

        @Inject
        StepContext step;

        @Inject
        JobContext job;

        @Inject
        @BatchProperty
        String type;

        @Override
        public void writeItems(List<Object> items) {
            GrepType t = GrepType.ofPath(type);
            List<GrepElement> elements = new ArrayList<>();
            Map<String, String> malformed = new LinkedHashMap<>();
            List<String> fetch = new ArrayList<>();
            for (Object item : items) {
                GrepClient.ListEntry e = (GrepClient.ListEntry) item;
                if (e.element() != null) {
                    elements.add(e.element());
                } else if (t.listIsEnough() && e.problem() != null) {
                    malformed.put(t.path() + ":" + e.code(), e.problem());
                } else {
                    fetch.add(e.code());
                }
            }
            for (GrepClient.Fetched f : store.grep().items(t, fetch)) {
                if (f.element() != null) {
                    elements.add(f.element());
                } else {
                    malformed.put(t.path() + ":" + f.code(), f.problem());
                }
            }
            GrepSyncService.Applied applied = store.apply(t, elements, malformed, job.getExecutionId(), OffsetDateTime.now());
            Totals totals = totals(step);
            totals.inserted += applied.inserted();
            totals.updated += applied.updated();
            totals.unchanged += applied.unchanged();
            totals.skipped += malformed.size();
            report(job, step, totals);
        }
    }

    /** The last step: which læreplan supersedes which (Grep's erstattes-av, or a higher revision). */
    @Named("grepPlanRevisions")
    @Dependent
    public static class Revisions extends AbstractBatchlet {
        @Inject
        CurriculumJobsStore store;

        @Inject
        StepContext step;

        @Inject
        JobContext job;

        @Override
        public String process() {
            Totals totals = totals(step);
            totals.superseded = store.revisePlans();
            report(job, step, totals);
            return "COMPLETED";
        }
    }
}
