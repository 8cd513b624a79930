package no.vis.assessment;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A change of a grade for the office's list: whose, in what, from and to, why, by whom and when, and whether after the lock. */
public record ChangeRow(long pupilId, String pupilName, String subjectCode, String oldValue, String newValue, String oldRemark,
                        String newRemark, String reason, boolean afterLock, String changedBy, OffsetDateTime changedAt) implements Serializable {
}
