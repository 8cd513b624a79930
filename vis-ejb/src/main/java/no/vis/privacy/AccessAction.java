package no.vis.privacy;

/** What an access log entry records: a read, a change, or a refused attempt. */
public enum AccessAction {
    READ, CHANGE, REFUSED
}
