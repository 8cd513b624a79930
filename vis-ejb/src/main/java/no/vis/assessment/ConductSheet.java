package no.vis.assessment;

import java.io.Serializable;
import java.util.List;

/**
 * A class's orden and atferd in a round for its contact teacher and the office: each pupil's remarks this school
 * year by kind, the warnings sent, and the grades set in the round.
 */
public record ConductSheet(long classId, String classCode, long roundId, RoundKind roundKind, int schoolYear, List<RoundRef> rounds,
                           List<Line> lines) implements Serializable {

    /** A pupil's line: remarks by kind, warnings, and the round's grades (null: not set) with their reasons. */
    public record Line(long pupilId, String name, long orden, long atferd, List<ConductWarningView> warnings, ConductValue ordenGrade,
                       ConductValue atferdGrade, String ordenReason, String atferdReason) implements Serializable {

        public long remarks(ConductKind kind) {
            return kind == ConductKind.ORDEN ? orden : atferd;
        }
    }
}
