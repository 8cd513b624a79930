package no.vis.absence;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A class's half-year of absence for the vitnemål: each pupil's days, single hours and deducted days,
 * whether and when the half-year was closed, and what the caller may do — close it (its contact teacher,
 * the office) and correct a pupil's printed figures (the office).
 */
public record ClassClosing(long classId, String classCode, int schoolYear, AbsencePeriod half, OffsetDateTime closedAt,
                           boolean mayCorrect, List<ClosingLine> lines) implements Serializable {

    public ClassClosing {
        lines = List.copyOf(lines);
    }

    /** The day of the latest closing, in Norwegian time. */
    public java.time.LocalDate closedOn() {
        return closedAt == null ? null : closedAt.atZoneSameInstant(no.vis.common.Today.NORWAY).toLocalDate();
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Pupils whose absence changed after the closing: the class is to be closed again. */
    public long changedSinceClosing() {
        return lines.stream().filter(l -> l.totals().changedSinceClosing()).count();
    }
}
