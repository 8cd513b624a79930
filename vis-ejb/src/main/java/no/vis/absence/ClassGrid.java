package no.vis.absence;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A class's absence as a pupil × subject grid for one period (the current half-year or the year): the
 * subjects (fagkode and title) as columns, each pupil a row with their absence per subject — coloured by
 * band on the page, with the percentage as text — and the pupils at risk (near or over the limit in any
 * subject) first in their own list.
 */
public record ClassGrid(long classId, String classCode, AbsencePeriod period, List<Column> subjects, List<Row> rows)
        implements Serializable {

    public ClassGrid {
        subjects = List.copyOf(subjects);
        rows = List.copyOf(rows);
    }

    /** A subject column. */
    public record Column(String code, String title) implements Serializable {
    }

    /** A pupil's row: their absence by fagkode (absent: not in the subject), and the highest band. */
    public record Row(long pupilId, String name, Map<String, SubjectAbsence> bySubject, Band highest) implements Serializable {

        public Row {
            bySubject = Map.copyOf(bySubject);
        }

        public SubjectAbsence of(String code) {
            return bySubject.get(code);
        }

        public boolean atRisk() {
            return highest != null && highest != Band.BELOW;
        }

        @Override
        public String toString() {
            return "Row[" + pupilId + "]";
        }
    }

    public List<Row> atRisk() {
        return rows.stream().filter(Row::atRisk).toList();
    }
}
