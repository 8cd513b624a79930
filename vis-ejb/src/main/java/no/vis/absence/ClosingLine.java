package no.vis.absence;

import java.io.Serializable;

/** A pupil's line on the class's closing: name, the half-year's figures, and the reason of a correction. */
public record ClosingLine(long pupilId, String name, DiplomaHalf totals, String correctionReason) implements Serializable {

    @Override
    public String toString() {
        return "ClosingLine[" + pupilId + "]";
    }
}
