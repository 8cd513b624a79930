package no.vis.guardianship;

import java.io.Serializable;

/** What a guardian's start page shows of a child: name, school and class. */
public record ChildSummary(long studentId, String givenName, String familyName, String schoolName, String classCode)
        implements Serializable {

    @Override
    public String toString() {
        return "ChildSummary[" + studentId + "]";
    }
}
