package no.vis.assessment;

import java.io.Serializable;
import java.util.List;
import no.vis.absence.DiplomaHalf;

/** A school year of a pupil's history: the subjects with their published grades, and the absence of each half-year. */
public record HistoryYear(int schoolYear, List<HistorySubject> subjects, List<DiplomaHalf> absence) implements Serializable {

    public HistoryYear {
        subjects = List.copyOf(subjects);
        absence = List.copyOf(absence);
    }

    /** "2025/26". */
    public String label() {
        return schoolYear + "/" + String.format("%02d", (schoolYear + 1) % 100);
    }
}
