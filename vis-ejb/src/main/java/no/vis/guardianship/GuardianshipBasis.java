package no.vis.guardianship;

/** Why someone is a pupil's guardian in VIS. */
public enum GuardianshipBasis {
    /** Current {@code foreldreansvar} in Folkeregisteret. */
    FOLKEREGISTERET,
    /** Registered by staff with a reason (a basis outside the register, or an 18+ pupil's consent). */
    MANUAL
}
