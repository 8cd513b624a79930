package no.vis.batch.registers;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.registers.RegisterException;
import no.vis.registers.freg.FeedEvent;
import no.vis.registers.freg.FeedPositions;
import no.vis.registers.freg.FregClient;
import no.vis.registers.freg.FregImportService;
import no.vis.registers.freg.FregReads;

/**
 * {@code freg-delta}, the nightly job: Folkeregisteret's event feed from VIS's stored position,
 * a chunk of events at a time; the pupils the events touch (a pupil named, or a pupil of a
 * guardian named, or of a person VIS knows by a number the register has since replaced) are read
 * again and applied as freg-import would, and the position moves in the same transaction. Also the
 * two small steps by which freg-import sets the position.
 */
final class FregDeltaSteps {

    /** Event types by which a person VIS knows gets a new identity number (the event names the new one). */
    static final Set<String> IDENTITY_CHANGES = Set.of("endringIIdentifikasjonsnummer",
            "personErViderefoertSomGjeldendeVedSammenslaaing", "personErOpphoertSomDublett");

    static final String TOO_OLD = "FREG-406: Folkeregisteret no longer keeps the events from sequence number %d"
            + " (older than 36 months): run freg-import, then freg-delta goes on from where it started";

    private FregDeltaSteps() {
    }

    /**
     * The feed's events from the stored position (none stored: from after the latest), page by
     * page, until a page is empty or unchanged (304 for the ETag stored with the position). The
     * position itself is the database's, moved by the writer: a restarted run reads from it.
     */
    @Named("fregFeedReader")
    @Dependent
    public static class Reader extends AbstractItemReader {
        @Inject
        RegisterJobsStore store;

        @Inject
        JobContext jobContext;

        @Inject
        StepContext stepContext;

        private FregClient freg;
        private final Deque<FeedEvent> buffer = new ArrayDeque<>();
        private long next;
        private String etag;
        private boolean end;
        private String etagAtEnd;

        @Override
        public void open(Serializable checkpoint) {
            freg = store.freg();
            FeedPositions.State position = store.feedPosition().orElse(null);
            if (position == null || position.nextSequence() == null) {
                position = store.startFeedAt(freg.latestSequence() + 1, jobContext.getExecutionId());
            }
            next = position.nextSequence();
            etag = position.etag();
            String sofar = Totals.of(stepContext).summary(); // a quiet night's result too
            stepContext.setExitStatus(sofar);
            jobContext.setExitStatus(sofar);
        }

        @Override
        public Object readItem() {
            if (buffer.isEmpty() && !end) {
                fetch();
            }
            return buffer.poll();
        }

        private void fetch() {
            FregClient.FeedPage page;
            try {
                page = freg.feed(next, etag);
            } catch (RegisterException e) {
                if (e.status() == 406) {
                    store.feedTooOld();
                    String status = String.format(TOO_OLD, next);
                    stepContext.setExitStatus(status);
                    jobContext.setExitStatus(status);
                }
                throw e;
            }
            etag = null; // valid for this sequence number only
            for (FeedEvent e : page.events()) {
                if (e.sequence() >= next) {
                    buffer.add(e);
                }
            }
            if (buffer.isEmpty()) { // nothing new: remember how the register said so, for a 304 next time
                end = true;
                etagAtEnd = page.notModified() ? null : page.etag();
            } else {
                next = buffer.peekLast().sequence() + 1;
            }
        }

        @Override
        public void close() {
            if (end && etagAtEnd != null) {
                store.rememberFeedEtag(next, etagAtEnd);
            }
        }
    }

    /**
     * A chunk of events: the pupils they touch read again (with their responsible adults and the
     * guardians the events name), applied, and the position moved past the chunk — one transaction.
     */
    @Named("fregDeltaWriter")
    @Dependent
    public static class Writer extends AbstractItemWriter {
        @Inject
        RegisterJobsStore store;

        @Inject
        JobContext jobContext;

        @Inject
        StepContext stepContext;

        @Inject
        no.vis.batch.jobs.RunParameters run;

