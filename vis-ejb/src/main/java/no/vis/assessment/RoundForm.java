package no.vis.assessment;

import java.time.LocalDateTime;

/** An assessment round as the office sets it: the kind, the teachers' deadline and the publication time, in Norwegian time. */
public record RoundForm(RoundKind kind, LocalDateTime entryUntil, LocalDateTime publishAt) {
}
