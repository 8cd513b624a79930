package no.vis.batch.curriculum;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vis.access.Role.Names;
import no.vis.registers.grep.GrepClient;
import no.vis.registers.grep.GrepElement;
import no.vis.registers.grep.GrepSyncService;
import no.vis.registers.grep.GrepType;

/** grep-sync's access to the services, as the {@code SYSTEM} role (a job has no user). */
@Stateless
@PermitAll
@RunAs(Names.SYSTEM)
@jakarta.interceptor.Interceptors(no.vis.batch.jobs.BatchCallersOnly.class)
public class CurriculumJobsStore {

    static final String JOB = "grep-sync";

    @Inject
    GrepSyncService sync;

    @Inject
    no.vis.registers.RegisterClients registers;

    @Inject
    no.vis.registers.SkippedRecords skipped;

    /** Grep's client: only for the system, so only through a job's store. */
    public GrepClient grep() {
        return registers.grep();
    }

    public Map<String, GrepSyncService.Stored> stored(GrepType type) {
        return sync.stored(type);
    }

    /** A chunk's elements written and its malformed ones listed (ref → reason), in one transaction. */
    public GrepSyncService.Applied apply(GrepType type, List<GrepElement> elements, Map<String, String> malformed,
                                        long jobExecutionId, OffsetDateTime now) {
        if (!malformed.isEmpty()) {
            skipped.note(jobExecutionId, JOB, malformed);
        }
        return sync.apply(type, elements, now);
    }

    public void noteSkipped(long jobExecutionId, Map<String, String> reasons) {
        if (!reasons.isEmpty()) {
            skipped.note(jobExecutionId, JOB, reasons);
        }
    }

    public int removeUnlisted(GrepType type, Set<String> listed, OffsetDateTime now) {
        return sync.removeUnlisted(type, listed, now);
    }

    public int revisePlans() {
        return sync.revisePlans();
    }
}
