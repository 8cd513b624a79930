package no.vis.assessment;

/** A grade protocol: open for the teachers, submitted by them, locked by the office. */
public enum ProtocolState {
    OPEN, SUBMITTED, LOCKED
}
