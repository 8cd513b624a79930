package no.vis.batch.democounty;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import no.vis.enrolment.NewEnrolment;
import no.vis.people.NewPupil;
import no.vis.school.ClassRef;

/** Turns a pupil index into the pupil of the plan, enrolled at its school in its class's programme area and placed in the class. */
@Named
@Dependent
public class DemoPupilProcessor implements ItemProcessor {

    @Inject
    JobContext jobContext;

    @Inject
    DemoCountyStore store;

    private DemoCountyPlan plan;
    /** "orgNumber/classCode" to the class; loaded once per partition. */
    private Map<String, ClassRef> classes;

    @Override
    public Object processItem(Object item) {
        if (plan == null) {
            plan = DemoCountyParameters.of(jobContext).plan();
            classes = new HashMap<>();
            for (ClassRef ref : store.listClassRefs(plan.schoolYear())) {
                classes.put(ref.schoolOrgNumber() + "/" + ref.code(), ref);
            }
        }
        DemoCountyPlan.PlannedPupil pupil = plan.pupil((Integer) item);
        ClassRef ref = classes.get(pupil.schoolOrgNumber() + "/" + pupil.classCode());
        if (ref == null) {
            throw new IllegalStateException("class " + pupil.classCode() + " missing: step 'schools' did not run");
        }
        // enrolled from the school year's first day (1 August) in the class's programme area
        return new NewEnrolment(new NewPupil(pupil.fodselsnummer(), pupil.name(), pupil.birthDate(), pupil.address(),
                ref.schoolId(), ref.classId()), pupil.programmeArea(), pupil.level(), java.time.LocalDate.of(plan.schoolYear(), 8, 1));
    }
}
