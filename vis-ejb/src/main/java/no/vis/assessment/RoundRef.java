package no.vis.assessment;

import java.io.Serializable;

/** A round for a choice on a page. */
public record RoundRef(long id, RoundKind kind) implements Serializable {
}
