package no.vis.batch.registers;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.vis.access.Role.Names;
import no.vis.registers.freg.FregClient;
import no.vis.registers.freg.FregImportService;

/** The register jobs' access to the services, as the {@code SYSTEM} role (a job has no user). */
@Stateless
@PermitAll
@RunAs(Names.SYSTEM)
@jakarta.interceptor.Interceptors(no.vis.batch.jobs.BatchCallersOnly.class)
public class RegisterJobsStore {

    @Inject
    FregImportService fregImport;

    @Inject
    no.vis.registers.krr.KrrImportService krrImport;

    public List<no.vis.registers.krr.KrrImportService.GuardianRef> guardiansNeverImported(long afterId, int max) {
        return krrImport.neverImported(afterId, max);
    }

    public no.vis.registers.krr.KrrImportService.Imported applyKrr(List<no.vis.registers.krr.KrrImportService.GuardianRef> guardians,
                                                                   Map<String, no.vis.registers.krr.KrrPerson> krr,
                                                                   java.time.OffsetDateTime now, long jobExecutionId) {
        return krrImport.apply(guardians, krr, now, jobExecutionId);
    }

    public List<FregImportService.PupilRef> enrolledPupils(long afterId, long lastId, int max) {
        return fregImport.enrolledPupils(afterId, lastId, max);
    }

    public long[] pupilIdRange() {
        return fregImport.pupilIdRange();
    }

    public FregImportService.Changes apply(List<FregImportService.PupilRef> pupils, Map<String, FregClient.Lookup> pupilLookups,
                                           Map<String, FregClient.Lookup> adults, LocalDate today, long jobExecutionId,
                                           String jobName) {
        return fregImport.apply(pupils, pupilLookups, adults, today, jobExecutionId, jobName);
    }
}
