package no.vis.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** A remark as a page shows it: whose, orden or atferd, the day, what happened, in which group, recorded by whom. */
public record RemarkView(long id, long pupilId, String pupilName, ConductKind kind, LocalDate day, String description, String groupCode,
                         String recordedBy) implements Serializable {
}
