package no.vis.batch.democounty;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;

/**
 * Step 3 of {@code demo-county}: fresh planner statistics for all it wrote, and the demo guardians that the local login provider's ID-porten demo
 * users log in as, and the Feide account of its demo pupil (pupil 0) (vis-devtools, demo-users.json; keep their pid in step with these numbers).
 * Gunnar Foresatt has two children (pupils 0 and 3, both on Vg1; written by the families step);
 * Greta Utenbarn is a guardian with no child she may see.
 */
@Named
@Dependent
public class DemoGuardians extends AbstractBatchlet {

    static final String GUNNAR = "14838010041";
    static final String GRETA = "14838010122";
    /** The demo pupil's Feide user id (pupil 0, a child of Gunnar Foresatt). */
    static final String PUPIL_FEIDE_ID = "5e1f7a2c-0010-4c6e-9a51-0a1b2c3d4e10";

    @Inject
    JobContext jobContext;

    @Inject
    DemoCountyStore store;

    @Override
    public String process() {
        DemoCountyPlan plan = DemoCountyParameters.of(jobContext).plan();
        // Gunnar Foresatt comes with the families of pupils 0 and 3 (DemoFamilies)
        store.ensureGuardian(Fodselsnummer.parse(GRETA, true), new PersonName("Greta", null, "Utenbarn"));
        store.linkFeide(plan.pupil(0).fodselsnummer(), PUPIL_FEIDE_ID);
        store.refreshStatistics();
        return "COMPLETED";
    }
}
