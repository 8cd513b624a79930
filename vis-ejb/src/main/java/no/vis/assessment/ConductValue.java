package no.vis.assessment;

/** A grade in orden or atferd: G (god), NG (nokså god), LG (lite god); NG and LG only after a written warning. */
public enum ConductValue {
    G, NG, LG;

    public boolean needsWarning() {
        return this != G;
    }
}
