package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A report from home as the form sends it: the days (to: null for one day), an optional time span on
 * one day, the category, and the form's own key (the same key twice is one report: a double submit).
 */
public record ReportForm(LocalDate from, LocalDate to, LocalTime fromTime, LocalTime toTime, ReportCategory category,
                         String requestKey) implements Serializable {
}
