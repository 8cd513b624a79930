package no.vis.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import no.vis.absence.AbsencePeriod;

/** The principal's decision over a pupil's absence in a subject and period, as the office's page shows it. */
public record DiscretionView(long pupilId, String subjectCode, AbsencePeriod period, boolean gradeAllowed, String reasons,
                             BigDecimal percent, String decidedBy, OffsetDateTime decidedAt) implements Serializable {
}
