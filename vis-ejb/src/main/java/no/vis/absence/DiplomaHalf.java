package no.vis.absence;

import java.io.Serializable;

/**
 * A half-year's absence for the vitnemål as a page shows it: the figures as the absence stands now, and —
 * once the contact teacher has closed the half-year — what is printed (the office's correction, if any),
 * and whether the absence has changed since the closing (to be closed again).
 */
public record DiplomaHalf(AbsencePeriod half, DiplomaTotals.Half now, boolean closed, int printedDays, int printedHours,
                          int deductedDays, boolean corrected, boolean changedSinceClosing) implements Serializable {

    static DiplomaHalf of(AbsencePeriod half, DiplomaTotals.Half now, AbsenceClosing closing) {
        if (closing == null) {
            return new DiplomaHalf(half, now, false, now.days(), now.hours(), now.deductedDays(), false, false);
        }
        boolean changed = closing.getClosedDays() != now.days() || closing.getClosedHours() != now.hours()
                || closing.getDeductedDays() != now.deductedDays();
        return new DiplomaHalf(half, now, true, closing.getDays(), closing.getHours(), closing.getDeductedDays(),
                closing.isCorrected(), changed);
    }
}
