package no.vis.guardianship;

/** Where a guardian's phone number or e-mail address came from. KRR never overwrites the others. */
public enum ContactSource {
    KRR, GUARDIAN, STAFF
}
