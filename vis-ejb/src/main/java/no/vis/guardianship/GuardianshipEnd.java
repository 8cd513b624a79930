package no.vis.guardianship;

/** Why a guardianship ended. */
public enum GuardianshipEnd {
    /** Folkeregisteret no longer has the responsibility. */
    NO_LONGER_IN_REGISTER,
    /** The pupil turned 18 without both consents. */
    PUPIL_TURNED_18,
    /** A consent after 18 was revoked. */
    CONSENT_REVOKED,
    /** Ended by the school office, with a note. */
    ENDED_BY_STAFF,
    /** The pupil left upper secondary school. */
    PUPIL_LEFT_SCHOOL,
    /** The guardian died. */
    GUARDIAN_DIED
}
