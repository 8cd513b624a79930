package no.vis.guardianship;

import java.util.List;
import java.util.Map;
import no.vis.privacy.DataCategory;
import no.vis.privacy.GuardianAccess;

/**
 * The children a guardian may see today (for the page), and the policy's answer for each of the
 * guardian's pupils, seen or not (for the data the page then shows of one of them).
 */
public record VisibleChildren(List<ChildSummary> children, Map<Long, GuardianAccess> access) {

    public VisibleChildren {
        children = List.copyOf(children);
        access = Map.copyOf(access);
    }

    /** Whether the policy lets the guardian see this category of the pupil's data (false for anyone not theirs). */
    public boolean allows(long pupilId, DataCategory category) {
        GuardianAccess answer = access.get(pupilId);
        return answer != null && answer.allows(category);
    }

    /** The child among those shown, or null. */
    public ChildSummary shown(long pupilId) {
        return children.stream().filter(c -> c.pupilId() == pupilId).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "VisibleChildren[" + children.size() + "]";
    }
}
