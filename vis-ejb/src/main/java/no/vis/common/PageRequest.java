package no.vis.common;

import java.io.Serializable;

/** Which rows of a result to fetch: offset and page size (at most {@link #MAX_SIZE}). */
public record PageRequest(int first, int size) implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1-" + MAX_SIZE);
        }
    }
}
