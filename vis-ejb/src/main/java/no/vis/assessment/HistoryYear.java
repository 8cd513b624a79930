package no.vis.assessment;

import java.io.Serializable;
import java.util.List;
import no.vis.absence.DiplomaHalf;

/**
 * A school year of a pupil's history: the subjects with their published grades, the absence of each half-year, and
 * orden and atferd (empty where the reader may not see them).
 */
public record HistoryYear(int schoolYear, List<HistorySubject> subjects, List<DiplomaHalf> absence, List<Conduct> conduct)
        implements Serializable {

    /** Orden or atferd in the year: the first half-year's grade and the year-end's (null: none, or none published). */
    public record Conduct(ConductKind kind, ConductValue firstHalf, ConductValue yearEnd) implements Serializable {

        public String firstHalfCode() {
            return firstHalf == null ? "" : firstHalf.name();
        }

        public String yearEndCode() {
            return yearEnd == null ? "" : yearEnd.name();
        }
    }

    public HistoryYear {
        subjects = List.copyOf(subjects);
        absence = List.copyOf(absence);
        conduct = List.copyOf(conduct);
    }

    /** "2025/26". */
    public String label() {
        return schoolYear + "/" + String.format("%02d", (schoolYear + 1) % 100);
    }
}
