package no.vis.registers.grep;

/** The Grep types VIS reads, with their path under the API's base URL; in the order grep-sync reads them. */
public enum GrepType {
    UTDANNINGSPROGRAM("utdanningsprogram"),
    PROGRAMOMRAADER("programomraader"),
    LAEREPLANER("laereplaner-lk20"),
    KOMPETANSEMAALSETT("kompetansemaalsett-lk20"),
    KOMPETANSEMAAL("kompetansemaal-lk20"),
    OPPLAERINGSFAG("opplaeringsfag"),
    FAGKODER("fagkoder");

    private final String path;

    GrepType(String path) {
        this.path = path;
    }

    /** The path segment: {@code fagkoder}, {@code laereplaner-lk20} … */
    public String path() {
        return path;
    }

    /** Whether the list's entries say all VIS keeps of the type (a kompetansemål is its code, text and status). */
    public boolean listIsEnough() {
        return this == KOMPETANSEMAAL;
    }

    public static GrepType ofPath(String path) {
        for (GrepType t : values()) {
            if (t.path.equals(path)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a Grep type VIS reads: " + path);
    }
}
