package no.vis.assessment;

import java.io.Serializable;
import java.util.List;

/** A pupil's history (Historikk), newest school year first: only what is published. */
public record History(String pupilName, List<HistoryYear> years) implements Serializable {

    public History {
        years = List.copyOf(years);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
