package no.vis.absence;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A warning as its recipient sees it: when, which subject and period, how near or over the limit, and whether they had opened it. */
public record WarningView(long id, LocalDate givenOn, String subjectCode, String subject, AbsencePeriod period, Band band,
                          BigDecimal percent, boolean opened) implements Serializable {
}
