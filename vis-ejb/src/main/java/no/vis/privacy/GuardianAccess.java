package no.vis.privacy;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** The guardian access policy's answer for one guardian and one pupil on one day. */
public record GuardianAccess(Decision decision, Set<DataCategory> categories, boolean pupilAddressVisible)
        implements Serializable {

    /** Why the guardian may or may not see the pupil. */
    public enum Decision {
        /** an active guardianship of a pupil under 18 */
        UNDER_18,
        /** an active guardianship of a pupil of 18 or more, with both consents valid */
        CONSENTED,
        NO_GUARDIANSHIP,
        GUARDIANSHIP_NOT_ACTIVE,
        /** the pupil is 18 or more and at least one of the two consents is missing, revoked or expired */
        OF_AGE_WITHOUT_CONSENTS;

        public boolean allows() {
            return this == UNDER_18 || this == CONSENTED;
        }
    }

    public GuardianAccess {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        if (!decision.allows() && (!categories.isEmpty() || pupilAddressVisible)) {
            throw new IllegalArgumentException("a refusal shows nothing");
        }
    }

    static GuardianAccess refused(Decision decision) {
        return new GuardianAccess(decision, Set.of(), false);
    }

    public boolean maySee() {
        return decision.allows();
    }

    public boolean allows(DataCategory category) {
        return categories.contains(category);
    }
}
