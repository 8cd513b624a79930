package no.vis.privacy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import no.vis.common.DayPeriod;

/**
 * The one place that decides what a guardian may see of a pupil (DOMAIN.md §7). A guardian may see
 * a pupil only if an active guardianship exists and the pupil is under 18 on the day, or both
 * consents — the pupil's to share and the guardian's to keep their data — are valid that day and
 * the pupil has not left school. What they then see is limited by category: personalia, classes
 * and groups, timetable, their own contact information, history (grades and total absence) and the
 * curriculum; never applications, assessments, exams or pupil conversations; orden/atferd and
 * absence detail (each lesson's entry, not only the totals) only where the county shows them. A protected address of the pupil is never shown.
 *
 * <p>A pure function of its facts and the day, so that it can be tested over its whole matrix; the
 * services load the facts (for all of a guardian's children in one or two queries) and ask it.
 *
 * <p>Age: a pupil is 18 from the 18th birthday. Someone born on 29 February is 18 on 28 February
 * in a year that is not a leap year (the anniversary rule of the Norwegian fristloven § 4: the
 * month's last day when it has no such day) — the earlier day, so guardians' access never runs a
 * day too long.
 */
public final class GuardianAccessPolicy implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<DataCategory> DEFAULT_CATEGORIES = EnumSet.of(DataCategory.PERSONALIA,
            DataCategory.CLASSES_AND_GROUPS, DataCategory.TIMETABLE, DataCategory.OWN_CONTACT_INFORMATION,
            DataCategory.HISTORY, DataCategory.CURRICULUM);

    private final boolean orderAndConductShown;
    private final boolean absenceDetailShown;

    /** @param orderAndConductShown the county's setting: whether guardians see orden and atferd */
    public GuardianAccessPolicy(boolean orderAndConductShown) {
        this(orderAndConductShown, false);
    }

    /**
     * @param orderAndConductShown the county's setting: whether guardians see orden and atferd
     * @param absenceDetailShown   the county's setting: whether guardians see absence detail (counties differ; off by default)
     */
    public GuardianAccessPolicy(boolean orderAndConductShown, boolean absenceDetailShown) {
        this.orderAndConductShown = orderAndConductShown;
        this.absenceDetailShown = absenceDetailShown;
    }

    public GuardianAccess decide(GuardianshipFacts facts, LocalDate today) {
        if (facts.activeFrom() == null) {
            return GuardianAccess.refused(GuardianAccess.Decision.NO_GUARDIANSHIP);
        }
        if (!DayPeriod.contains(facts.activeFrom(), facts.activeTo(), today)) { // the end day is not active
            return GuardianAccess.refused(GuardianAccess.Decision.GUARDIANSHIP_NOT_ACTIVE);
        }
        GuardianAccess.Decision decision;
        if (!isOfAge(facts.pupilBirthDate(), today)) {
            decision = GuardianAccess.Decision.UNDER_18;
        } else if (consentsHold(facts, today)) {
            decision = GuardianAccess.Decision.CONSENTED;
        } else {
            return GuardianAccess.refused(GuardianAccess.Decision.OF_AGE_WITHOUT_CONSENTS);
        }
        Set<DataCategory> categories = EnumSet.copyOf(DEFAULT_CATEGORIES);
        if (orderAndConductShown) {
            categories.add(DataCategory.ORDER_AND_CONDUCT);
        }
        if (absenceDetailShown) {
            categories.add(DataCategory.ABSENCE_DETAIL);
        }
        return new GuardianAccess(decision, categories, !facts.pupilAddressProtected());
    }

    /** Both consents valid on the day, and the pupil still at school. */
    private static boolean consentsHold(GuardianshipFacts facts, LocalDate today) {
        boolean enrolled = facts.pupilLeftOn() == null || today.isBefore(facts.pupilLeftOn());
        return enrolled && facts.pupilConsents().stream().anyMatch(c -> c.validOn(today))
                && facts.guardianConsents().stream().anyMatch(c -> c.validOn(today));
    }

    /** Whether someone born on the date is 18 or more on the day. */
    public static boolean isOfAge(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(eighteenthBirthday(birthDate));
    }

    /** The day someone born on the date turns 18 (28 February for 29 February in a common year). */
    public static LocalDate eighteenthBirthday(LocalDate birthDate) {
        return birthDate.plusYears(18);
    }
}