        @Override
        public void writeItems(List<Object> items) {
            List<FeedEvent> events = items.stream().map(FeedEvent.class::cast).toList();
            FregClient freg = store.freg();
            Set<String> identities = new LinkedHashSet<>();
            events.stream().filter(e -> e.identity() != null).forEach(e -> identities.add(e.identity()));
            FregImportService.Touched touched = store.pupilsTouchedBy(identities, run.today());
            Map<Long, FregImportService.PupilRef> pupils = new LinkedHashMap<>();
            touched.pupils().forEach(p -> pupils.put(p.pupilId(), p));
            Set<String> guardians = new LinkedHashSet<>(touched.guardians());
            int aboutVis = (int) events.stream().filter(e -> touched.knows(e.identity())).count();

            // a person VIS knows by an older number: the event names the new one, the register lists the old
            // (also when VIS knows the new one too: then two pupils are one person, for the office to merge)
            List<String> renumbered = events.stream().filter(e -> e.identity() != null && IDENTITY_CHANGES.contains(e.type()))
                    .map(FeedEvent::identity).distinct().toList();
            if (!renumbered.isEmpty()) {
                Map<String, List<String>> formerOf = new LinkedHashMap<>();
                for (FregClient.Lookup l : FregReads.lookUp(freg, renumbered).values()) {
                    if (l.person() != null && !l.person().formerIdentities().isEmpty()) {
                        formerOf.put(l.person().identity(), l.person().formerIdentities());
                    }
                }
                Set<String> former = new HashSet<>();
                formerOf.values().forEach(former::addAll);
                FregImportService.Touched before = store.pupilsTouchedBy(former, run.today());
                before.pupils().forEach(p -> pupils.putIfAbsent(p.pupilId(), p));
                formerOf.forEach((now, old) -> {
                    if (old.stream().anyMatch(before.guardians()::contains)) {
                        guardians.add(now); // read by the new number; applying re-keys the guardian
                    }
                });
                aboutVis += (int) events.stream().filter(e -> !touched.knows(e.identity()) && formerOf.containsKey(e.identity())
                        && formerOf.get(e.identity()).stream().anyMatch(before::knows)).count();
            }

            List<FregImportService.PupilRef> toApply = new ArrayList<>(pupils.values());
            FregReads read = toApply.isEmpty() ? new FregReads(Map.of(), Map.of()) : FregReads.of(freg, toApply, guardians);
            long first = events.get(0).sequence();
            long next = events.get(events.size() - 1).sequence() + 1;
            FregImportService.Changes changes = store.applyEvents(toApply, read.pupils(), read.adults(), run.today(),
                    jobContext.getExecutionId(), jobContext.getJobName(), first, next);

            Totals totals = Totals.of(stepContext);
            totals = new Totals(totals.events + events.size(), totals.aboutVis + aboutVis, totals.pupils + toApply.size(),
                    totals.changes.plus(changes));
            stepContext.setPersistentUserData(totals);
            stepContext.setExitStatus(totals.summary());
            jobContext.setExitStatus(totals.summary());
        }
    }

    /** What a run did so far (kept with the checkpoint, so a restarted run goes on counting). */
    record Totals(long events, long aboutVis, long pupils, FregImportService.Changes changes) implements Serializable {

        /** The run's totals so far (a restarted run's too). */
        static Totals of(StepContext step) {
            return step.getPersistentUserData() instanceof Totals t ? t : new Totals(0, 0, 0, FregImportService.Changes.NONE);
        }

        String summary() {
            return "events " + events + ", about VIS's people " + aboutVis + "; pupils read again " + pupils + "; "
                    + changes.summary();
        }
    }

    /** freg-import's first step: the feed's latest sequence number, where freg-delta will go on from when the import completes. */
    @Named("fregImportStarts")
    @Dependent
    public static class ImportStarts extends AbstractBatchlet {
        @Inject
        RegisterJobsStore store;

        @Inject
        JobContext jobContext;

        @Override
        public String process() {
            long latest = store.freg().latestSequence();
            store.importStarted(latest, jobContext.getExecutionId());
            return "feed at " + latest;
        }
    }

    /** freg-import's last step: the events up to where it started are in; freg-delta goes on after them. */
    @Named("fregImportCompletes")
    @Dependent
    public static class ImportCompletes extends AbstractBatchlet {
        @Inject
        RegisterJobsStore store;

        @Inject
        JobContext jobContext;

        @Override
        public String process() {
            store.importCompleted(jobContext.getExecutionId());
            return jobContext.getExitStatus(); // keep the import's totals as the run's result
        }
    }
}
