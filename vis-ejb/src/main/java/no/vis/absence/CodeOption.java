package no.vis.absence;

import java.io.Serializable;

/** An absence code as a choice on a page: its id, code, name in the user's language, and whether it is presence. */
public record CodeOption(long id, String code, String name, boolean presence) implements Serializable {

    /** "X – Udokumentert fravær". */
    public String label() {
        return code + " – " + name;
    }
}
