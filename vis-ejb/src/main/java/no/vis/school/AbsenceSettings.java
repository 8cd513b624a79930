package no.vis.school;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A county's choices for absence, none of them settled nationally: the warning threshold (a
 * percentage under the 10 % limit, e.g. 8), whether late arrival and early leaving count toward the
 * limit, how many hours after a lesson's end its register may be changed without a reason, and
 * whether guardians see absence detail (counties differ; off unless the county turns it on).
 */
public record AbsenceSettings(BigDecimal warningPercent, boolean latenessCounts, int registerDeadlineHours,
                              boolean guardiansSeeDetail) implements Serializable {

    public static final AbsenceSettings DEFAULT = new AbsenceSettings(new BigDecimal("8.0"), true, 48, false);

    /** The longest register deadline: 90 days. */
    public static final int MAX_DEADLINE_HOURS = 2160;

    public AbsenceSettings {
        Objects.requireNonNull(warningPercent, "warningPercent");
        if (warningPercent.signum() <= 0 || warningPercent.compareTo(BigDecimal.TEN) >= 0) {
            throw new IllegalArgumentException("the warning threshold is over 0 and under 10 %");
        }
        if (registerDeadlineHours < 1 || registerDeadlineHours > MAX_DEADLINE_HOURS) {
            throw new IllegalArgumentException("the register deadline is 1-" + MAX_DEADLINE_HOURS + " hours");
        }
    }
}
