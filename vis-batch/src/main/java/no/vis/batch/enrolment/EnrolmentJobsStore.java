package no.vis.batch.enrolment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.vis.access.Role.Names;
import no.vis.enrolment.Admission;
import no.vis.enrolment.EnrolmentRecords;
import no.vis.enrolment.PersonFacts;
import no.vis.registers.RegisterClients;
import no.vis.registers.SkippedRecords;
import no.vis.registers.freg.FregClient;
import no.vis.registers.freg.FregImportService;
import no.vis.registers.freg.FregReads;

/** enrolment-import's access to the services, as the {@code SYSTEM} role (a job has no user); joins the chunk's transaction. */
@Stateless
@PermitAll
@RunAs(Names.SYSTEM)
@jakarta.interceptor.Interceptors(no.vis.batch.jobs.BatchCallersOnly.class)
public class EnrolmentJobsStore {

    @Inject
    EnrolmentRecords records;

    @Inject
    FregImportService fregImport;

    @Inject
    RegisterClients registers;

    @Inject
    SkippedRecords skipped;

    @Inject
    no.vis.platform.DatabaseStatistics statistics;

    public FregClient freg() {
        return registers.freg();
    }

    public Map<Integer, EnrolmentRecords.Verdict> screen(List<Admission> admissions) {
        return records.screen(admissions);
    }

    /**
     * The admitted pupils enrolled with Folkeregisteret's facts, and their guardians applied as
     * freg-import applies them — one transaction, the chunk's: a pupil is enrolled with enrolment,
     * placement and guardians, or not at all.
     */
    public Admitted admit(List<Admission> admissions, Map<Integer, PersonFacts> facts, FregReads read, LocalDate today,
                          long jobExecutionId, String jobName) {
        Map<Integer, Long> ids = records.admit(admissions, facts, jobName);
        List<FregImportService.PupilRef> refs = admissions.stream()
                .map(a -> new FregImportService.PupilRef(ids.get(a.line()), a.fodselsnummer().value())).toList();
        FregImportService.Changes changes = refs.isEmpty() ? FregImportService.Changes.NONE
                : fregImport.apply(refs, read.pupils(), read.adults(), today, jobExecutionId, jobName);
        return new Admitted(ids.size(), changes);
    }

    /** Lines the run could not use, by their pseudonymous reference ({@code line:12}). */
    public void skip(long jobExecutionId, String jobName, Map<String, String> reasons) {
        if (!reasons.isEmpty()) {
            skipped.note(jobExecutionId, jobName, reasons);
        }
    }

    /** The planner's statistics for what the import wrote. */
    public void refreshStatistics() {
        statistics.refresh("student", "enrolment", "class_placement", "guardian", "guardianship");
    }

    /** What one chunk enrolled. */
    public record Admitted(int pupils, FregImportService.Changes guardians) implements java.io.Serializable {
    }
}
