package no.vis.privacy;

/** Whose personal data an access log entry is about. */
public enum SubjectKind {
    PUPIL, GUARDIAN
}
