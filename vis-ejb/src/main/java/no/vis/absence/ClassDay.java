package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A class's day for its contact teacher: the pupils with their absence that day, and the codes for day absence. */
public record ClassDay(long classId, String classCode, LocalDate day, boolean future, List<ClassDayLine> lines,
                       List<CodeOption> dayCodes) implements Serializable {

    public ClassDay {
        lines = List.copyOf(lines);
        dayCodes = List.copyOf(dayCodes);
    }
}
