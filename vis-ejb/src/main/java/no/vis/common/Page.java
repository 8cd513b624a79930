package no.vis.common;

import java.io.Serializable;
import java.util.List;

/** One page of a result that is paged in the database, with the total count of matching rows. */
public record Page<T extends Serializable>(List<T> rows, long total) implements Serializable {

    public Page {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new IllegalArgumentException("total smaller than the page");
        }
    }
}
