package no.vis.assessment;

import java.io.Serializable;
import java.util.List;
import no.vis.guardianship.ChildSummary;

/** A guardian's history page: the children they may see, the one shown, and that child's history (null: not to be shown). */
public record GuardianHistory(List<ChildSummary> children, ChildSummary chosen, History history) implements Serializable {

    public GuardianHistory {
        children = List.copyOf(children);
    }
}
