package no.vis.batch.enrolment;

import java.io.Serializable;
import no.vis.enrolment.Admission;

/** One line of an admission file: the admission when the line is usable, else the problems (never the line's content). */
public record ParsedLine(int line, Admission admission, String problem) implements Serializable {

    public boolean usable() {
        return admission != null;
    }

    @Override
    public String toString() {
        return "ParsedLine[" + line + (usable() ? "" : ": " + problem) + "]";
    }
}
