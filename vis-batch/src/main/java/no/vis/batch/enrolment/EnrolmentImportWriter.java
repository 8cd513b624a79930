package no.vis.batch.enrolment;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vis.enrolment.Admission;
import no.vis.enrolment.EnrolmentRecords;
import no.vis.enrolment.PersonFacts;
import no.vis.registers.freg.FregClient;
import no.vis.registers.freg.FregPerson;
import no.vis.registers.freg.FregReads;

/**
 * One chunk of enrolment-import, in the chunk's transaction: the lines' form is already checked;
 * the usable ones are screened against VIS (school, programme area offered, class, already
 * enrolled), the new and returning pupils looked up in Folkeregisteret (one bulk call for them, one
 * for their responsible adults), and enrolled with the register's name and address and the
 * guardians it names. Every line that cannot be used is a skipped record {@code line:<n>} with the
 * reason. A register that fails for good fails the chunk: nothing of it is written, and a restart
 * begins with it again. Totals in the run's exit status.
 */
@Named
@Dependent
public class EnrolmentImportWriter extends AbstractItemWriter {

    @Inject
    EnrolmentJobsStore store;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    no.vis.batch.jobs.RunParameters run;

    @Override
    public void writeItems(List<Object> items) {
        Map<String, String> skipped = new LinkedHashMap<>();
        List<Admission> usable = new ArrayList<>();
        for (Object item : items) {
            ParsedLine line = (ParsedLine) item;
            if (line.usable()) {
                usable.add(line.admission());
            } else {
                skipped.put("line:" + line.line(), line.problem());
            }
        }
        Map<Integer, EnrolmentRecords.Verdict> verdicts = store.screen(usable);
        List<Admission> toLookUp = new ArrayList<>();
        int already = 0;
        for (Admission a : usable) {
            EnrolmentRecords.Verdict v = verdicts.get(a.line());
            switch (v.outcome()) {
                case NEW, RETURNING -> toLookUp.add(a);
                case ALREADY_ENROLLED -> already++;
                case REFUSED -> skipped.put("line:" + a.line(), v.reason());
            }
        }
        FregReads read = toLookUp.isEmpty() ? new FregReads(Map.of(), Map.of())
                : FregReads.ofNumbers(store.freg(), toLookUp.stream().map(a -> a.fodselsnummer().value()).toList(), List.of());
        List<Admission> admitted = new ArrayList<>();
        Map<Integer, PersonFacts> facts = new HashMap<>();
        for (Admission a : toLookUp) {
            FregClient.Lookup lookup = read.pupils().get(a.fodselsnummer().value());
            String problem = problem(a, lookup);
            if (problem != null) {
                skipped.put("line:" + a.line(), problem);
                continue;
            }
            FregPerson p = lookup.person();
            facts.put(a.line(), new PersonFacts(p.name(), p.birthDate(), p.address()));
            admitted.add(a);
        }
        EnrolmentJobsStore.Admitted result = store.admit(admitted, facts, read, run.today(), jobContext.getExecutionId(),
                jobContext.getJobName());
        store.skip(jobContext.getExecutionId(), jobContext.getJobName(), skipped);

        ImportTotals totals = stepContext.getPersistentUserData() instanceof ImportTotals t ? t : ImportTotals.NONE;
        totals = totals.plus(new ImportTotals(result.pupils(), already, skipped.size(), result.guardians()));
        stepContext.setPersistentUserData(totals); // kept with the checkpoint: a restart goes on counting
        jobContext.setExitStatus(totals.summary());
    }

    /** Why the register's answer does not allow enrolling the line's pupil; null when it does. */
    private static String problem(Admission a, FregClient.Lookup lookup) {
        if (lookup == null) {
            return "Folkeregisteret: no answer";
        }
        if (lookup.person() == null) {
            return "Folkeregisteret: " + lookup.problem();
        }
        FregPerson p = lookup.person();
        if (p.status() == FregPerson.PersonStatus.OPPHOERT) {
            return "Folkeregisteret has ceased this identity number: VIGO's number is outdated";
        }
        if (!p.identity().equals(a.fodselsnummer().value())) {
            return "Folkeregisteret has a newer identity number for this person: VIGO's number is outdated";
        }
        if (p.isDead()) {
            return "Folkeregisteret says the person has died";
        }
        return null;
    }

    /** The run's totals so far. */
    record ImportTotals(int enrolled, int alreadyEnrolled, int skipped, no.vis.registers.freg.FregImportService.Changes guardians)
            implements java.io.Serializable {

        static final ImportTotals NONE = new ImportTotals(0, 0, 0, no.vis.registers.freg.FregImportService.Changes.NONE);

        ImportTotals plus(ImportTotals o) {
            return new ImportTotals(enrolled + o.enrolled, alreadyEnrolled + o.alreadyEnrolled, skipped + o.skipped,
                    guardians.plus(o.guardians));
        }

        String summary() {
            return "enrolled " + enrolled + "; already enrolled " + alreadyEnrolled + "; lines skipped " + skipped
                    + "; guardians created " + guardians.guardiansCreated() + ", guardianships started "
                    + guardians.guardianshipsStarted();
        }
    }
}
