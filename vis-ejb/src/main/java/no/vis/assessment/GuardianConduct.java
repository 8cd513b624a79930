package no.vis.assessment;

import java.io.Serializable;
import java.util.List;
import no.vis.guardianship.ChildSummary;

/**
 * A guardian's conduct page: the children they may see, the one shown (null: none they may see), and its orden and
 * atferd (null where the county does not show guardians orden and atferd).
 */
public record GuardianConduct(List<ChildSummary> children, ChildSummary chosen, MyConduct conduct) implements Serializable {

    public GuardianConduct {
        children = List.copyOf(children);
    }
}
