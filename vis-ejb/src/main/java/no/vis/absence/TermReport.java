package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A school's term report to Lånekassen: attendance (møtt / ikke møtt) and dropouts (avbrudd) in a half-year. */
public record TermReport(long schoolId, int startYear, AbsencePeriod half, LocalDate from, LocalDate to,
                         List<TermReportLine> lines) implements Serializable {

    public long count(TermAttendance attendance) {
        return lines.stream().filter(l -> l.attendance() == attendance).count();
    }

    public long dropouts() {
        return lines.stream().filter(TermReportLine::dropout).count();
    }

    /** The school year as shown: 2026/27. */
    public String schoolYear() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
