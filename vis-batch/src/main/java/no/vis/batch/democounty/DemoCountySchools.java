package no.vis.batch.democounty;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import no.vis.platform.VisSettings;
import no.vis.school.ClassSpec;
import no.vis.school.County;

/**
 * Step 1 of {@code demo-county}: the county, its schools and their classes for the school year,
 * created where missing (one transaction per school). Refuses to run outside test mode: the demo
 * county's people have synthetic fødselsnumre and must never mix with a production county.
 */
@Named
@Dependent
public class DemoCountySchools extends AbstractBatchlet {

    private static final System.Logger LOG = System.getLogger(DemoCountySchools.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    VisSettings settings;

    @Inject
    DemoCountyStore store;

    @Override
    public String process() {
        if (!settings.testMode()) {
            throw new IllegalStateException("demo-county creates synthetic people and runs only in test mode"
                    + " (VIS_TEST_MODE=true)");
        }
        DemoCountyParameters parameters = DemoCountyParameters.of(jobContext);
        DemoCountyPlan plan = parameters.plan();
        County county = store.ensureCounty(parameters.countyCode(), parameters.countyName());
        List<Long> schoolIds = new ArrayList<>();
        for (int j = 0; j < plan.schoolCount(); j++) {
            DemoCountyPlan.PlannedSchool planned = plan.school(j);
            List<DemoCountyPlan.PlannedClass> classes = plan.classes(j);
            schoolIds.add(store.ensureSchoolWithClasses(county, planned.orgNumber(), planned.name(), plan.schoolYear(),
                    classes.stream().map(c -> new ClassSpec(c.code(), c.level(), c.programme())).toList(),
                    classes.stream().map(DemoCountyPlan.PlannedClass::programmeArea).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))));
        }
        store.ensureSchoolYear(county, plan.schoolYear(), schoolIds.isEmpty() ? null : schoolIds.get(0));
        for (DemoStaff.Member member : DemoStaff.MEMBERS) {
            store.ensureStaff(county, member.feideUserId(), member.name(), member.grants().stream()
                    .filter(grant -> grant.school() < schoolIds.size())
                    .map(grant -> new DemoCountyStore.RoleAt(grant.role(), grant.school() < 0 ? null : schoolIds.get(grant.school())))
                    .toList());
        }
        LOG.log(Level.INFO, "demo-county: {0} schools with their classes ready for school year {1}",
                Integer.toString(plan.schoolCount()), Integer.toString(plan.schoolYear()));
        return "COMPLETED";
    }
}
