package no.vis.assessment;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A conduct warning as a page shows it. */
public record ConductWarningView(long id, long pupilId, ConductKind kind, RoundKind roundKind, ConductValue gradeAtRisk, int remarks,
                                 String comment, OffsetDateTime sentAt) implements Serializable {

    static ConductWarningView of(ConductWarning w) {
        return new ConductWarningView(w.getId(), w.getPupilId(), w.getKind(), w.getRoundKind(), w.getGradeAtRisk(), w.getRemarks(),
                w.getComment(), w.getSentAt());
    }
}
