package no.vis.privacy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import no.vis.common.DayPeriod;

/** When a consent holds: from the day it was given until the day it was revoked (exclusive). */
public record ConsentPeriod(LocalDate givenOn, LocalDate revokedOn) implements Serializable {

    public ConsentPeriod {
        Objects.requireNonNull(givenOn, "given on");
    }

    public boolean validOn(LocalDate date) {
        return DayPeriod.contains(givenOn, revokedOn, date);
    }
}
