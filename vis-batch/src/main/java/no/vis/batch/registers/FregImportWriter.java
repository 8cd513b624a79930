package no.vis.batch.registers;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.registers.RegisterClients;
import no.vis.registers.freg.FregClient;
import no.vis.registers.freg.FregImportService;
import no.vis.registers.freg.FregPerson;

/**
 * One chunk of freg-import: the pupils from Folkeregisteret (one bulk call), their responsible
 * adults that VIS must create or bring up to date (bulk calls of up to 1000), then the changes in
 * the chunk's transaction. Totals in the step's exit status.
 */
@Named
@Dependent
public class FregImportWriter extends AbstractItemWriter {

    @Inject
    RegisterJobsStore store;

    @Inject
    RegisterClients registers;

    @Inject
    JobContext jobContext;

    @Inject
    no.vis.batch.jobs.RunParameters run;

    @Inject
    StepContext stepContext;

    @Override
    public void writeItems(List<Object> items) {
        List<FregImportService.PupilRef> pupils = items.stream().map(FregImportService.PupilRef.class::cast).toList();
        FregClient freg = registers.freg();
        Map<String, FregClient.Lookup> pupilLookups = new HashMap<>();
        for (FregClient.Lookup l : freg.bulkLookup(pupils.stream().map(FregImportService.PupilRef::fodselsnummer).toList())) {
            pupilLookups.put(l.requested(), l);
        }
        Set<String> adults = new LinkedHashSet<>();
        for (FregClient.Lookup l : pupilLookups.values()) {
            if (l.person() != null) {
                for (FregPerson.Responsibility r : l.person().responsibilities()) {
                    if (r.responsible() != null) {
                        adults.add(r.responsible());
                    }
                }
            }
        }
        Map<String, FregClient.Lookup> adultLookups = new HashMap<>();
        List<String> toRead = new ArrayList<>(adults); // all of them: new ones are created, known ones updated
        for (int from = 0; from < toRead.size(); from += FregClient.MAX_IDS) {
            for (FregClient.Lookup l : freg.bulkLookup(toRead.subList(from, Math.min(toRead.size(), from + FregClient.MAX_IDS)))) {
                adultLookups.put(l.requested(), l);
            }
        }
        FregImportService.Changes changes = store.apply(pupils, pupilLookups, adultLookups, run.today(),
                jobContext.getExecutionId(), jobContext.getJobName());
        // this chunk's changes, for the partition collector; FregImportTotals adds up all partitions'
        stepContext.setTransientUserData(new long[] {changes.guardiansCreated(), changes.guardiansUpdated(),
                changes.guardianshipsStarted(), changes.guardianshipsEnded(), changes.rekeyed(), changes.flagged(),
                changes.skipped()});
    }
}
