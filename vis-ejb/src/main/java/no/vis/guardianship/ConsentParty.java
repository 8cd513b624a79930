package no.vis.guardianship;

/** Who gives (or revokes) a consent: the pupil, to share; the guardian, to have their data kept. */
public enum ConsentParty {
    PUPIL, GUARDIAN
}
