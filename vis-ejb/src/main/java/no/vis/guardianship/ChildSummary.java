package no.vis.guardianship;

import java.io.Serializable;
import no.vis.common.NameCase;

/** What a guardian's start page shows of a child: name (as it is shown, {@link NameCase}), school and class. */
public record ChildSummary(long pupilId, String givenName, String familyName, String schoolName, String classCode)
        implements Serializable {

    public ChildSummary {
        givenName = NameCase.givenName(givenName);
        familyName = NameCase.familyName(familyName);
    }

    @Override
    public String toString() {
        return "ChildSummary[" + pupilId + "]";
    }
}
