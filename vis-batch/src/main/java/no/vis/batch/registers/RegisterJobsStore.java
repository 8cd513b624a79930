package no.vis.batch.registers;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.vis.access.Role.Names;
import no.vis.registers.freg.FeedPositions;
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

    @Inject
    FeedPositions feed;

    @Inject
    no.vis.platform.DatabaseStatistics statistics;

    @Inject
    no.vis.registers.RegisterClients registers;

    /** Folkeregisteret's client: only for the system (the clients check it), so only through a job's store. */
    public FregClient freg() {
        return registers.freg();
    }

    /** KRR's client, likewise. */
    public no.vis.registers.krr.KrrClient krr() {
        return registers.krr();
    }

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

    public FregImportService.Touched pupilsTouchedBy(java.util.Collection<String> identities, LocalDate today) {
        return fregImport.pupilsTouchedBy(identities, today);
    }

    /** A chunk of the event feed applied and the feed position moved past it: one transaction (the chunk's). */
    public FregImportService.Changes applyEvents(List<FregImportService.PupilRef> pupils, Map<String, FregClient.Lookup> pupilLookups,
                                                 Map<String, FregClient.Lookup> adults, LocalDate today, long jobExecutionId,
                                                 String jobName, long firstSequence, long nextSequence) {
        feed.claim(firstSequence); // before the work: a second run at the same place does none of it
        FregImportService.Changes changes = pupils.isEmpty() ? FregImportService.Changes.NONE
                : fregImport.apply(pupils, pupilLookups, adults, today, jobExecutionId, jobName);
        feed.moveTo(nextSequence, jobExecutionId);
        return changes;
    }

    public java.util.Optional<FeedPositions.State> feedPosition() {
        return feed.freg();
    }

    public FeedPositions.State startFeedAt(long next, long jobExecutionId) {
        return feed.startAt(next, jobExecutionId);
    }

    public void rememberFeedEtag(long next, String etag) {
        feed.rememberEtag(next, etag);
    }

    public void feedTooOld() {
        feed.tooOld();
    }

    public void importStarted(long latestSequence, long jobExecutionId) {
        feed.importStarted(latestSequence, jobExecutionId);
    }

    /** The feed position moved past the import's start, and the planner's statistics for what the import wrote. */
    public void importCompleted(long jobExecutionId) {
        feed.importCompleted(jobExecutionId);
        statistics.refresh("student", "guardian", "guardianship");
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
