package no.vis.absence;

import java.io.Serializable;
import java.util.List;
import no.vis.guardianship.ChildSummary;

/** A guardian's absence page: the children they may see, the one shown, and that child's absence as the county lets them see it. */
public record GuardianAbsence(List<ChildSummary> children, ChildSummary chosen, PupilAbsence absence) implements Serializable {

    public GuardianAbsence {
        children = List.copyOf(children);
    }
}
