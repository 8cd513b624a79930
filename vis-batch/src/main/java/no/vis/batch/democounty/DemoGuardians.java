package no.vis.batch.democounty;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;

/**
 * Step 3 of {@code demo-county}: the demo guardians that the local login provider's ID-porten demo
 * users log in as (vis-devtools, demo-users.json; keep their pid in step with these numbers).
 * Gunnar Foresatt has two children (pupils 0 and 3, both on Vg1); Greta Utenbarn is a guardian
 * with no child she may see. The full guardian population comes with the guardian model.
 */
@Named
@Dependent
public class DemoGuardians extends AbstractBatchlet {

    static final String GUNNAR = "14838010041";
    static final String GRETA = "14838010122";

    @Inject
    JobContext jobContext;

    @Inject
    DemoCountyStore store;

    @Override
    public String process() {
        DemoCountyPlan plan = DemoCountyParameters.of(jobContext).plan();
        LocalDate schoolYearStart = LocalDate.of(plan.schoolYear(), 8, 1);
        var gunnar = store.ensureGuardian(Fodselsnummer.parse(GUNNAR, true), new PersonName("Gunnar", null, "Foresatt"));
        for (int pupil : new int[] {0, 3}) {
            if (pupil < plan.pupils()) {
                store.ensureGuardianship(gunnar, plan.pupil(pupil).fodselsnummer(), schoolYearStart.minusYears(16));
            }
        }
        store.ensureGuardian(Fodselsnummer.parse(GRETA, true), new PersonName("Greta", null, "Utenbarn"));
        return "COMPLETED";
    }
}
