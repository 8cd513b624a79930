package no.vis.assessment;

/** Orden (order: punctuality, preparation, tidiness) or atferd (behaviour toward others and the school's rules). */
public enum ConductKind {
    ORDEN, ATFERD
}
