package no.vis.timetable;

import java.io.Serializable;
import java.util.List;
import no.vis.guardianship.ChildSummary;

/**
 * A guardian's start page: the children they may see, the child shown and that child's week
 * (both null when there is no child, or the wanted one may not be seen).
 */
public record GuardianWeek(List<ChildSummary> children, ChildSummary chosen, WeekView week) implements Serializable {

    public GuardianWeek {
        children = List.copyOf(children);
    }

    @Override
    public String toString() {
        return "GuardianWeek[" + children.size() + (week == null ? "" : ", week " + week.weekNumber()) + "]";
    }
}
